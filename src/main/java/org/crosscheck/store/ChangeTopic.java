package org.crosscheck.store;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of change others make to a shared project, as its change logs name it: what a window that
 * learns of it has to read again.
 */
public enum ChangeTopic {
    /** Articles imported or deleted, their titles and outlets, claims, tags on claims ({@code search_pending}). */
    ARTICLES("articles"),
    /** An article's other details: author, address, date, grade, notes. */
    ARTICLE_DETAILS("article"),
    /** Stories renamed, merged, split, articles moved between them, or clustered again. */
    STORIES("story"),
    /** Tags made, recoloured, renamed, nested or deleted. */
    TAGS("tag"),
    /** Hand edits of comparison groups: names, notes, merges, moves, exclusions, event links, verdicts. */
    GROUPS("group"),
    /** The project's entities and their aliases. */
    ENTITIES("entity"),
    /** Who speakers are, within and across articles, and chains set by hand. */
    SPEAKERS("speaker"),
    /** Grades of speakers and outlets. */
    GRADES("grade");

    private final String logged;

    ChangeTopic(String logged) {
        this.logged = logged;
    }

    /** Every kind: what a reader that may have missed some changes must assume. */
    public static Set<ChangeTopic> all() {
        return EnumSet.allOf(ChangeTopic.class);
    }

    /** The topic a {@code change_log} row names; empty for one a newer version writes. */
    static Optional<ChangeTopic> ofLogged(String topic) {
        for (ChangeTopic each : values()) {
            if (each.logged.equals(topic)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
