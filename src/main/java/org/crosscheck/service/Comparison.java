package org.crosscheck.service;

import java.util.List;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.EventSuggestion;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.compare.Statement;

/** What the comparison view shows: the groups, most contested first, and suggested event links. */
public record Comparison(List<ComparisonGroup> groups, List<EventSuggestion> eventSuggestions, GroupEdits edits,
                         List<Statement> statements) {

    public Comparison {
        groups = List.copyOf(groups);
        eventSuggestions = List.copyOf(eventSuggestions);
        statements = List.copyOf(statements);
    }

    /**
     * The groups with only the statements the researcher confirmed (see {@link ComparisonGroup#confirmedOnly}),
     * groups left empty dropped, most contested first.
     */
    public List<ComparisonGroup> confirmedOnlyGroups() {
        return ComparisonGroup.mostContestedFirst(groups.stream().map(ComparisonGroup::confirmedOnly)
                .filter(group -> !group.statements().isEmpty()).toList());
    }

    /** Any claim of the project that is not rejected, grouped or not. */
    public java.util.Optional<Statement> statement(long claimId) {
        return statements.stream().filter(statement -> statement.claim().id() == claimId).findFirst();
    }

    /** The group a claim belongs to, if any. */
    public java.util.Optional<ComparisonGroup> groupOf(long claimId) {
        return groups.stream()
                .filter(group -> group.statements().stream().anyMatch(s -> s.claim().id() == claimId))
                .findFirst();
    }
}
