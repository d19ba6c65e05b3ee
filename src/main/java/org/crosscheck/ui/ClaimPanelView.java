package org.crosscheck.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;

/** The right pane: the article's claims in text order, filters by tag, kind, status and speaker, and the editor of the selected claim. */
final class ClaimPanelView {

    private final MainViewModel model;
    private final ListView<Claim> list = new ListView<>();
    private final ComboBox<Tag> tagFilter = new ComboBox<>();
    private boolean syncing;

    ClaimPanelView(MainViewModel model) {
        this.model = model;
    }

    VBox createView() {
        Label title = new Label(Texts.get("panel.title"));
        title.getStyleClass().add("pane-title");
        tagFilter.setId("tagFilter");
        tagFilter.setPromptText(Texts.get("panel.allTags"));
        tagFilter.setItems(model.tags());
        tagFilter.setButtonCell(new TagCell(Texts.get("panel.allTags")));
        tagFilter.setCellFactory(view -> new TagCell(Texts.get("panel.allTags")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, tagFilter);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox filters = createFilters();

        list.setId("claimList");
        list.setItems(model.article().listedClaims());
        list.setCellFactory(view -> new ClaimCell(model, view));
        // the chains arrive after the claims: the rows then say who carried each figure
        model.article().chains().addListener((javafx.collections.MapChangeListener<Long, org.crosscheck.model.CitationChain>)
                change -> list.refresh());
        Label placeholder = new Label(Texts.get("panel.empty"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        ScrollPane editor = new ScrollPane(new ClaimEditorView(model).createView());
        editor.setDisable(model.isReadOnly()); // its fields are there to read; in a read-only project not to change
        editor.setFitToWidth(true);
        editor.setPrefViewportHeight(380);
        initListeners();
        VBox pane = new VBox(6, header, filters, list, editor);
        pane.setPadding(new Insets(6));
        return pane;
    }

    /** Kind, status and speaker: with the tag above, what the list shows. */
    private HBox createFilters() {
        ComboBox<ClaimKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                java.util.stream.Stream.concat(java.util.stream.Stream.of((ClaimKind) null),
                        java.util.Arrays.stream(ClaimKind.values())).toList()));
        kind.setId("kindFilter");
        kind.setButtonCell(new NamedCell<>(Texts.get("panel.allKinds"), value -> Texts.get("kind." + value.key())));
        kind.setCellFactory(view -> new NamedCell<>(Texts.get("panel.allKinds"), value -> Texts.get("kind." + value.key())));
        kind.valueProperty().bindBidirectional(model.article().kindFilterProperty());
        ComboBox<ClaimStatus> status = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                java.util.stream.Stream.concat(java.util.stream.Stream.of((ClaimStatus) null),
                        java.util.Arrays.stream(ClaimStatus.values())).toList()));
        status.setId("statusFilter");
        status.setButtonCell(new NamedCell<>(Texts.get("panel.allStatuses"), value -> Texts.get("status." + value.key())));
        status.setCellFactory(view -> new NamedCell<>(Texts.get("panel.allStatuses"), value -> Texts.get("status." + value.key())));
        status.valueProperty().bindBidirectional(model.article().statusFilterProperty());
        javafx.scene.control.TextField speaker = new javafx.scene.control.TextField();
        speaker.setId("speakerFilter");
        speaker.setPromptText(Texts.get("panel.speaker"));
        speaker.textProperty().bindBidirectional(model.article().speakerFilterProperty());
        HBox.setHgrow(speaker, Priority.ALWAYS);
        HBox filters = new HBox(6, kind, status, speaker);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    /** A filter's choice by name; null reads as "all". */
    private static final class NamedCell<T> extends ListCell<T> {
        private final String noneText;
        private final java.util.function.Function<T, String> name;

        NamedCell(String noneText, java.util.function.Function<T, String> name) {
            this.noneText = noneText;
            this.name = name;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value == null ? noneText : name.apply(value));
        }
    }

    private void initListeners() {
        tagFilter.valueProperty().bindBidirectional(model.article().tagFilterProperty());
        model.tags().addListener((ListChangeListener<Tag>) change -> {
            Tag filter = model.article().tagFilterProperty().get();
            if (filter != null) {
                model.article().tagFilterProperty().set(model.tags().stream()
                        .filter(tag -> tag.id() == filter.id()).findFirst().orElse(null));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, claim) -> {
            if (!syncing && claim != null) {
                model.article().selectedClaimProperty().set(claim);
            }
        });
        model.article().selectedClaimProperty().addListener((observable, before, claim) -> select(claim));
        model.article().listedClaims().addListener((ListChangeListener<Claim>) change ->
                select(model.article().selectedClaimProperty().get()));
        list.setOnKeyPressed(event -> {
            // Backspace too: the key a Mac keyboard labels Delete
            if (Shortcut.REJECT_IN_LIST.matches(event) || event.getCode() == KeyCode.BACK_SPACE) {
                model.rejectOrDeleteSelectedClaim();
                event.consume();
            } else if (Shortcut.CONFIRM_IN_LIST.matches(event)) {
                model.confirmSelectedClaim();
                event.consume();
            }
        });
    }

    private void select(Claim claim) {
        syncing = true;
        try {
            int index = claim == null ? -1 : indexOf(claim.id());
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(long claimId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == claimId) {
                return i;
            }
        }
        return -1;
    }

    /** A claim as a row: a coloured kind badge, its words, and its status. */
    private static final class ClaimCell extends ListCell<Claim> {
        private final MainViewModel model;
        private final Label kind = new Label();
        private final Label words = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, new HBox(6, kind, details), words);

        ClaimCell(MainViewModel model, ListView<Claim> list) {
            this.model = model;
            words.setWrapText(true);
            // Wrapped to the list's width, never the cell's own: a new cell is 0 wide, so its words wrapped
            // at every letter, the list took it for one tall row and drew only the first claims until clicked.
            words.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(60, list.widthProperty().subtract(40)));
            details.getStyleClass().add("claim-details");
            details.setWrapText(true); // the figure and speaker are read whole in a narrow panel
            details.maxWidthProperty().bind(words.maxWidthProperty().subtract(70));
        }

        @Override
        protected void updateItem(Claim claim, boolean empty) {
            super.updateItem(claim, empty);
            if (empty || claim == null) {
                setGraphic(null);
                return;
            }
            Source source = model.article().sourceProperty().get();
            kind.setText(Texts.get("kind." + claim.kind().key()));
            kind.getStyleClass().setAll("label", "kind-badge", ClaimStyles.kindClass(claim) + "-badge");
            // What the researcher judges a suggestion by: its status, the figure as read, and who said it.
            StringBuilder line = new StringBuilder(Texts.get("status." + claim.status().key()));
            if (claim.quantity().low() != null || claim.quantity().high() != null) {
                line.append(" · ").append(org.crosscheck.model.Figures.of(claim.quantity()));
                if (!claim.quantity().role().isBlank()) {
                    line.append(' ').append(claim.quantity().role()); // "5 injured", "1 killed": what the figure counts
                }
            }
            String said = ChainWords.of(claim, model.article().chains().get(claim.id()));
            if (!said.isBlank()) {
                line.append(" · ").append(said); // the chain where it says more than the speaker
            }
            details.setText(line.toString());
            words.setText(source == null ? "" : ClaimText.excerpt(claim.textIn(source.text()), 160));
            words.getStyleClass().setAll("label", "claim-words", ClaimStyles.statusClass(claim) + "-words");
            setGraphic(box);
        }
    }

    /** A tag in the filter: its colour and name; null reads "All tags". */
    static final class TagCell extends ListCell<Tag> {
        private final String noneText;

        TagCell(String noneText) {
            this.noneText = noneText;
        }

        @Override
        protected void updateItem(Tag tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setText(noneText);
                setGraphic(null);
                return;
            }
            setText(tag.name());
            setGraphic(TagSwatch.of(tag));
        }
    }
}
