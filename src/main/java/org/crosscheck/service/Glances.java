package org.crosscheck.service;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.crosscheck.compare.SummaryBySource;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;

/**
 * The groups of one comparison at a glance, each summarised by source the first time it is asked for
 * and then kept: the group list draws a group's counts whenever its cell is shown again, and a large
 * group's summary reads thousands of verdicts. Groups are immutable, so one is known by its identity
 * (a record's equality would compare all its statements). Thread-safe.
 */
public final class Glances {

    private final Map<ComparisonGroup, GroupAtAGlance> made = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The group at a glance. Made outside the lock: the report summarises its groups on a background
     * thread while the window draws its list, and the JavaFX thread must not wait for a large group
     * another thread is summarising (two threads may then both make one; the first kept wins).
     */
    public GroupAtAGlance of(ComparisonGroup group) {
        GroupAtAGlance known = made.get(group);
        if (known != null) {
            return known;
        }
        GroupAtAGlance glance = SummaryBySource.of(group);
        GroupAtAGlance first = made.putIfAbsent(group, glance);
        return first != null ? first : glance;
    }
}
