package org.crosscheck.store;

/**
 * One unit of work on a project: the repository calls that make up one user action, run by
 * {@link Database#inTransaction} in one transaction (all of it committed, or none of it).
 */
@FunctionalInterface
public interface Work<T> {
    T run(Transaction transaction);
}
