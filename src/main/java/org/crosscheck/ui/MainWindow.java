package org.crosscheck.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ProjectBackup;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.ui.print.NoPrinterException;
import org.crosscheck.ui.print.ReportPrinter;
import org.crosscheck.service.ProjectPlace;
import org.crosscheck.service.ReportScope;
import org.crosscheck.service.ImportReport;

/** The main window: library, article, claims panel, menus and status bar. */
public final class MainWindow {

    public static final String THEME = "/assets/styles/crosscheck.css";

    private final MainViewModel model;
    private final LibraryView library;
    private final ArticleView article;
    private final ClaimPanelView panel;
    private final SearchView search;
    private final TabPane left = new TabPane();
    private final ExportDialogs exportDialogs;
    private final Settings settings;
    private final WindowLayout layout;
    private final TextSize textSize;
    private Stage stage;

    /** Opens a project in this window in place of the current one. */
    @FunctionalInterface
    public interface ProjectSwitcher {
        void open(org.crosscheck.service.ProjectPlace project, boolean onlyToRead);
    }

    private ProjectSwitcher projectSwitcher = (file, onlyToRead) -> { };
    private java.util.function.Consumer<ProjectBackup> restorer = backup -> { };

    /** What "Restore from this copy" does: close the project, put the copy in its place, open it. */
    public void setRestorer(java.util.function.Consumer<ProjectBackup> restorer) {
        this.restorer = restorer;
    }

    /** What File › Open project…, Open project read-only… and New project… do with the file chosen. */
    public void setProjectSwitcher(ProjectSwitcher switcher) {
        projectSwitcher = switcher;
    }

    /** A window that remembers nothing beyond itself: for tests, and where no settings file is wanted. */
    public MainWindow(MainViewModel model) {
        this(model, Settings.inMemory());
    }

    /** A window that restores its layout and text size from {@code settings} and keeps them there. */
    public MainWindow(MainViewModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
        this.layout = new WindowLayout(settings);
        this.textSize = new TextSize(settings);
        this.library = new LibraryView(model);
        this.article = new ArticleView(model);
        this.panel = new ClaimPanelView(model);
        this.search = new SearchView(model.search());
        library.setOnFilesDropped(this::importChosen);
        this.exportDialogs = new ExportDialogs(model.exports(), model::projectName, () -> stage);
    }

    /** Builds the window on a stage, shows it and loads the project. */
    public void show(Stage target) {
        this.stage = target;
        // the library is read on the worker while the window is built here: the read arrives (on this
        // thread, after this method) into views that exist by then, and takes neither's time from the other
        model.start();
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        SplitPane reading = new SplitPane(createLeft(), article.createView(), panel.createView());
        reading.setId("readingSplit");
        reading.setDividerPositions(0.22, 0.66);
        TabPane tabs = createTabs();
        SplitPane split = new SplitPane(reading, tabs);
        split.setId("mainSplit");
        split.setOrientation(Orientation.VERTICAL);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // on a short screen (700 pixels) the comparison needs more than half to show a group's sources
        split.setDividerPositions(mainDivider(layout.height(screen)));
        root.setCenter(split);
        tabsMaximized.addListener((observable, was, maximized) -> maximizeTabs(split, reading, maximized));
        tabs.setOnMouseClicked(event -> {
            // a double-click on a tab's heading, as in most desktop tools, maximizes the tabs or gives the article back
            if (event.getClickCount() == 2 && event.getTarget() instanceof javafx.scene.Node clicked
                    && isInTabHeading(clicked)) {
                tabsMaximized.set(!tabsMaximized.get());
            }
        });
        root.setTop(model.isReadOnly()
                ? new javafx.scene.layout.VBox(new MainMenu(this, model).createMenuBar(), readOnlyNotice())
                : new MainMenu(this, model).createMenuBar());
        root.setBottom(createStatusBar());
        Scene scene = new Scene(root, layout.width(screen), layout.height(screen));
        scene.getStylesheets().add(MainWindow.class.getResource(THEME).toExternalForm());
        textSize.apply(root);
        new MainMenu(this, model).installExtraShortcuts(scene);
        model.status().setErrorPresenter(this::showError);
        ConflictDialog conflicts = new ConflictDialog(() -> stage);
        model.setConflictQuestion(conflicts::ask);
        model.setEditConflictQuestion(conflicts::ask);
        model.lastImportProperty().addListener((observable, before, report) -> showImportProblems(report));
        stage.setTitle(Texts.get(model.isReadOnly() ? "app.title.readOnly" : "app.title", model.projectName()));
        stage.setScene(scene);
        layout.place(stage);
        layout.selectedTab(tabs);
        layout.dividers(reading);
        layout.dividers(split);
        stage.show();
        layout.watch(stage);
        // once shown, the dividers' positions are laid out and the tables' skins made
        javafx.application.Platform.runLater(() -> {
            root.lookupAll(".split-pane").stream().filter(node -> node != reading && node != split
                    && node.getId() != null).forEach(node -> layout.dividers((SplitPane) node));
            layout.columnWidths(root);
            laidOut = true;
        });
    }

    /** Whether the window's own dividers and columns were restored: a tab built after that restores its own. */
    private boolean laidOut;

    private final javafx.beans.property.BooleanProperty tabsMaximized = new javafx.beans.property.SimpleBooleanProperty();
    private double readingShare = 0.46;

    /** Whether the tabs below (comparison, timeline, speakers) fill the window, the article and library hidden. */
    javafx.beans.property.BooleanProperty tabsMaximizedProperty() {
        return tabsMaximized;
    }

    /**
     * On a small screen a group's sources, the verdicts between them and why they contradict need
     * more height than is left under the article: the article makes way, and comes back where its
     * divider was. Nothing is closed; the selection and the article stay as they were.
     */
    private void maximizeTabs(SplitPane split, SplitPane reading, boolean maximized) {
        if (maximized && split.getItems().contains(reading)) {
            readingShare = split.getDividerPositions()[0];
            split.getItems().remove(reading);
            model.status().info(Texts.get("status.tabsMaximized"));
        } else if (!maximized && !split.getItems().contains(reading)) {
            split.getItems().add(0, reading);
            split.setDividerPositions(readingShare);
            layout.dividers(split);
        }
    }

    private static boolean isInTabHeading(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    /** A window shorter than this gives the comparison below the article more room at first. */
    private static final double SHORT_WINDOW = 800;

    /**
     * Where the divider between the article and the tabs below starts in a window this tall: on a
     * short screen (700 pixels) the comparison takes nearly three quarters, so that a group's five
     * sources show without scrolling under its header.
     */
    static double mainDivider(double windowHeight) {
        return windowHeight < SHORT_WINDOW ? 0.28 : 0.46;
    }

    /** A bar under the menus that stays while the project is open: edits are off, and why. */
    private static javafx.scene.Node readOnlyNotice() {
        javafx.scene.control.Label notice = new javafx.scene.control.Label(Texts.get("readOnly.notice"));
        notice.setId("readOnlyNotice");
        notice.getStyleClass().add("read-only-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        return notice;
    }

    /** The library and, beside it, the project's search (Ctrl+F). */
    private TabPane createLeft() {
        Tab libraryTab = new Tab(Texts.get("tab.library"), library.createView());
        libraryTab.setId("libraryTab");
        Tab searchTab = new Tab(Texts.get("tab.search"), search.createView());
        searchTab.setId("searchTab");
        left.getTabs().setAll(libraryTab, searchTab);
        left.setId("leftTabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return left;
    }

    /** Ctrl+F: the Search tab, its field focused. */
    void searchProject() {
        left.getSelectionModel().select(1);
        search.focus();
    }

    /** Ctrl+G and Shift+Ctrl+G: the next or previous hit of the last search in the open article. */
    void stepSearchHit(boolean forward) {
        article.stepSearchHit(forward);
    }

    /** Comparison and timeline below the article, so a double-click there opens the claim above. */
    private TabPane createTabs() {
        Tab comparison = new Tab(Texts.get("tab.comparison"), new ComparisonView(model).createView());
        comparison.setId("comparisonTab");
        // hidden at start: built when first chosen, so the window opening on the library waits for neither
        Tab timeline = BuiltOnFirstShow.tab(Texts.get("tab.timeline"), "timelineTab",
                () -> new TimelineTab(model).createView(), this::rememberLayoutOf);
        Tab speakers = BuiltOnFirstShow.tab(Texts.get("tab.speakers"), "speakersTab",
                () -> new SpeakersView(model).createView(), this::rememberLayoutOf);
        TabPane tabs = new TabPane(comparison, timeline, speakers);
        tabs.setId("bottomTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        comparison.selectedProperty().addListener((observable, was, now) -> model.comparison().setVisible(now));
        timeline.selectedProperty().addListener((observable, was, now) -> model.timeline().setVisible(now));
        speakers.selectedProperty().addListener((observable, was, now) -> model.speakers().setVisible(now));
        model.speakers().shownRequestsProperty().addListener((observable, was, now) -> tabs.getSelectionModel().select(speakers));
        model.comparison().setVisible(comparison.isSelected());
        return tabs;
    }

    /**
     * A tab's content built after the window was shown: its dividers and table columns are restored and
     * remembered as the window's own were, once laid out.
     */
    private void rememberLayoutOf(javafx.scene.Node content) {
        javafx.application.Platform.runLater(() -> {
            if (!laidOut) {
                return; // built before the window showed: its own pass, queued after this, restores the tab's too
            }
            content.lookupAll(".split-pane").stream().filter(node -> node.getId() != null)
                    .forEach(node -> layout.dividers((SplitPane) node));
            if (content instanceof javafx.scene.Parent parent) {
                layout.columnWidths(parent);
            }
        });
    }

    void linkMarkedStatements() {
        if (model.comparison().markedCountProperty().get() < 2) {
            model.status().info(Texts.get("status.markTwo"));
            return;
        }
        new ComparisonDialogs(() -> stage).askText(Texts.get("compare.eventPrompt"), "")
                .ifPresent(name -> model.comparison().linkMarked(name));
    }

    void tagSelection(ClaimKind kind) {
        article.tagSelection(kind);
    }

    void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("import.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("import.textFiles"),
                        "*.txt", "*.text", "*.md", "*.html", "*.htm", "*.pdf", "*.qdpx"),
                new FileChooser.ExtensionFilter(Texts.get("project.json"), "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("import.allFiles"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            importChosen(files.stream().map(File::toPath).toList());
        }
    }

    /** Articles are imported into this project; a JSON project, chosen alone, is restored as a new one. */
    void importChosen(List<java.nio.file.Path> files) {
        Optional<java.nio.file.Path> project = files.stream().filter(ProjectJson::isProjectFile).findFirst();
        if (project.isEmpty()) {
            model.importFiles(files);
        } else if (files.size() > 1) {
            showError(Texts.get("problem.import"), Texts.get("restore.jsonAlone", project.get().getFileName()));
        } else {
            restoreAsNewProject(project.get());
        }
    }

    /** File › Restore project from JSON…: the JSON file, then the name of the new project. */
    void restoreProjectFromJson() {
        ProjectJson.chooseJson(stage, model.projectFolder()).ifPresent(this::restoreAsNewProject);
    }

    private void restoreAsNewProject(java.nio.file.Path json) {
        ProjectJson.chooseNewProject(stage, json)
                .ifPresent(target -> model.restoreProject(json, target, restored -> projectSwitcher.open(restored, false)));
    }

    void editSourceDetails() {
        Source source = model.article().sourceProperty().get();
        if (source == null) {
            model.status().info(Texts.get("status.noArticle"));
            return;
        }
        new SourceDetailsDialog(stage, source).showAndWait()
                .ifPresent(metadata -> model.saveMetadata(source.id(), source.metadata(), metadata));
    }

    /** File › Export report…: what to cover, where to save it (PDF or HTML), then built off the JavaFX thread. */
    void exportReport() {
        askReportScope(Texts.get("menu.file.exportReport")).ifPresent(scope -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("menu.file.exportReport"));
            chooser.setInitialFileName("comparison-report.pdf");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                    new FileChooser.ExtensionFilter(Texts.get("report.html"), "*.html"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.exportReport(scope, withExtension(file, chooser.getSelectedExtensionFilter()));
            }
        });
    }

    /** File › Export: where each export is saved, and who the researcher is. */
    ExportDialogs exportDialogs() {
        return exportDialogs;
    }

    /** File › Print report…: the PDF's own pages through the system print dialog. */
    void printReport() {
        askReportScope(Texts.get("menu.file.printReport")).ifPresent(scope -> model.reportPdf(scope, pdf -> {
            ReportPrinter printer = new ReportPrinter();
            try {
                // the dialogs here, on the JavaFX thread; rendering and sending the pages in the background
                printer.setUp(pdf, null, true, stage).ifPresent(job -> model.runInBackground(() -> {
                    printer.printAll(job, pdf);
                    return pdf.length;
                }, ignored -> Texts.get("status.printed"), Texts.get("problem.print")));
            } catch (NoPrinterException e) {
                showError(Texts.get("problem.print"), e.getMessage());
            } catch (RuntimeException e) {
                showError(Texts.get("problem.print"), Notices.describe(e));
            }
        }));
    }

    private Optional<ReportScope> askReportScope(String action) {
        var group = model.comparison().selectedGroupProperty().get();
        List<String> groups = model.comparison().groups().stream().filter(g -> g.statements().size() >= 2)
                .map(g -> g.name()).toList();
        List<String> tags = model.tags().stream().map(Tag::name).toList();
        return new ReportDialog(stage, groups, group == null ? null : group.name(), tags, action,
                model.comparison().confirmedOnlyProperty().get()).showAndWait();
    }

    private static java.nio.file.Path withExtension(File file, FileChooser.ExtensionFilter filter) {
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm")) {
            return file.toPath();
        }
        boolean html = filter != null && filter.getExtensions().contains("*.html");
        return file.toPath().resolveSibling(file.getName() + (html ? ".html" : ".pdf"));
    }

    /** File › Open project…: an existing project file. */
    void openProject(boolean onlyToRead) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(onlyToRead ? "menu.file.openProjectReadOnly" : "menu.file.openProject"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("project.files"),
                "*" + ProjectPlace.FILE_SUFFIX));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            projectSwitcher.open(org.crosscheck.service.ProjectPlace.file(file.toPath()), onlyToRead);
        }
    }

    /**
     * File › Open shared project on a server…: the form, filled from {@code known} when given (a recent
     * project whose password is neither in PGPASSWORD nor in ~/.pgpass).
     */
    void openServerProject(org.crosscheck.service.ProjectPlace known) {
        ServerProjectDialog.ask(stage, known).ifPresent(project -> projectSwitcher.open(project, false));
    }

    /** File › New project…: a new project file, which starts with the sample articles. */
    void newProject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("menu.file.newProject"));
        chooser.setInitialFileName("research" + ProjectPlace.FILE_SUFFIX);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            projectSwitcher.open(org.crosscheck.service.ProjectPlace.file(file.toPath()), false);
        }
    }

    void checkProject() {
        model.checkProject(result -> new ProjectCheckDialog(stage, result, model.isReadOnly(), this::restoreProjectFromJson)
                .showAndWait().ifPresent(restorer));
    }

    void editAliases() {
        model.editAliases((entities, proposals) -> new AliasEditorDialog(stage, entities, proposals).showAndWait());
    }

    void reviewSpeakerIdentities() {
        new SpeakerIdentitiesDialog(stage, model.speakerIdentities(), model.isReadOnly(), model::undo, model::redo).show();
    }

    void manageTags() {
        new TagManagerDialog(stage, model).showAndWait();
    }

    void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    void showAbout() {
        AboutDialog.show(stage, model.projectPlace(), settings);
    }

    /** View › Zoom: one step larger (1), smaller (-1), or the actual size (0). */
    void zoom(int direction) {
        textSize.zoom(direction);
        model.status().info(Texts.get("status.textSize", Math.round(textSize.scale() * 100)));
    }

    /** File › Open Recent as it is now: missing projects greyed out, with a way to forget them. */
    void fillRecentProjects(javafx.scene.control.Menu menu) {
        RecentProjectsMenu.fill(menu, settings, model.projectPlace(), this::openRecent);
    }

    /** A recent project: a file opens at once; a shared one too when its password is known, else the form asks. */
    private void openRecent(String place) {
        org.crosscheck.service.ProjectPlace project = org.crosscheck.service.ProjectPlace.parse(place);
        if (project.needsPassword()) {
            openServerProject(project);
        } else {
            projectSwitcher.open(project, false);
        }
    }

    /** File › Quit: the app stops, and on stopping saves queued edits and settings and lets the project go. */
    void quit() {
        javafx.application.Platform.exit();
    }

    Stage stage() {
        return stage;
    }

    /** How many articles the library lists, for the line logged when the window is ready. */
    int articleCount() {
        return model.library().visibleSources().size();
    }

    private HBox createStatusBar() {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(model.status().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.progressProperty().bind(model.status().progressProperty());
        progress.visibleProperty().bind(model.status().busyProperty());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(Texts.get("status.cancel"));
        cancel.setId("statusCancel");
        cancel.setCancelButton(false);
        cancel.visibleProperty().bind(model.status().cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.status().cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, message, spacer, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showError(String problem, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason);
        alert.initOwner(stage);
        alert.setHeaderText(problem);
        alert.show();
    }

    private void showImportProblems(ImportReport report) {
        if (report == null || (report.failures().isEmpty() && report.skipped().isEmpty())) {
            return;
        }
        String lines = report.failures().stream().map(ImportReport.Failure::reason)
                .collect(Collectors.joining("\n"));
        if (!report.skipped().isEmpty()) {
            lines = (lines.isEmpty() ? "" : lines + "\n\n") + Texts.get("import.skipped", report.skipped().stream()
                    .limit(20).map(path -> path.getFileName().toString()).collect(Collectors.joining(", "))
                    + (report.skipped().size() > 20 ? ", …" : ""));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, lines);
        alert.initOwner(stage);
        alert.setTitle(Texts.get("import.failures.title"));
        alert.setHeaderText(Texts.get("import.failures.header", report.summary()));
        alert.show();
    }

    static String menuText(String key, Optional<String> what) {
        return what.map(description -> Texts.get(key + "What", description)).orElse(Texts.get(key));
    }
}
