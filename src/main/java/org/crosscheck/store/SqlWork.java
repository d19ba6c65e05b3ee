package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
