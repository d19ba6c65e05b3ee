package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;

class SuggestionMergeTest {

    @Test
    void aRejectedSuggestionIsNotOfferedAgain() {
        Claim rejected = suggestion(7, 10, 20, 3000).withStatus(ClaimStatus.REJECTED);

        ClaimChanges plan = SuggestionMerge.plan("re-scan", List.of(rejected), List.of(suggestion(0, 10, 20, 3000)));

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void confirmedAndHandMadeClaimsAreNeverTouched() {
        Claim confirmed = suggestion(1, 10, 20, 3000).withStatus(ClaimStatus.CONFIRMED);
        Claim manual = Claim.manual(1, 40, 50, ClaimKind.QUANTITY).withId(2);

        ClaimChanges plan = SuggestionMerge.plan("re-scan", List.of(confirmed, manual),
                List.of(suggestion(0, 10, 20, 3500), suggestion(0, 42, 48, 10)));

        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void anOpenSuggestionIsRefreshedInPlaceKeepingItsTagsAndNote() {
        Claim old = new Claim(5, 1, 10, 20, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED,
                "", "", "", "", TimeReference.NONE, new Quantity(3000.0, 3000.0, "", "fighters", "fighters"),
                Set.of(9L), "check this");

        ClaimChanges plan = SuggestionMerge.plan("re-scan", List.of(old), List.of(suggestion(0, 10, 20, 3500)));

        assertThat(plan.size()).isEqualTo(1);
    }

    @Test
    void suggestionsNoLongerFoundAreRemovedAndNewOnesAdded() {
        ClaimChanges plan = SuggestionMerge.plan("re-scan", List.of(suggestion(3, 10, 20, 3000)),
                List.of(suggestion(0, 30, 40, 25)));

        assertThat(plan.size()).isEqualTo(2);
    }

    @Test
    void aClaimOnTheSameWordsOfAnotherArticleDoesNotCount() {
        Claim rejectedElsewhere = new Claim(8, 2, 10, 20, ClaimKind.QUANTITY, ClaimStatus.REJECTED,
                ClaimOrigin.EXTRACTED, "", "", "", "", TimeReference.NONE, Quantity.EMPTY, Set.of(), "");

        ClaimChanges plan = SuggestionMerge.plan("re-scan", List.of(rejectedElsewhere),
                List.of(suggestion(0, 10, 20, 3000)));

        assertThat(plan.size()).isEqualTo(1);
    }

    private static Claim suggestion(long id, int start, int end, double figure) {
        return new Claim(id, 1, start, end, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED,
                "Islamic State", "", "", "Afghanistan", TimeReference.NONE,
                new Quantity(figure, figure, "", "fighters", "fighters"), Set.of(), "");
    }
}
