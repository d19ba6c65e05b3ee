package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;

class EventSuggesterTest {

    private static Statement event(long id, long sourceId, String text) {
        return new Statement(Claim.manual(sourceId, 0, 5, ClaimKind.EVENT).withId(id), "", "", FuzzyDate.UNKNOWN,
                text, false);
    }

    @Test
    void statementsFromDifferentSourcesSharingTheirWordsAreSuggestedAsOneEvent() {
        List<Statement> statements = List.of(
                event(1, 1, "He added that Russia is willing to supply weapons to Afghanistan"),
                event(2, 4, "Russia was supplying weapons and political support to the Taliban"),
                event(3, 2, "The UN first became concerned about the presence of ISIS in March"));

        List<EventSuggestion> suggestions = EventSuggester.suggest(statements, Map.of());

        assertThat(suggestions).singleElement().satisfies(suggestion -> {
            assertThat(List.of(suggestion.claimA(), suggestion.claimB())).containsExactlyInAnyOrder(1L, 2L);
            assertThat(suggestion.sharedWords()).contains("russia", "supply", "weapon");
        });
    }

    @Test
    void statementsOfTheSameSourceAreNotSuggested() {
        List<Statement> statements = List.of(
                event(1, 1, "Russia supplies weapons to the Taliban"),
                event(2, 1, "Russia supplies weapons to the Taliban, officials say"));

        assertThat(EventSuggester.suggest(statements, Map.of())).isEmpty();
    }
}
