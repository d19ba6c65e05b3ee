package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.StoryFeatures;
import org.junit.jupiter.api.Test;

class HeadlineNamesTest {

    private static final int KILLEEN = 0;
    private static final int KILLEEN_AGAIN = 1;
    private static final int HABERSHAM = 2;
    private static final int GIRL_OF_THREE = 3;
    private static final int INFANT = 4;
    private static final int NO_NAMES = 5;

    private static StoryVectors vectors() {
        List<StoryInput> inputs = new ArrayList<>();
        inputs.add(article(1, "Police identify four killed in Killeen shooting",
                "Killeen police on Monday identified the four people killed in a shooting at a home on Ridgeway Drive. "
                        + "Officers said the gunman, Marcus Fenwick, fled before deputies arrived."));
        inputs.add(article(2, "Killeen gunman sought after four killed at Ridgeway Drive home",
                "Police in Killeen are searching for Marcus Fenwick after four people were killed in a shooting at a "
                        + "home on Ridgeway Drive early Sunday."));
        inputs.add(article(3, "Ex-Habersham deputy killed ex-wife, man before shooting himself",
                "A former Habersham County deputy shot and killed his former wife and a man at a house near "
                        + "Clarkesville before turning the gun on himself, the sheriff said."));
        inputs.add(article(4, "3-year-old Kansas City girl shot in abdomen",
                "A 3-year-old girl was shot in the abdomen at an apartment in Kansas City on Tuesday night, police said."));
        inputs.add(article(5, "Infant dies after being shot by 5-year-old brother",
                "An infant died after a 5-year-old boy found a loaded gun in a bedroom and fired it, the sheriff said."));
        inputs.add(article(6, "Man wounded while walking home from work",
                "A man was wounded while walking home from work late Friday, police said."));
        return new StoryVectors(inputs, StorySettings.DEFAULT);
    }

    private static StoryInput article(long id, String title, String text) {
        return new StoryInput(id, StoryFeatures.of(title, text, LocalDate.parse("2017-03-13")));
    }

    @Test
    void headlinesThatEachNameATownTheOtherArticleNeverMentionsConflict() {
        assertThat(HeadlineNames.conflict(vectors(), KILLEEN, HABERSHAM)).isTrue();
    }

    @Test
    void twoReportsThatNameTheSameTownDoNotConflictAndShareItsName() {
        StoryVectors vectors = vectors();

        assertThat(HeadlineNames.conflict(vectors, KILLEEN, KILLEEN_AGAIN)).isFalse();
        assertThat(HeadlineNames.shared(vectors, KILLEEN, KILLEEN_AGAIN)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void headlinesThatGiveDifferentAgesConflict() {
        assertThat(HeadlineNames.conflict(vectors(), GIRL_OF_THREE, INFANT)).isTrue();
    }

    @Test
    void aHeadlineWithoutNamesConflictsWithNothing() {
        StoryVectors vectors = vectors();

        assertThat(vectors.headlineNames(NO_NAMES)).isEmpty();
        assertThat(HeadlineNames.conflict(vectors, KILLEEN, NO_NAMES)).isFalse();
        assertThat(HeadlineNames.shared(vectors, KILLEEN, NO_NAMES)).isZero();
    }

    @Test
    void theClusteringsWayOfReadingOneArticleAgainstManyAgreesWithEachPairAlone() {
        StoryVectors vectors = vectors();
        HeadlineNames.OfOne ofOne = new HeadlineNames.OfOne(vectors);
        PairEvidence nothing = new PairEvidence(0, 0, 0, 0, 0, StoryEvidence.EventAgreement.UNKNOWN, false, 0);

        for (int one = 0; one < vectors.documents(); one++) {
            ofOne.of(one);
            for (int two = 0; two < vectors.documents(); two++) {
                PairEvidence pair = ofOne.with(nothing, two);
                assertThat(pair.headlineConflict()).as("conflict of %d and %d", one, two)
                        .isEqualTo(HeadlineNames.conflict(vectors, one, two));
                assertThat(pair.sharedHeadlineNames()).as("shared names of %d and %d", one, two)
                        .isEqualTo(HeadlineNames.shared(vectors, one, two));
            }
        }
    }
}
