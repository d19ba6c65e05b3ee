package org.crosscheck.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.Source;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The centre: the article as read-only rich text with its claims highlighted. Selecting words and
 * pressing a shortcut (or using the context menu) tags them; clicking a highlight selects its claim.
 */
final class ArticleView {

    private final MainViewModel model;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final HighlightPainter painter = new HighlightPainter(text);
    private final Label headerTitle = new Label();
    private final Label headerDetails = new Label();
    /** The article whose text the area shows now (0 for none), which may lag behind the article chosen. */
    private long shownSourceId;

    ArticleView(MainViewModel model) {
        this.model = model;
    }

    /** The article under a header that says what it is: title, then outlet, date and grade. */
    BorderPane createView() {
        text.setId("articleText");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("article");
        // read-only text: an undo history would only keep every repaint of a 1 MB article alive
        text.setUndoManager(UndoUtils.noOpUndoManager());
        text.setContextMenu(createContextMenu());
        initListeners();
        showHeader(model.article().sourceProperty().get());
        painter.select(model.article().selectedClaimProperty().get());
        paint(model.article().paintProperty().get());
        BorderPane pane = new BorderPane(new StackPane(new VirtualizedScrollPane<>(text)));
        pane.setTop(createHeader());
        return pane;
    }

    private VBox createHeader() {
        headerTitle.setId("articleTitle");
        headerTitle.getStyleClass().add("article-title");
        headerTitle.setWrapText(true);
        headerDetails.setId("articleDetails");
        headerDetails.getStyleClass().add("article-details");
        VBox header = new VBox(2, headerTitle, headerDetails);
        header.getStyleClass().add("article-header");
        return header;
    }

    /** Tags the words selected in the article as a claim of this kind. */
    void tagSelection(ClaimKind kind) {
        var selection = text.getSelection();
        model.tagSelection(selection.getStart(), selection.getEnd(), kind);
    }

    StyleClassedTextArea textArea() {
        return text;
    }

    private ContextMenu createContextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ClaimKind kind : ClaimKind.values()) {
            MenuItem item = new MenuItem(Texts.get("menu.claim.tagAs", Texts.get("kind." + kind.key())));
            item.setId("contextTag-" + kind.key());
            item.setOnAction(event -> tagSelection(kind));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem delete = new MenuItem(Texts.get("menu.edit.deleteClaim"));
        delete.setOnAction(event -> model.deleteSelectedClaim());
        delete.disableProperty().bind(model.article().selectedClaimProperty().isNull());
        menu.getItems().add(delete);
        return menu;
    }

    private void initListeners() {
        model.article().sourceProperty().addListener((observable, before, source) -> showHeader(source));
        model.article().paintProperty().addListener((observable, before, paint) -> paint(paint));
        model.article().selectedClaimProperty().addListener((observable, before, claim) -> {
            painter.select(claim);
            if (claim != null) {
                scrollTo(claim);
            }
        });
        model.search().revealProperty().addListener((observable, before, hit) -> reveal(hit));
        text.setOnMouseClicked(event -> {
            if (event.getClickCount() != 1 || text.getSelection().getLength() > 0) {
                return;
            }
            text.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(offset ->
                    model.article().claimAt(offset).ifPresent(claim ->
                            model.article().selectedClaimProperty().set(claim)));
        });
    }

    private void showHeader(Source source) {
        headerTitle.setText(source == null ? "" : source.title());
        headerDetails.setText(source == null ? "" : SourceLine.of(source));
    }

    private void paint(ArticlePaint paint) {
        if (paint.highlights() == null) {
            // an article's text waits for its highlights, so it never shows under another's
            painter.showPlain(paint.source() == null ? Texts.get("article.none") : "");
            shownSourceId = 0;
        } else if (paint.document() != null) {
            painter.showDocument(paint.document(), paint.highlights());
            shownSourceId = paint.source() == null ? 0 : paint.source().id();
            Claim selected = model.article().selectedClaimProperty().get();
            if (selected != null) {
                scrollTo(selected);
            } else {
                text.moveTo(0);
                text.requestFollowCaret();
            }
            reveal(model.search().revealProperty().get());
        } else {
            painter.repaint(paint.highlights(), paint.changed());
        }
    }

    /** Selects a search hit once its article's text is the one shown, and scrolls to it. */
    private void reveal(SearchHit hit) {
        if (hit == null || hit.sourceId() != shownSourceId || hit.end() > text.getLength()) {
            return;
        }
        text.selectRange(hit.start(), hit.end());
        text.requestFollowCaret();
    }

    /** Ctrl+G: from the selection on, the next (or previous) hit of the last search. */
    void stepSearchHit(boolean forward) {
        if (shownSourceId == 0) {
            model.status().info(Texts.get("status.noArticle"));
            return;
        }
        var selection = text.getSelection();
        int from = selection.getLength() > 0 ? selection.getStart() : text.getCaretPosition() - (forward ? 1 : 0);
        model.search().step(shownSourceId, from, forward);
    }

    private void scrollTo(Claim claim) {
        if (claim.end() <= text.getLength() && !text.getSelection().equals(
                new javafx.scene.control.IndexRange(claim.start(), claim.end()))) {
            text.moveTo(Math.min(claim.start(), text.getLength()));
            text.requestFollowCaret();
        }
    }
}
