package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The sweep against the plainest possible reference: every character on its own, every claim looked at. */
class ClaimHighlightsTest {

    /** The rule the article's CSS relies on, written out afresh: widest first, then text order. */
    private static final Comparator<Claim> REFERENCE_ORDER = Comparator.comparingInt((Claim claim) -> claim.end() - claim.start())
            .reversed().thenComparingInt(Claim::start).thenComparingInt(Claim::end).thenComparingLong(Claim::id);

    @Test
    void aNestedClaimsClassesComeAfterTheWiderOnesSoTheInnermostWins() {
        Claim outer = claim(1, 0, 20, ClaimKind.QUOTE, ClaimStatus.CONFIRMED);
        Claim inner = claim(2, 5, 10, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED);
        ClaimHighlights highlights = ClaimHighlights.of(30, List.of(inner, outer));

        assertThat(perCharacter(highlights.spans(0, 30, null)).get(7)).containsExactly(
                "claim", "claim-quote", "status-confirmed", "claim", "claim-quantity", "status-suggested");
        assertThat(highlights.claimAt(7)).contains(inner);
        assertThat(highlights.claimAt(15)).contains(outer);
        assertThat(highlights.claimAt(25)).isEmpty();
    }

    @Test
    void overlappingClaimsBothShowWhereTheyMeetAndTheSelectedOneIsOutlinedOnlyOverItsOwnWords() {
        Claim left = claim(1, 2, 8, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED);
        Claim right = claim(2, 6, 12, ClaimKind.EVENT, ClaimStatus.CONFIRMED);
        List<List<String>> styles = perCharacter(ClaimHighlights.of(14, List.of(left, right)).spans(0, 14, right));

        assertThat(styles.get(7)).contains("claim-quantity", "claim-event", ClaimStyles.SELECTED);
        assertThat(styles.get(3)).contains("claim-quantity").doesNotContain(ClaimStyles.SELECTED);
        assertThat(styles.get(10)).containsExactly("claim", "claim-event", "status-confirmed", ClaimStyles.SELECTED);
        assertThat(styles.get(13)).isEmpty();
    }

    @Test
    void claimsPastTheEndOfTheTextAreCutOffThere() {
        ClaimHighlights highlights = ClaimHighlights.of(10, List.of(
                claim(1, 8, 40, ClaimKind.OTHER, ClaimStatus.REJECTED), claim(2, 12, 15, ClaimKind.OTHER, ClaimStatus.REJECTED)));

        assertThat(highlights.spans(0, 10, null).length()).isEqualTo(10);
        assertThat(perCharacter(highlights.spans(0, 10, null)).get(9)).contains("status-rejected");
        assertThat(highlights.claimAt(9)).map(Claim::id).contains(1L);
    }

    @Test
    void onRandomClaimsEveryCharacterGetsWhatTheReferenceGivesIt() {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(120);
            List<Claim> claims = randomClaims(random, length);
            Claim selected = claims.isEmpty() || random.nextBoolean() ? null : claims.get(random.nextInt(claims.size()));
            ClaimHighlights highlights = ClaimHighlights.of(length, claims);

            List<List<String>> expected = new ArrayList<>();
            for (int at = 0; at < length; at++) {
                expected.add(reference(claims, at, selected));
                assertThat(highlights.claimAt(at)).as("claim at %d", at).isEqualTo(referenceClaimAt(claims, at));
            }
            assertThat(perCharacter(highlights.spans(0, length, selected))).isEqualTo(expected);
            int from = random.nextInt(length);
            int to = from + random.nextInt(length - from + 1);
            assertThat(perCharacter(highlights.spans(from, to, selected))).isEqualTo(expected.subList(from, to));
        }
    }

    @Test
    void theChangesBetweenTwoSetsOfClaimsAreExactlyTheCharactersWhoseClassesDiffer() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(120);
            List<Claim> before = randomClaims(random, length);
            List<Claim> after = new ArrayList<>(before);
            if (!after.isEmpty()) {
                after.remove(random.nextInt(after.size()));
            }
            List<Claim> added = randomClaims(random, length);
            after.addAll(added.subList(0, Math.min(2, added.size())));
            List<TextRange> changes = ClaimHighlights.of(length, after).changesFrom(ClaimHighlights.of(length, before));

            for (int at = 0; at < length; at++) {
                boolean differs = !reference(before, at, null).equals(reference(after, at, null));
                int position = at;
                assertThat(changes.stream().anyMatch(range -> range.from() <= position && position < range.to()))
                        .as("round %d, character %d", round, at).isEqualTo(differs);
            }
        }
    }

    @Test
    void changesFromNothingRepaintTheWholeText() {
        assertThat(ClaimHighlights.of(50, List.of()).changesFrom(null)).containsExactly(new TextRange(0, 50));
    }

    private static List<String> reference(List<Claim> claims, int at, Claim selected) {
        List<String> classes = new ArrayList<>();
        claims.stream().filter(claim -> claim.start() <= at && at < claim.end()).sorted(REFERENCE_ORDER).forEach(claim -> {
            classes.add("claim");
            classes.add("claim-" + claim.kind().key());
            classes.add("status-" + claim.status().key());
            if (selected != null && selected.id() == claim.id()) {
                classes.add("claim-selected");
            }
        });
        return classes;
    }

    private static Optional<Claim> referenceClaimAt(List<Claim> claims, int at) {
        List<Claim> here = claims.stream().filter(claim -> claim.start() <= at && at < claim.end())
                .sorted(REFERENCE_ORDER).toList();
        return here.isEmpty() ? Optional.empty() : Optional.of(here.get(here.size() - 1));
    }

    private static List<Claim> randomClaims(Random random, int length) {
        List<Claim> claims = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(length);
            // some share a start or an end or the same words, and a few run past the end of the text
            int end = start + 1 + random.nextInt(random.nextBoolean() ? 4 : length);
            claims.add(claim(100 + claims.size() + random.nextInt(1000) * 100L, start, end,
                    ClaimKind.values()[random.nextInt(ClaimKind.values().length)],
                    ClaimStatus.values()[random.nextInt(ClaimStatus.values().length)]));
            if (random.nextInt(5) == 0) {
                claims.add(claim(50 + claims.size(), start, end, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED));
            }
        }
        return claims;
    }

    private static List<List<String>> perCharacter(StyleSpans<Collection<String>> spans) {
        List<List<String>> styles = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                styles.add(List.copyOf(span.getStyle()));
            }
        }
        return styles;
    }

    static Claim claim(long id, int start, int end, ClaimKind kind, ClaimStatus status) {
        return new Claim(id, 1, start, end, kind, status, ClaimOrigin.EXTRACTED, "", "", "", "", null, null, null, "");
    }
}
