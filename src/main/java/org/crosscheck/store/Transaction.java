package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open transaction of a project, handed to the work given to {@link Database#inTransaction}: the
 * repositories take it to read and write, so that several steps of one edit commit or roll back together.
 * It shows no JDBC: only the store reaches the connection behind it.
 *
 * <p>Valid only while its work runs; using it afterwards is a programming error and fails loudly.
 * Not thread-safe: it belongs to the thread running the work.
 */
public final class Transaction {

    private final Connection connection;
    private boolean open = true;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Runs JDBC work on this transaction's connection, for a repository method that returns something. */
    <T> T with(SqlWork<T> work) {
        try {
            return work.run(connectionWhileOpen());
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Runs JDBC work on this transaction's connection, for a repository method that returns nothing. */
    void run(SqlAction action) {
        with(connection -> {
            action.run(connection);
            return null;
        });
    }

    void end() {
        open = false;
    }

    private Connection connectionWhileOpen() {
        if (!open) {
            throw new IllegalStateException("This transaction has ended; its work must run inside inTransaction.");
        }
        return connection;
    }

    /** JDBC work that returns nothing. */
    @FunctionalInterface
    interface SqlAction {
        void run(Connection connection) throws SQLException;
    }
}
