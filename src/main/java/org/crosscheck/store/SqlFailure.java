package org.crosscheck.store;

import java.sql.SQLException;

/**
 * An SQLException on its way out of a repository method to {@link Database#inTransaction}, which rolls
 * the transaction back and turns it into a {@link StoreException} that names what failed. Never leaves the store.
 */
final class SqlFailure extends RuntimeException {

    SqlFailure(SQLException cause) {
        super(cause);
    }

    SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
