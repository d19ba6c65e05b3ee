package org.crosscheck.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.crosscheck.model.SearchHit;

/**
 * The Search tab of the left pane: a query field (Enter searches), how many hits, and the hits —
 * each its article's title over the sentence with the hit picked out. Choosing one opens the
 * article at the hit.
 */
final class SearchView {

    static final String HIT_STYLE = "search-hit";
    static final String MATCH_STYLE = "search-match";

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    SearchView(SearchViewModel model) {
        this.model = model;
    }

    VBox createView() {
        field.setId("projectSearch");
        field.setPromptText(Texts.get("search.prompt"));
        field.setTooltip(new Tooltip(Texts.get("search.help")));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(event -> model.search());
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        results.setId("searchResults");
        results.setItems(model.hits());
        results.setCellFactory(view -> new HitCell());
        results.getSelectionModel().selectedItemProperty().addListener((observable, before, hit) -> model.open(hit));
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnMouseClicked(event -> model.open(results.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox pane = new VBox(6, field, summary, results);
        pane.setPadding(new Insets(6));
        return pane;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** A hit: the article's title, then its sentence with the matched words in bold on a mark. */
    private static final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            setPrefWidth(0); // the cell takes the list's width, and the sentence wraps in it
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-title");
            String snippet = hit.snippet().replace('\n', ' ');
            Text before = new Text(snippet.substring(0, hit.startInSnippet()));
            Text match = new Text(snippet.substring(hit.startInSnippet(), hit.endInSnippet()));
            match.getStyleClass().add(MATCH_STYLE);
            Text after = new Text(snippet.substring(hit.endInSnippet()));
            TextFlow sentence = new TextFlow(before, match, after);
            sentence.getStyleClass().add("search-sentence");
            sentence.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            title.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            VBox box = new VBox(2, title, sentence);
            box.getStyleClass().add(HIT_STYLE);
            setText(null);
            setGraphic(box);
        }
    }
}
