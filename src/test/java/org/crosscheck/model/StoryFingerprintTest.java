package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFingerprintTest {

    @Test
    void encodedFingerprintDecodesToTheSameFingerprint() {
        StoryFingerprint fingerprint = new StoryFingerprint(LocalDate.of(2014, 2, 21),
                List.of("Alturas", "Cedarville Rancheria", "Sherie Lash", "12-year-old", "tribal", "Russia’s"));

        assertThat(StoryFingerprint.decode(fingerprint.encode())).isEqualTo(fingerprint);
    }

    @Test
    void fingerprintWithoutDateOrTermsSurvivesTheRoundTrip() {
        StoryFingerprint empty = new StoryFingerprint(null, List.of());

        assertThat(StoryFingerprint.decode(empty.encode())).isEqualTo(empty);
    }

    @Test
    void tabsAndLineBreaksInsideATermBecomeOneSpaceSoTheEncodingStaysOneLine() {
        StoryFingerprint fingerprint = new StoryFingerprint(null, List.of("Rocky\tMount", "Word \n Tabernacle", " "));

        assertThat(fingerprint.terms()).containsExactly("Rocky Mount", "Word Tabernacle");
        assertThat(fingerprint.encode()).doesNotContain("\n");
    }

    @Test
    void eventDayAndHeadlineSurviveTheRoundTrip() {
        StoryFingerprint fingerprint = new StoryFingerprint(LocalDate.of(2014, 2, 21), LocalDate.of(2014, 2, 20),
                List.of("4", "killed", "tribal", "office"), List.of("Alturas", "Sherie Lash"));

        assertThat(StoryFingerprint.decode(fingerprint.encode())).isEqualTo(fingerprint);
        assertThat(StoryFingerprint.isCurrent(fingerprint.encode())).isTrue();
    }

    @Test
    void aFingerprintOfThePreviousFormatIsReadWithoutEventDayOrHeadline() {
        StoryFingerprint old = StoryFingerprint.decode("story1\t2014-02-21\tAlturas\tSherie Lash");

        assertThat(old).isEqualTo(new StoryFingerprint(LocalDate.of(2014, 2, 21), List.of("Alturas", "Sherie Lash")));
        assertThat(StoryFingerprint.isCurrent("story1\t2014-02-21\tAlturas")).isFalse();
    }

    @Test
    void aFingerprintOfTheFormatBeforeCommaAgesIsReadButIsStale() {
        String before = "story2\t2014-02-21\t2014-02-20\t2\tfour\tkilled\tAlturas\tSherie Lash";

        assertThat(StoryFingerprint.decode(before)).isEqualTo(new StoryFingerprint(LocalDate.of(2014, 2, 21),
                LocalDate.of(2014, 2, 20), List.of("four", "killed"), List.of("Alturas", "Sherie Lash")));
        assertThat(StoryFingerprint.isCurrent(before)).isFalse();
    }

    @Test
    void aFingerprintOfTheFormatBeforeVideoListsWereLeftOutIsReadButIsStale() {
        String before = "story3\t2014-02-21\t2014-02-20\t2\tfour\tkilled\tAlturas\tSherie Lash";

        assertThat(StoryFingerprint.decode(before).terms()).containsExactly("Alturas", "Sherie Lash");
        assertThat(StoryFingerprint.isCurrent(before)).isFalse();
    }

    @Test
    void aHeadlineCountThatDoesNotFitIsRejected() {
        assertThatThrownBy(() -> StoryFingerprint.decode(StoryFingerprint.FORMAT + "\t\t\t9\tAlturas"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textOfAnotherFormatIsRejected() {
        assertThatThrownBy(() -> StoryFingerprint.decode("Alturas\tSherie Lash"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
