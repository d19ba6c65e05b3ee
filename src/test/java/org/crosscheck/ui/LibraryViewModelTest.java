package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.SourceSummary;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {

    private final SourceSummary rt = new SourceSummary(1, "ISIS has over 10,000 fighters", "RT",
            FuzzyDate.day(LocalDate.of(2017, 12, 23)), null, 4);
    private final SourceSummary breitbart = new SourceSummary(2, "Russia is cooperating with the Taliban",
            "Breitbart News", FuzzyDate.day(LocalDate.of(2015, 12, 23)), null, 0);

    @Test
    void everyWordOfTheSearchMustBeginAWordOfTheSource() {
        assertThat(LibraryViewModel.matching("rt").test(rt)).isTrue();
        assertThat(LibraryViewModel.matching("rt").test(breitbart)).isFalse();
        assertThat(LibraryViewModel.matching("russia taliban").test(breitbart)).isTrue();
        assertThat(LibraryViewModel.matching("russia isis").test(breitbart)).isFalse();
    }

    @Test
    void datesCanBeSearchedByYearOrMonth() {
        assertThat(LibraryViewModel.matching("2017-12").test(rt)).isTrue();
        assertThat(LibraryViewModel.matching("2015").test(rt)).isFalse();
    }

    @Test
    void anEmptySearchShowsEverything() {
        assertThat(LibraryViewModel.matching("  ").test(rt)).isTrue();
    }

    @Test
    void aSearchWithNoHitSaysNoSourceMatchesNotThatThereAreNone() {
        LibraryViewModel library = new LibraryViewModel();
        assertThat(library.emptyMessageProperty().get()).startsWith("No sources yet");
        library.setSources(java.util.List.of(rt, breitbart), java.util.List.of());

        library.searchProperty().set("zanzibar ");

        assertThat(library.visibleSources()).isEmpty();
        assertThat(library.emptyMessageProperty().get()).isEqualTo("No source matches “zanzibar”.")
                .doesNotContain("Drop");
    }
}
