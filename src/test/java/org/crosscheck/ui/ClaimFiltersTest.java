package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Tag;
import org.crosscheck.service.Runner;
import org.junit.jupiter.api.Test;

/** The Claims list filters by tag, kind, status and speaker together; the library by publication dates. */
class ClaimFiltersTest {

    private final ArticleViewModel article = new ArticleViewModel(Runner.sameThread(), new StatusViewModel());
    private final Claim kabulovFigure = claim(1, 0, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED, "Zamir Kabulov", 7);
    private final Claim kabulovQuote = claim(2, 10, ClaimKind.QUOTE, ClaimStatus.SUGGESTED, "Zamir Kabulov", 0);
    private final Claim nicholson = claim(3, 20, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED, "John Nicholson", 7);

    private static Claim claim(long id, int start, ClaimKind kind, ClaimStatus status, String speaker, long tag) {
        return new Claim(id, 1, start, start + 5, kind, status, ClaimOrigin.EXTRACTED, "", speaker, "", "", null, null,
                tag == 0 ? Set.of() : Set.of(tag), "");
    }

    private List<Long> listed() {
        return article.listedClaims().stream().map(Claim::id).toList();
    }

    @Test
    void everyFilterSetMustHoldAndClearingThemListsEveryClaimAgain() {
        article.show(new Source(1, "A", "", "", "", null, "", "", "x".repeat(40), null, ""),
                List.of(kabulovFigure, kabulovQuote, nicholson), 0);
        assertThat(listed()).containsExactly(1L, 2L, 3L);

        article.kindFilterProperty().set(ClaimKind.QUANTITY);
        assertThat(listed()).containsExactly(1L, 3L);
        article.speakerFilterProperty().set("kabulov");
        assertThat(listed()).containsExactly(1L);
        article.kindFilterProperty().set(null);
        article.statusFilterProperty().set(ClaimStatus.SUGGESTED);
        assertThat(listed()).containsExactly(2L);
        article.speakerFilterProperty().set("");
        article.tagFilterProperty().set(new Tag(7, "disputed", "#ff0000", null));
        assertThat(listed()).containsExactly(3L);
        article.tagFilterProperty().set(null);
        article.statusFilterProperty().set(null);
        assertThat(listed()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theLibraryListsWhatWasPublishedInTheRangeAMonthCountingWhenItMeetsIt() {
        SourceSummary day = new SourceSummary(1, "A", "RT", FuzzyDate.day(LocalDate.of(2017, 12, 23)), null, 0);
        SourceSummary month = new SourceSummary(2, "B", "BBC", FuzzyDate.of(LocalDate.of(2016, 5, 1), Precision.MONTH), null, 0);
        SourceSummary undated = new SourceSummary(3, "C", "AP", FuzzyDate.UNKNOWN, null, 0);
        var from2017 = LibraryViewModel.published(LocalDate.of(2017, 1, 1), null);
        assertThat(List.of(day, month, undated)).filteredOn(from2017).containsExactly(day);
        var lateMay2016 = LibraryViewModel.published(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 6, 30));
        assertThat(List.of(day, month, undated)).filteredOn(lateMay2016).containsExactly(month);
        assertThat(List.of(day, month, undated)).filteredOn(LibraryViewModel.published(null, null)).hasSize(3);
    }
}
