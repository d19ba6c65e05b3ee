package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.StoryFingerprint;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

    private static final String ALTURAS = """
            Four people were killed Thursday at the Cedarville Rancheria tribal office in Alturas, police said.
            Sherie Lash, 44, the former tribal chairwoman, opened fire during a meeting about her eviction.
            Police said Lash used a handgun and a knife. A 12-year-old boy was not hurt.
            The Modoc County Sheriff's Office is investigating.""";

    @Test
    void capitalisedNamePhrasesAndTheirWordsAreTerms() {
        StoryFingerprint fingerprint = StoryFeatures.of("Four killed at tribal office", ALTURAS, LocalDate.of(2014, 2, 20));

        assertThat(fingerprint.terms()).contains("Cedarville Rancheria", "Alturas", "Sherie Lash", "Lash",
                "Modoc County Sheriff", "Modoc");
    }

    @Test
    void sentenceInitialWordsThatTheTextAlsoWritesInLowerCaseAreNoNames() {
        StoryFingerprint fingerprint = StoryFeatures.of("", ALTURAS, null);

        assertThat(fingerprint.terms()).doesNotContain("Police", "Four", "The", "A");
    }

    @Test
    void agesAndLeadWordsAreTerms() {
        StoryFingerprint fingerprint = StoryFeatures.of("Four killed at tribal office", ALTURAS, null);

        assertThat(fingerprint.terms()).contains("12-year-old", "killed", "tribal", "office", "eviction");
    }

    @Test
    void anAgeSetOffByCommasAfterANameIsAnAgeAsIfWrittenOut() {
        StoryFingerprint fingerprint = StoryFeatures.of("Girl, 7, hurt by stray bullet in Dunmore",
                "Marcus Reed, 19, of Dunmore was charged on Friday. He was held on a bond of $5,000.", null);

        assertThat(fingerprint.terms()).contains("7-year-old", "19-year-old");
    }

    @Test
    void aDayOfTheMonthAndAListOfFiguresAreNoAges() {
        StoryFingerprint fingerprint = StoryFeatures.of("Shots fired on May 5, 2016",
                "Police said on Sunday, 12, maybe 14 shots were fired. Rooms 3, 4, 5 were hit on June 9, after dark.", null);

        assertThat(fingerprint.terms()).noneMatch(term -> term.endsWith("-old"));
    }

    @Test
    void theNamesOfWhoWroteOrPhotographedThePageAreNoTerms() {
        StoryFingerprint fingerprint = StoryFeatures.of("Man shot outside Dunmore store", """
                By Harriet Vale

                Photo: Owen Marsh, Dunmore Ledger. Lena Kowalski/Ledger

                A man was shot by Victor Crane outside a Dunmore store on Friday, police said.
                Get email notifications on Peter Quill daily!
                Whenever Rita Skeeter posts new content, you'll get an email delivered to your inbox with a link.
                Harriet Vale: (555) 010-4075""", null);

        assertThat(fingerprint.terms()).contains("Victor Crane", "Dunmore")
                .doesNotContain("Harriet Vale", "Vale", "Owen Marsh", "Marsh", "Lena Kowalski", "Kowalski", "Peter Quill",
                        "Rita Skeeter");
    }

    @Test
    void aListOfOtherVideosBesideTheStoryGivesNoTerms() {
        StoryFingerprint fingerprint = StoryFeatures.of("Man shot outside Dunmore store", """
                1:37 Ex-boyfriend of missing Kara Holloway faces questions in Raymore Pause

                2:58 Governor Jay Nixon signs a new law

                A man was shot outside a Dunmore store at 10:30 p.m. on Friday, police said.
                10:30 p.m. Officers arrived and found Victor Crane wounded.""", null);

        assertThat(fingerprint.terms()).contains("Dunmore", "Victor Crane")
                .doesNotContain("Kara Holloway", "Raymore", "Jay Nixon");
    }

    @Test
    void oneLineThatStartsWithATimeIsNoListOfVideos() {
        StoryFingerprint fingerprint = StoryFeatures.of("Man shot outside Dunmore store", """
                11:45 Officers from Raymore arrived and found Victor Crane wounded outside the store.
                A man was shot outside a Dunmore store on Friday, police said.""", null);

        assertThat(fingerprint.terms()).contains("Raymore", "Victor Crane");
    }

    @Test
    void wordsOfATitleCasedHeadlineAreNamesOnlyWhenTheTextCapitalisesThem() {
        StoryFingerprint fingerprint = StoryFeatures.of("Tribal Office Shooting Leaves Four Dead In Alturas", ALTURAS, null);

        assertThat(fingerprint.terms()).contains("Alturas", "leave", "shooting").doesNotContain("Shooting", "Leaves");
    }

    @Test
    void withoutAPublicationDateTheFirstFullDateOfTheTextIsTheDate() {
        StoryFingerprint fingerprint = StoryFeatures.of("", "The shooting on Feb. 20, 2014 left four dead.", null);

        assertThat(fingerprint.date()).isEqualTo(LocalDate.of(2014, 2, 20));
    }

    @Test
    void thePublicationDateIsTheDateWhenThereIsOne() {
        StoryFingerprint fingerprint = StoryFeatures.of("", "The shooting on Feb. 20, 2014 left four dead.",
                LocalDate.of(2014, 2, 21));

        assertThat(fingerprint.date()).isEqualTo(LocalDate.of(2014, 2, 21));
    }

    @Test
    void aLongPageGivesNoMoreThanTheMostTerms() {
        StringBuilder page = new StringBuilder();
        for (int name = 0; name < 500; name++) {
            page.append("Reporter Name").append(Integer.toString(name, 26).replaceAll("[0-9]", "x")).append("ab met them. ");
        }
        StoryFingerprint fingerprint = StoryFeatures.of("A title", page.toString(), null);

        assertThat(fingerprint.terms()).hasSizeLessThanOrEqualTo(StoryFeatures.MOST_TERMS);
    }

    @Test
    void aBlockAndAHouseNumberOnItAreOneTermButAFigureBeforeANameIsNone() {
        assertThat(StoryFeatures.of("", "A man was shot in the 2300 block of South Kenneth Avenue on Sunday night.",
                null).terms()).contains("2300 block of kenneth");
        assertThat(StoryFeatures.of("", "Police were called to 2314 S. Kenneth Ave. around 10 p.m. on Sunday.",
                null).terms()).contains("2300 block of kenneth");
        assertThat(StoryFeatures.of("", "The mayor said 2314 Democrats voted for the plan in the city on Sunday.",
                null).terms()).noneMatch(term -> term.contains("block"));
    }

    @Test
    void aNumberedStreetIsOneTermWhetherItsTypeIsAbbreviatedOrNot() {
        assertThat(StoryFeatures.of("", "A man was shot near 25th Street and Broadway in the 1200 block of W. 38th St. "
                + "on Sunday night, police said.", null).terms())
                .contains("25th street", "1200 block of 38th", "38th street");
    }

    @Test
    void emptyArticleHasNoTerms() {
        assertThat(StoryFeatures.of(null, null, null).terms()).isEmpty();
    }
}
