package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTitlesTest {

    @Test
    void theSiteNameAScrapedPageAppendsIsNoPartOfTheHeadline() {
        assertThat(StoryTitles.clean("Gunfire erupts at party, six wounded - WXYZ News Channel 7 - Springfield"))
                .isEqualTo("Gunfire erupts at party, six wounded");
        assertThat(StoryTitles.clean("Teen hurt in crash | Local News")).isEqualTo("Teen hurt in crash");
        assertThat(StoryTitles.clean("Mayor says no - and means it")).isEqualTo("Mayor says no - and means it");
    }

    @Test
    void aStoryIsNamedAfterTheHeadlineThatSharesMostWithTheOthers() {
        String name = StoryTitles.name(List.of(
                new StoryTitles.Headline("Man found guilty of murder at trial", LocalDate.of(2017, 5, 1)),
                new StoryTitles.Headline("3 dead, 3 hurt in Warrensville Heights barbershop shooting", LocalDate.of(2016, 1, 2)),
                new StoryTitles.Headline("Warrensville Heights barbershop shooting suspect named", LocalDate.of(2016, 1, 3))),
                "fallback");
        assertThat(name).isEqualTo("3 dead, 3 hurt in Warrensville Heights barbershop shooting");
    }

    @Test
    void withoutHeadlinesTheFallbackStands() {
        assertThat(StoryTitles.name(List.of(), "Alturas · Cedarville")).isEqualTo("Alturas · Cedarville");
    }
}
