package org.crosscheck.service;

import java.util.function.Supplier;

/**
 * The name hand edits are signed with: {@code -Dcrosscheck.user}, else the computer's user name. Read
 * at each edit, so a second person's services (in a test, on one shared project) can take theirs.
 */
final class EditorName {

    static final Supplier<String> CURRENT = () -> System.getProperty("crosscheck.user",
            System.getProperty("user.name", ""));

    private EditorName() {
    }
}
