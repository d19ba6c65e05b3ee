package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceSummary;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The article's highlights in the real window, on the sample: on the claims' own words, both
 * kinds where claims overlap, the outline on the clicked claim alone, never an earlier article's.
 */
class ArticleHighlightsTest extends SampleWindowTest {

    private static final String ARTICLE_002 = "ISIS has over 10,000 fighters in Afghanistan";
    private static final String PHRASE = "over 10,000 loyal fighters";

    /** Looked up once: every offset of the article is looked at, often. */
    private StyleClassedTextArea text;
    private ListView<Claim> claimList;

    @Test
    void everyClaimIsHighlightedOverItsOwnWordsAndNothingElseIs() {
        openArticle(ARTICLE_002);
        assertThat(claims()).hasSizeGreaterThan(3);

        Waits.until(() -> misplacedHighlights().isEmpty());
        assertThat(misplacedHighlights()).isEmpty();
    }

    @Test
    void overlappingClaimsCarryBothClassesWhereTheyMeet() {
        openArticle(ARTICLE_002);
        int phrase = text().getText().indexOf(PHRASE);
        Claim suggestion = claims().stream().filter(claim -> claim.start() <= phrase + 5 && phrase + 5 < claim.end())
                .findFirst().orElseThrow();
        int from = suggestion.start() - 10;
        int to = suggestion.start() + 4;

        interact(() -> text().selectRange(from, to));
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        Waits.until(() -> classesAt(suggestion.start() + 1).contains("claim-quote"));
        assertThat(classesAt(suggestion.start() + 1)).contains("claim-quote", "claim-" + suggestion.kind().key(),
                "status-" + suggestion.status().key());
        assertThat(classesAt(from + 2)).contains("claim-quote").doesNotContain("claim-" + suggestion.kind().key());
        assertThat(classesAt(suggestion.end() - 1)).contains("claim-" + suggestion.kind().key())
                .doesNotContain("claim-quote");
    }

    @Test
    void clickingAHighlightSelectsItsClaimAndMovesTheOutlineToItAlone() throws Exception {
        openArticle(ARTICLE_002);
        Waits.until(() -> misplacedHighlights().isEmpty());
        List<Claim> standingAlone = claims().stream().filter(claim -> claims().stream()
                .noneMatch(other -> other != claim && other.overlaps(claim.start(), claim.end()))).toList();

        Claim first = standingAlone.get(0);
        clickOn(middleOf(first));
        Waits.until(() -> selected() == first.id());
        Waits.until(() -> outlined().equals(offsetsOf(first)));

        Claim second = standingAlone.get(1);
        clickOn(middleOf(second));
        Waits.until(() -> selected() == second.id());
        Waits.until(() -> outlined().equals(offsetsOf(second)));
        assertThat(outlined()).doesNotContainAnyElementsOf(offsetsOf(first));
    }

    @Test
    void switchingArticlesQuicklyNeverPaintsAnEarlierArticlesHighlights() {
        List<String> stale = new ArrayList<>();
        interact(() -> text().richChanges().subscribe(change -> stale.addAll(misplacedHighlights().stream()
                .map(offset -> offset + " under " + title()).toList())));
        List<SourceSummary> articles = List.copyOf(library().getItems());

        interact(() -> articles.forEach(article -> library().getSelectionModel().select(article)));
        SourceSummary last = articles.get(articles.size() - 1);
        Waits.until(() -> title().equals(last.title()) && !text().getText().isEmpty() && misplacedHighlights().isEmpty()
                && claims().stream().allMatch(claim -> classesAt(claim.start()).contains("claim")));

        assertThat(stale).isEmpty();
    }

    /** Offsets whose classes are not those of the listed claims covering them, in the order the CSS needs. */
    private List<Integer> misplacedHighlights() {
        List<Integer> misplaced = new ArrayList<>();
        String shownText = text().getText();
        List<Claim> claims = List.copyOf(claims());
        for (int offset = 0; offset < shownText.length(); offset++) {
            int at = offset;
            List<String> expected = new ArrayList<>();
            claims.stream().filter(claim -> claim.start() <= at && at < claim.end())
                    .sorted(ClaimHighlights.WIDEST_FIRST).forEach(claim -> expected.addAll(ClaimStyles.of(claim)));
            List<String> shown = classesAt(offset).stream().filter(name -> !name.equals(ClaimStyles.SELECTED)).toList();
            // a line end has no style of its own in the text area
            if (!shown.equals(expected) && shownText.charAt(offset) != '\n') {
                misplaced.add(offset);
            }
        }
        return misplaced;
    }

    private List<Integer> outlined() {
        return IntStream.range(0, text().getLength()).filter(offset -> classesAt(offset).contains(ClaimStyles.SELECTED))
                .boxed().toList();
    }

    private static List<Integer> offsetsOf(Claim claim) {
        return IntStream.range(claim.start(), claim.end()).boxed().toList();
    }

    private List<String> classesAt(int offset) {
        Collection<String> classes = text().getStyleOfChar(offset);
        return List.copyOf(classes);
    }

    private Point2D middleOf(Claim claim) throws Exception {
        int middle = (claim.start() + claim.end()) / 2;
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> text().getCharacterBoundsOnScreen(middle, middle + 1)
                .orElseThrow()).get();
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private void openArticle(String titleStart) {
        SourceSummary summary = library().getItems().stream()
                .filter(item -> item.title().startsWith(titleStart)).findFirst().orElseThrow();
        interact(() -> library().getSelectionModel().select(summary));
        Waits.until(() -> title().equals(summary.title()) && text().getText().contains(PHRASE));
    }

    private long selected() {
        Claim claim = claimList().getSelectionModel().getSelectedItem();
        return claim == null ? 0 : claim.id();
    }

    private String title() {
        return lookup("#articleTitle").queryAs(Label.class).getText();
    }

    private StyleClassedTextArea text() {
        if (text == null) {
            text = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        }
        return text;
    }

    private List<Claim> claims() {
        return claimList().getItems();
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        if (claimList == null) {
            claimList = lookup("#claimList").queryAs(ListView.class);
        }
        return claimList;
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
