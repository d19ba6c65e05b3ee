package org.crosscheck.ui;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceSummary;

/** The left pane: a search field over the list of sources; files dropped here are imported. */
final class LibraryView {

    static final String STYLE_CLASS = "library";

    private final MainViewModel model;
    private final TextField search = new TextField();
    private final ListView<SourceSummary> list = new ListView<>();
    private boolean syncing;

    LibraryView(MainViewModel model) {
        this.model = model;
    }

    VBox createView() {
        search.setId("librarySearch");
        search.setPromptText(Texts.get("library.search"));
        search.textProperty().bindBidirectional(model.library().searchProperty());
        list.setId("libraryList");
        list.setItems(model.library().visibleSources());
        list.setCellFactory(view -> new SourceCell(view));
        Label placeholder = new Label(Texts.get("library.empty"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        initListeners();
        VBox pane = new VBox(6, search, list);
        pane.setPadding(new Insets(6));
        pane.getStyleClass().add(STYLE_CLASS);
        return pane;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, summary) -> {
            if (summary != null && !syncing) {
                model.open(summary.id());
            }
        });
        model.article().sourceProperty().addListener((observable, before, source) -> selectOpen(source));
        model.library().visibleSources().addListener(
                (javafx.collections.ListChangeListener<SourceSummary>) change ->
                        selectOpen(model.article().sourceProperty().get()));
        list.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                model.importFiles(files.stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** Keeps the list's selection on the open article after the list reloads. */
    private void selectOpen(Source source) {
        syncing = true;
        try {
            if (source == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == source.id()) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Title on the first line; outlet, date, grade and claim count below. */
    private static final class SourceCell extends ListCell<SourceSummary> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        SourceCell(ListView<SourceSummary> list) {
            title.getStyleClass().add("source-title");
            details.getStyleClass().add("source-details");
            title.setWrapText(true);
            // Wrap to the list's width, not the cell's: a new cell is 0 wide, and a label
            // wrapped to that would make the cell thousands of pixels tall.
            title.maxWidthProperty().bind(Bindings.max(80, list.widthProperty().subtract(32)));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SourceSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            title.setText(summary.title());
            StringBuilder line = new StringBuilder();
            if (!summary.outlet().isBlank()) {
                line.append(summary.outlet()).append(" · ");
            }
            line.append(summary.published().display());
            if (summary.grade() != null) {
                line.append(" · ").append(Grade.codeOf(summary.grade()));
            }
            line.append(" · ").append(Texts.get("library.claims", summary.claimCount()));
            details.setText(line.toString());
            setGraphic(box);
        }
    }
}
