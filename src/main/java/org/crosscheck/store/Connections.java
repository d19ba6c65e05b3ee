package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link Database} takes the connection for one transaction from, and gives it back to. */
interface Connections extends AutoCloseable {

    Connection take() throws SQLException;

    void give(Connection connection) throws SQLException;

    @Override
    void close() throws SQLException;

    /** H2's embedded file: one connection, kept open while the project is, used by one transaction at a time. */
    static Connections one(Connection connection) {
        return new Connections() {
            @Override
            public Connection take() {
                return connection;
            }

            @Override
            public void give(Connection taken) {
                // kept for the next transaction
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }
}
