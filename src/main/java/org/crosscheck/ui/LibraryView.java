package org.crosscheck.ui;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Story;

/** The left pane: a search field over the list of sources; files dropped here are imported. */
final class LibraryView {

    private java.util.function.Consumer<List<java.nio.file.Path>> onFilesDropped;

    /** What a drop of files does: the window imports articles and restores a JSON project. */
    void setOnFilesDropped(java.util.function.Consumer<List<java.nio.file.Path>> action) {
        onFilesDropped = action;
    }


    static final String STYLE_CLASS = "library";

    private final MainViewModel model;
    private final TextField search = new TextField();
    private final ListView<SourceSummary> list = new ListView<>();
    private final CheckBox byStory = new CheckBox(Texts.get("library.byStory"));
    private boolean syncing;

    LibraryView(MainViewModel model) {
        this.model = model;
        this.onFilesDropped = model::importFiles;
    }

    VBox createView() {
        search.setId("librarySearch");
        search.setPromptText(Texts.get("library.search"));
        search.textProperty().bindBidirectional(model.library().searchProperty());
        list.setId("libraryList");
        list.setItems(model.library().visibleSources());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new SourceCell(view, model.library()));
        list.setContextMenu(libraryMenu());
        byStory.setId("libraryByStory");
        byStory.setTooltip(new Tooltip(Texts.get("library.byStory.tip")));
        byStory.selectedProperty().bindBidirectional(model.library().byStoryProperty());
        byStory.selectedProperty().addListener((observable, before, now) -> list.refresh());
        // a renamed story leaves every row equal to what it was, so the cells must be told to redraw
        model.library().stories().addListener((javafx.collections.ListChangeListener<Story>) change -> list.refresh());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.library().emptyMessageProperty());
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        initListeners();
        VBox pane = new VBox(6, search, byStory, dateRange(), list);
        pane.setPadding(new Insets(6));
        pane.getStyleClass().add(STYLE_CLASS);
        return pane;
    }

    /** From … to …: the publication dates the list shows. */
    private javafx.scene.layout.HBox dateRange() {
        javafx.scene.control.DatePicker first = new javafx.scene.control.DatePicker();
        first.setId("libraryFrom");
        first.setPromptText(Texts.get("library.from"));
        first.valueProperty().bindBidirectional(model.library().fromProperty());
        javafx.scene.control.DatePicker last = new javafx.scene.control.DatePicker();
        last.setId("libraryTo");
        last.setPromptText(Texts.get("library.to"));
        last.valueProperty().bindBidirectional(model.library().toProperty());
        first.setPrefWidth(130);
        last.setPrefWidth(130);
        javafx.scene.layout.HBox range = new javafx.scene.layout.HBox(4, first, last);
        range.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return range;
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, summary) -> {
            if (summary != null && !syncing && !model.library().isUpdating()) {
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
                onFilesDropped.accept(files.stream().map(File::toPath).toList());
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
                    if (!list.getSelectionModel().isSelected(i)) {
                        list.getSelectionModel().clearAndSelect(i);
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * The article right-clicked — rename, edit details, re-scan, show its file, delete — then its
     * story: rename, merge and split stories, and move articles between them. Only showing the file
     * is on in a read-only window.
     */
    private ContextMenu libraryMenu() {
        MenuItem renameSource = sourceItem("librarySourceRename", "library.renameSource", this::renameSource);
        MenuItem details = sourceItem("librarySourceDetails", "library.sourceDetails", summary ->
                model.withSource(summary.id(), source -> new SourceDetailsDialog(list.getScene().getWindow(), source)
                        .showAndWait().ifPresent(metadata -> model.saveMetadata(source.id(), source.metadata(), metadata))));
        MenuItem rescan = sourceItem("librarySourceRescan", "library.rescanSource",
                summary -> model.rescanSource(summary.id()));
        MenuItem showFile = sourceItem("librarySourceShowFile", "library.showFile", summary ->
                model.withSource(summary.id(), source -> FileReveal.reveal(model, source.importedFrom(), folderOpener)));
        MenuItem delete = sourceItem("librarySourceDelete", "library.deleteSource",
                summary -> model.deleteSource(summary.id(), summary.title()));
        ContextMenu menu = storyMenu();
        menu.getItems().addAll(0, List.of(renameSource, details, rescan, showFile, delete, new SeparatorMenuItem()));
        javafx.event.EventHandler<javafx.stage.WindowEvent> stories = menu.getOnShowing();
        menu.setOnShowing(event -> {
            stories.handle(event);
            boolean one = list.getSelectionModel().getSelectedItem() != null;
            List.of(renameSource, details, rescan, delete).forEach(item -> item.setDisable(!one || model.isReadOnly()));
            showFile.setDisable(!one);
            if (model.isReadOnly()) {
                menu.getItems().subList(6, menu.getItems().size()).forEach(item -> item.setDisable(true));
            }
        });
        return menu;
    }

    private java.util.function.Predicate<java.nio.file.Path> folderOpener = FileReveal.DESKTOP;

    /** How Show the file opens a folder (the system's file manager; a test gives its own). */
    void setFolderOpener(java.util.function.Predicate<java.nio.file.Path> opener) {
        folderOpener = opener;
    }

    /** A menu item that acts on the article right-clicked (the focused one of the selection). */
    private MenuItem sourceItem(String id, String textKey, java.util.function.Consumer<SourceSummary> action) {
        MenuItem item = new MenuItem(Texts.get(textKey));
        item.setId(id);
        item.setOnAction(event -> {
            SourceSummary focused = list.getSelectionModel().getSelectedItem();
            if (focused != null) {
                action.accept(focused);
            }
        });
        return item;
    }

    private void renameSource(SourceSummary summary) {
        TextInputDialog dialog = new TextInputDialog(summary.title());
        dialog.setTitle(Texts.get("dialog.renameSource.title"));
        dialog.setHeaderText(Texts.get("dialog.renameSource.header", summary.title()));
        dialog.getDialogPane().setId("renameSourceDialog");
        dialog.initOwner(list.getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(summary.title()))
                .ifPresent(name -> model.renameSource(summary.id(), name));
    }

    /** Rename, merge and split stories, and move articles between them: the researcher's edits of the clustering. */
    private ContextMenu storyMenu() {
        MenuItem rename = new MenuItem(Texts.get("library.renameStory"));
        rename.setOnAction(event -> storyOfSelection().ifPresent(this::renameStory));
        MenuItem merge = new MenuItem(Texts.get("library.mergeStory"));
        merge.setOnAction(event -> storyOfSelection().ifPresent(this::mergeStory));
        MenuItem split = new MenuItem(Texts.get("library.splitStory"));
        split.setOnAction(event -> splitStory());
        MenuItem move = new MenuItem(Texts.get("library.moveToStory"));
        move.setOnAction(event -> moveToStory());
        ContextMenu menu = new ContextMenu(rename, merge, new SeparatorMenuItem(), split, move);
        menu.setOnShowing(event -> {
            boolean none = list.getSelectionModel().getSelectedItems().isEmpty();
            rename.setDisable(storyOfSelection().isEmpty());
            merge.setDisable(storyOfSelection().isEmpty() || model.library().stories().size() < 2);
            split.setDisable(none);
            move.setDisable(none || model.library().stories().isEmpty());
        });
        return menu;
    }

    private java.util.Set<Long> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(SourceSummary::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The story of the article the researcher right-clicked (the focused one of the selection). */
    private java.util.Optional<Story> storyOfSelection() {
        SourceSummary focused = list.getSelectionModel().getSelectedItem();
        return focused == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(model.library().storyOf(focused.id()));
    }

    private void renameStory(Story story) {
        TextInputDialog dialog = new TextInputDialog(story.name());
        dialog.setTitle(Texts.get("dialog.renameStory.title"));
        dialog.setHeaderText(Texts.get("dialog.renameStory.header", story.name()));
        dialog.initOwner(list.getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> model.renameStory(story.id(), name));
    }

    private void mergeStory(Story story) {
        List<StoryChoice> others = model.library().stories().stream().filter(other -> other.id() != story.id())
                .map(other -> new StoryChoice(other, model.library().sizeOf(other))).toList();
        ChoiceDialog<StoryChoice> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setTitle(Texts.get("dialog.mergeStory.title"));
        dialog.setHeaderText(Texts.get("dialog.mergeStory.header", story.name()));
        dialog.initOwner(list.getScene().getWindow());
        dialog.showAndWait().ifPresent(into -> model.mergeStory(story.id(), into.story().id()));
    }

    private void splitStory() {
        java.util.Set<Long> ids = selectedIds();
        SourceSummary first = list.getSelectionModel().getSelectedItem();
        TextInputDialog dialog = new TextInputDialog(first == null ? "" : first.title());
        dialog.setTitle(Texts.get("dialog.splitStory.title"));
        dialog.setHeaderText(Texts.get("dialog.splitStory.header", ids.size()));
        dialog.initOwner(list.getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> model.splitStory(ids, name));
    }

    private void moveToStory() {
        java.util.Set<Long> ids = selectedIds();
        List<StoryChoice> choices = model.library().stories().stream()
                .map(story -> new StoryChoice(story, model.library().sizeOf(story))).toList();
        ChoiceDialog<StoryChoice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(Texts.get("dialog.moveToStory.title"));
        dialog.setHeaderText(Texts.get("dialog.moveToStory.header", ids.size()));
        dialog.initOwner(list.getScene().getWindow());
        dialog.showAndWait().ifPresent(target -> model.moveToStory(ids, target.story().id()));
    }

    /** A story as a choice in a dialog: its name and size. */
    private record StoryChoice(Story story, int size) {
        @Override
        public String toString() {
            return Texts.get("library.story", story.name(), size);
        }
    }

    /**
     * Title on the first line; outlet, date, grade and claim count below; in story order, the
     * story's name above its first article.
     */
    private static final class SourceCell extends ListCell<SourceSummary> {
        private final Label story = new Label();
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, story, title, details);
        private final LibraryViewModel library;

        SourceCell(ListView<SourceSummary> list, LibraryViewModel library) {
            this.library = library;
            story.getStyleClass().add("story-header");
            story.setMaxWidth(Double.MAX_VALUE);
            story.setWrapText(true);
            story.maxWidthProperty().bind(Bindings.max(80, list.widthProperty().subtract(32)));
            title.getStyleClass().add("source-title");
            details.getStyleClass().add("source-details");
            title.setWrapText(true);
            // Wrap to the list's width, not the cell's: a new cell is 0 wide, and a label
            // wrapped to that would make the cell thousands of pixels tall.
            title.maxWidthProperty().bind(Bindings.max(80, list.widthProperty().subtract(32)));
            // the outlet, the full date and the count wrap too, rather than end in "2015-10-0…"
            details.setWrapText(true);
            details.maxWidthProperty().bind(Bindings.max(80, list.widthProperty().subtract(32)));
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
            line.append(org.crosscheck.model.Outlets.shown(summary.outlet())).append(" · ");
            line.append(summary.published().display());
            if (summary.grade() != null) {
                line.append(" · ").append(Grade.codeOf(summary.grade()));
            }
            line.append(" · ").append(Texts.get("library.claims", summary.claimCount()));
            details.setText(line.toString());
            boolean header = library.byStoryProperty().get() && startsAStory(summary);
            story.setVisible(header);
            story.setManaged(header);
            if (header) {
                Story shown = library.storyOf(summary.id());
                story.setText(shown == null ? Texts.get("library.noStory")
                        : Texts.get("library.story", shown.name(), library.sizeOf(shown)));
            }
            setGraphic(box);
        }

        /** Whether this row is the first of its story in the list as shown. */
        private boolean startsAStory(SourceSummary summary) {
            int index = getIndex();
            if (index <= 0 || index > getListView().getItems().size()) {
                return true;
            }
            SourceSummary previous = getListView().getItems().get(index - 1);
            return !java.util.Objects.equals(library.storyOf(previous.id()), library.storyOf(summary.id()));
        }
    }
}
