package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work inside the store, run on the connection of a transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
