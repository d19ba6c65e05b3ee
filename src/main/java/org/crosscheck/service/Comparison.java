package org.crosscheck.service;

import java.util.List;
import org.crosscheck.compare.ComparedGroups;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Statement;

/**
 * What the comparison view shows: the groups, most contested first, and suggested event links.
 *
 * @param glances each group at a glance, summarised when first asked for
 */
public record Comparison(List<ComparisonGroup> groups, List<EventSuggestion> eventSuggestions, GroupEdits edits,
                         List<Statement> statements, Glances glances) {

    public Comparison {
        groups = List.copyOf(groups);
        eventSuggestions = List.copyOf(eventSuggestions);
        statements = List.copyOf(statements);
        glances = glances == null ? new Glances() : glances;
    }

    public Comparison(List<ComparisonGroup> groups, List<EventSuggestion> eventSuggestions, GroupEdits edits,
                      List<Statement> statements) {
        this(groups, eventSuggestions, edits, statements, null);
    }

    /** A group of this comparison (or made from one of its groups) at a glance: who gave what, which pairs contradict. */
    public GroupAtAGlance glance(ComparisonGroup group) {
        return glances.of(group);
    }

    /**
     * The groups with only the statements the researcher confirmed (see {@link ComparedGroups#confirmedOnly}),
     * groups left empty dropped, most contested first.
     */
    public List<ComparisonGroup> confirmedOnlyGroups() {
        return ComparisonGroup.mostContestedFirst(groups.stream().map(ComparedGroups::confirmedOnly)
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
