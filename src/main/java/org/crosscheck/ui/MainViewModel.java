package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.TableEntity;
import org.crosscheck.model.Tag;
import org.crosscheck.service.AliasService;
import org.crosscheck.service.ImportReport;
import org.crosscheck.service.ProjectPlace;
import org.crosscheck.service.QdpxImport;
import org.crosscheck.service.Cancellation;
import org.crosscheck.service.ReportScope;
import org.crosscheck.service.SeenClaim;
import org.crosscheck.service.SeenClaims;
import org.crosscheck.service.ClaimConflictException;
import org.crosscheck.service.Runner;
import org.crosscheck.service.StoryService;
import org.crosscheck.service.Workbench;

/**
 * The main window's state and commands. Every command runs its work through the runner and then
 * reloads what the window shows from the project, so the screen always matches what is saved.
 * FX thread only.
 */
public final class MainViewModel {

    private final Workbench workbench;
    private final Runner runner;
    private final StatusViewModel status = new StatusViewModel();
    private final LibraryViewModel library = new LibraryViewModel();
    private final ArticleViewModel article;
    private final ClaimEditorViewModel editor = new ClaimEditorViewModel();
    private final ChainEditorViewModel chain = new ChainEditorViewModel();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<String>> nextUndo = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> nextRedo = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();
    private final ComparisonViewModel comparison;
    private final TimelineViewModel timeline;
    private final ExportViewModel exports;
    private final SearchViewModel search;
    private final SpeakersViewModel speakers;
    private long openSourceId;
    /** The open article's claims with the versions they had when read: what the editor saves against. */
    private SeenClaims seen = new SeenClaims(List.of(), java.util.Map.of());
    /** The claim in the editor as the window last read it, with its version; null when none is. */
    private SeenClaim editing;
    /** The researcher's own latest save of each claim, with its version; only the runner's worker thread uses it. */
    private final java.util.Map<Long, SeenClaim> afterMySave = new java.util.HashMap<>();
    private java.util.function.Function<ClaimConflictException, ConflictChoice> conflictQuestion = conflict -> ConflictChoice.RELOAD;
    /** Asks about saves of an article's details or the alias table that met someone else's change. */
    private final EditConflicts editConflicts;

    public MainViewModel(Workbench workbench, Runner runner) {
        this.workbench = workbench;
        this.runner = runner;
        this.article = new ArticleViewModel(runner, status);
        this.editConflicts = new EditConflicts(runner, status);
        this.comparison = new ComparisonViewModel(workbench, runner, status);
        this.timeline = new TimelineViewModel(workbench, runner, status);
        this.exports = new ExportViewModel(workbench, runner, status);
        this.search = new SearchViewModel(workbench.search(), runner, status, this::open);
        this.speakers = new SpeakersViewModel(workbench, runner, status);
        comparison.setAfterEdit(ignored -> {
            refreshHistory();
            timeline.projectChanged();
            speakers.projectChanged();
        });
        speakers.setAfterEdit(() -> {
            refreshHistory();
            comparison.projectChanged(); // a grade given there shows beside the speaker in the comparison
        });
        comparison.selectedGroupProperty().addListener((observable, before, group) -> timeline.highlightGroup(group));
        article.selectedClaimProperty().addListener((observable, before, claim) -> {
            editing = claim == null ? null : seen.of(claim);
            editor.load(claim);
            loadChain(claim);
            if (claim != null) {
                comparison.showGroupOf(claim.id());
            }
        });
    }

    /** Whether the project is open read-only: editing is off for as long as it is open. */
    public boolean isReadOnly() {
        return workbench.isReadOnly();
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public SpeakersViewModel speakers() {
        return speakers;
    }

    /** "This speaker's other statements": the Speakers tab at the speaker of the selected claim's chain. */
    public void showSpeakerOfChain() {
        String speaker = chain.speaker().isEmpty() ? chain.chainProperty().get().split(" → ")[0] : chain.speaker();
        if (!speaker.isBlank()) {
            speakers.showSpeaker(speaker);
        }
    }

    /** Runs work that changes nothing in the project (an export, a print) and says how it went. */
    public <T> void runInBackground(Callable<T> work, java.util.function.Function<T, String> done, String problem) {
        status.startWork(Texts.get("status.working"));
        runner.run(work, result -> {
            status.endWork();
            status.info(done.apply(result));
        }, error -> status.error(problem, error));
    }

    /** Opens an article at one of its claims (from the comparison or the timeline). */
    public void openClaim(long sourceId, long claimId) {
        openSourceId = sourceId;
        showArticle(claimId);
    }

    /** Marks the selected claim to be linked with others as one event. */
    public void markSelectedForLink() {
        Claim selected = article.selectedClaimProperty().get();
        if (selected == null) {
            status.info(Texts.get("status.noClaimSelected"));
            return;
        }
        comparison.markForLink(selected.id());
    }

    private void refreshHistory() {
        runner.run(() -> List.of(workbench.history().nextUndo(), workbench.history().nextRedo()), both -> {
            nextUndo.set(both.get(0));
            nextRedo.set(both.get(1));
        }, error -> status.error(Texts.get("problem.load"), error));
    }

    public StatusViewModel status() { return status; }
    public LibraryViewModel library() { return library; }
    public ArticleViewModel article() { return article; }
    public SearchViewModel search() { return search; }
    public ClaimEditorViewModel editor() { return editor; }
    public ChainEditorViewModel chain() { return chain; }
    public ObservableList<Tag> tags() { return tags; }
    public ReadOnlyObjectProperty<Optional<String>> nextUndoProperty() { return nextUndo.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<String>> nextRedoProperty() { return nextRedo.getReadOnlyProperty(); }
    /** The outcome of the latest import, so the view can list files that failed. */
    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() { return lastImport.getReadOnlyProperty(); }

    /** The open project's database file; null for a shared project on a server, which has none. */
    public Path projectFile() {
        return workbench.place().filePath().map(Path::toAbsolutePath).orElse(null);
    }

    /** Where the open project lives, as the window shows it: its file, or its server's URL without the password. */
    public String projectPlace() {
        return workbench.place().describe();
    }

    public String projectName() {
        return workbench.place().displayName();
    }

    /** The folder the project file is in, where its exports and copies are looked for first. */
    public java.io.File projectFolder() {
        Path file = projectFile();
        return file == null ? new java.io.File(System.getProperty("user.home")) : file.getParent().toFile();
    }

    /** Loads the library and opens its first article; in a shared project, starts watching for others' changes. */
    public void start() {
        status.info(Texts.get("status.opened", projectName()));
        reload(0, true); // the library first; then the comparison, then the search index (see reload)
        if (workbench.isShared()) {
            watchOthers();
        }
    }

    /** How often a shared project is asked whether others changed it: one short query each time. */
    private static final javafx.util.Duration WATCH_EVERY = javafx.util.Duration.seconds(3);
    private javafx.animation.Timeline watching;
    private boolean looking;

    /**
     * Every few seconds, off the JavaFX thread, asks whether others changed the shared project, and reloads
     * the window when they did. Stops when the project is closed (the question then fails).
     */
    private void watchOthers() {
        watching = new javafx.animation.Timeline(new javafx.animation.KeyFrame(WATCH_EVERY, event -> lookForOthers()));
        watching.setCycleCount(javafx.animation.Animation.INDEFINITE);
        watching.play();
    }

    private void lookForOthers() {
        if (looking) {
            return; // the last question has not been answered yet (a slow server): no queue of them
        }
        looking = true;
        try {
            runner.runReading(workbench::othersChanged, changed -> {
                looking = false;
                if (changed) {
                    status.info(Texts.get("status.othersChanged"));
                    reload(0, false);
                }
            }, error -> {
                looking = false;
                watching.stop(); // closed, or the server is gone: the next edit says so
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window's work has ended (it was closed): nothing is left to watch for, and the
            // animation must not go on asking every 3 s in a JavaFX that outlives this window
            looking = false;
            watching.stop();
        }
    }

    /** Stops watching a shared project for others' changes (the window is closing or showing another). */
    public void stopWatching() {
        if (watching != null) {
            watching.stop();
        }
    }

    private Runnable onFirstLoad = () -> { };
    private boolean loadedOnce;

    /** Runs {@code action} on the JavaFX thread once the library, tags and first article are shown. */
    public void whenLoaded(Runnable action) {
        if (loadedOnce) {
            action.run();
        } else {
            onFirstLoad = action;
        }
    }

    public void open(long sourceId) {
        if (sourceId != openSourceId) {
            openSourceId = sourceId;
            showArticle(0);
        }
    }

    /**
     * Opening an article changes nothing in the project, so only the article and its claims are
     * read: the library, the comparison and the timeline stay as they are, not recomputed on a click.
     */
    private void showArticle(long claimToSelect) {
        long sourceId = openSourceId;
        runner.run(() -> new OpenedArticle(workbench.library().source(sourceId), workbench.claims().seenClaimsOf(sourceId),
                        workbench.chains().chainsOf(sourceId)),
                opened -> {
            if (openSourceId == sourceId) { // not when another article was chosen meanwhile
                showClaims(opened.source(), opened.claims(), claimToSelect);
                article.showChains(sourceId, opened.chains());
            }
        }, error -> reload(claimToSelect, false)); // the article is gone: show the project as it is now
    }

    /**
     * Shows an article's claims as read; the claim in the editor takes the version read with them even
     * when it reads the same as before (someone changed it and changed it back).
     */
    private void showClaims(Source source, SeenClaims claims, long claimToSelect) {
        seen = claims;
        article.show(source, claims.claims(), claimToSelect);
        Claim selected = article.selectedClaimProperty().get();
        editing = selected == null || !claims.versions().containsKey(selected.id()) ? null : claims.of(selected);
    }

    private record OpenedArticle(Source source, SeenClaims claims, Map<Long, CitationChain> chains) {
    }

    /** Makes a claim of the selected text in the open article and selects it. */
    public void tagSelection(int start, int end, ClaimKind kind) {
        long sourceId = openSourceId;
        if (sourceId == 0) {
            status.info(Texts.get("status.noArticle"));
            return;
        }
        if (start == end) {
            status.info(Texts.get("status.selectFirst"));
            return;
        }
        edit(Texts.get("problem.tag"), () -> workbench.claims().tag(sourceId, start, end, kind).id(),
                id -> Texts.get("status.tagged", kind.key()));
    }

    /** Saves the editor's fields into the selected claim. */
    public void saveEditedClaim() {
        if (editor.loaded() == null || editor.isLoading()) {
            return;
        }
        Claim edited;
        try {
            edited = editor.edited();
        } catch (IllegalArgumentException e) {
            status.error(Texts.get("problem.saveClaim"), e);
            editor.load(editor.loaded());
            return;
        }
        if (edited.equals(editor.loaded())) {
            return;
        }
        Claim before = editor.loaded();
        SeenClaim opened = editing;
        editor.accept(edited);
        runner.run(() -> {
            // a save of mine still on its way to the window is no one else's change
            SeenClaim base = newer(opened, afterMySave.get(opened.claim().id()));
            SeenClaim saved = workbench.claims().update(base, workbench.suggestions().asExtractorReads(edited, before));
            afterMySave.put(saved.claim().id(), saved);
            return saved.claim();
        }, saved -> {
            status.info(Texts.get("status.saved"));
            reload(saved.id(), false);
        }, error -> conflictOrError(error, edited, before));
    }

    private static SeenClaim newer(SeenClaim opened, SeenClaim mine) {
        return mine == null || mine.version() < opened.version() ? opened : mine;
    }

    /**
     * A save that met someone else's change asks the researcher to take theirs or keep theirs own
     * (either one undoable); any other failure is shown as it is.
     */
    private void conflictOrError(Throwable error, Claim mine, Claim seenBefore) {
        Optional<ClaimConflictException> conflict = ClaimConflictException.in(error);
        if (conflict.isEmpty() || conflict.get().theirs().isEmpty()) {
            status.error(Texts.get("problem.saveClaim"), error);
            reload(0, false);
            return;
        }
        ClaimConflictException question = conflict.get();
        SeenClaim theirs = question.theirs().get();
        ConflictChoice choice = conflictQuestion.apply(question);
        runner.run(() -> {
            Claim mineAsRead = workbench.suggestions().asExtractorReads(mine, seenBefore);
            if (choice == ConflictChoice.OVERWRITE) {
                afterMySave.put(mine.id(), workbench.claims().overwrite(theirs, mineAsRead));
            } else {
                workbench.claims().takeTheirs(theirs, mineAsRead);
            }
            return mine.id();
        }, id -> {
            status.info(Texts.get(choice == ConflictChoice.OVERWRITE ? "conflict.overwritten" : "conflict.reloaded",
                    question.by()));
            reload(id, false);
        }, again -> conflictOrError(again, mine, seenBefore));
    }

    /**
     * How the window asks, after a save met someone else's change, whether to take theirs or keep
     * the researcher's own; without a window the other person's version is taken (undo brings back one's own).
     */
    public void setConflictQuestion(java.util.function.Function<ClaimConflictException, ConflictChoice> question) {
        this.conflictQuestion = question;
    }

    /**
     * The same question after a save of an article's details, a group edit or the alias table met someone
     * else's change; without a window theirs is taken (and nothing of one's own is saved).
     */
    public void setEditConflictQuestion(
            java.util.function.Function<org.crosscheck.service.ConflictingEditException, ConflictChoice> question) {
        editConflicts.setQuestion(question);
        comparison.setConflictQuestion(question);
    }

    /** Shows the citation chain of the selected claim, read off the JavaFX thread. */
    private void loadChain(Claim claim) {
        if (claim == null) {
            chain.clear();
            return;
        }
        long claimId = claim.id();
        runner.run(() -> workbench.chains().chainOf(claimId), found -> {
            Claim selected = article.selectedClaimProperty().get();
            if (selected != null && selected.id() == claimId) {
                chain.show(claimId, found);
            }
        }, error -> status.error(Texts.get("problem.load"), error));
    }

    /** Saves the chain as the researcher corrected it (both fields empty: read from the text again). */
    public void saveChain() {
        if (!chain.changed() || workbench.isReadOnly()) {
            return;
        }
        long claimId = chain.claimId();
        String speaker = chain.speakerProperty().get();
        String carriers = chain.carriersProperty().get();
        runner.run(() -> workbench.chains().edit(claimId, speaker, carriers), saved -> {
            chain.show(claimId, saved);
            status.info(Texts.get("status.chainSaved"));
            reload(claimId, false);
        }, error -> {
            status.error(Texts.get("problem.saveClaim"), error);
            reload(claimId, false);
        });
    }

    /**
     * Confirms the chain as read from the text: it is kept as it stands through re-scans, and a
     * described speaker ("a top Russian security official") is, in the whole article, the person the
     * chain names. Undoable, as every edit is.
     */
    public void confirmChain() {
        long claimId = chain.claimId();
        if (claimId == 0 || chain.editedProperty().get() || chain.chainProperty().get().isEmpty()
                || workbench.isReadOnly()) {
            return;
        }
        String speaker = chain.speaker();
        String carriers = chain.carriersShown();
        runner.run(() -> workbench.chains().edit(claimId, speaker, carriers), saved -> {
            chain.show(claimId, saved);
            status.info(Texts.get("status.chainConfirmed"));
            reload(claimId, false);
        }, error -> {
            status.error(Texts.get("problem.saveClaim"), error);
            reload(claimId, false);
        });
    }

    /** Confirms the selected suggestion and moves on to the next one. */
    public void confirmSelectedClaim() {
        judgeSelected(ClaimStatus.CONFIRMED);
    }

    /** Rejects the selected suggestion (it stays, struck through) and moves on to the next one. */
    public void rejectSelectedClaim() {
        judgeSelected(ClaimStatus.REJECTED);
    }

    /** The Delete key: a suggestion is rejected, so a re-scan will not offer it again; a claim is deleted. */
    public void rejectOrDeleteSelectedClaim() {
        Claim selected = article.selectedClaimProperty().get();
        if (selected != null && selected.status() == ClaimStatus.SUGGESTED) {
            rejectSelectedClaim();
        } else {
            deleteSelectedClaim();
        }
    }

    private void judgeSelected(ClaimStatus verdict) {
        Claim selected = article.selectedClaimProperty().get();
        if (selected == null) {
            status.info(Texts.get("status.noClaimSelected"));
            return;
        }
        long next = article.nextSuggestionAfter(selected, true).map(Claim::id).orElse(selected.id());
        edit(Texts.get("problem.saveClaim"), () -> {
            if (verdict == ClaimStatus.CONFIRMED) {
                workbench.claims().confirm(selected.id());
            } else {
                workbench.claims().reject(selected.id());
            }
            return next;
        }, id -> Texts.get(verdict == ClaimStatus.CONFIRMED ? "status.suggestionConfirmed" : "status.suggestionRejected"));
    }

    /** Selects the next (or previous) open suggestion of the article, wrapping round. */
    public void selectSuggestion(boolean forward) {
        Optional<Claim> next = article.nextSuggestionAfter(article.selectedClaimProperty().get(), forward);
        if (next.isPresent()) {
            article.selectedClaimProperty().set(next.get());
        } else {
            status.info(Texts.get("status.noSuggestions"));
        }
    }

    /** Confirms every open suggestion of the open article, as one undoable step. */
    public void acceptAllInArticle() {
        long sourceId = openSourceId;
        if (sourceId == 0) {
            status.info(Texts.get("status.noArticle"));
            return;
        }
        long selectedId = Optional.ofNullable(article.selectedClaimProperty().get()).map(Claim::id).orElse(0L);
        runner.run(() -> workbench.claims().acceptAll(sourceId), count -> {
            status.info(Texts.get("status.acceptedAll", count));
            reload(selectedId, false);
        }, error -> status.error(Texts.get("problem.saveClaim"), error));
    }

    public void deleteSelectedClaim() {
        Claim selected = article.selectedClaimProperty().get();
        if (selected == null) {
            status.info(Texts.get("status.noClaimSelected"));
            return;
        }
        edit(Texts.get("problem.deleteClaim"), () -> {
            workbench.claims().delete(selected.id());
            return 0L;
        }, id -> Texts.get("status.deleted"));
    }

    /**
     * Saves an article's details as edited from {@code seen}, as the dialog showed them; when someone else
     * changed them since, asks whether to take theirs or overwrite (see {@link #setEditConflictQuestion}).
     */
    public void saveMetadata(long sourceId, SourceMetadata seen, SourceMetadata metadata) {
        runner.run(() -> workbench.library().updateMetadata(sourceId, seen, metadata), saved -> {
            status.info(Texts.get("status.saved"));
            reload(0, false);
        }, error -> editConflicts.handle(error, Texts.get("problem.saveSource"), () -> reload(0, false)));
    }

    /** A new title for a source (library › Rename…). */
    public void renameSource(long sourceId, String title) {
        edit(Texts.get("problem.saveSource"), () -> {
            workbench.library().rename(sourceId, title);
            return 0L;
        }, id -> Texts.get("status.sourceRenamed", title.strip()));
    }

    /**
     * Deletes a source with its claims as one undoable step; the comparison and the timeline are
     * computed again without it, and the first article opens when it was the one open.
     */
    public void deleteSource(long sourceId, String title) {
        runner.run(() -> workbench.library().delete(sourceId), claims -> {
            status.info(Texts.get("status.sourceDeleted", title, claims));
            reload(0, true);
        }, error -> {
            status.error(Texts.get("problem.deleteSource"), error);
            reload(0, true);
        });
    }

    /** Reads one article again for suggestions, with progress and Cancel, keeping what the researcher judged. */
    public void rescanSource(long sourceId) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.rescanning"), cancellation);
        runner.run(() -> workbench.suggestions().rescan(sourceId, cancellation.watching(toStatus())),
                changed -> {
                    status.endWork();
                    status.info(Texts.get("status.rescanned", changed));
                    reload(0, false);
                },
                error -> status.failed(Texts.get("problem.rescan"), Texts.get("status.rescanCancelled"), error));
    }

    /** Loads a source with its text and hands it to {@code use} on the JavaFX thread. */
    public void withSource(long sourceId, java.util.function.Consumer<Source> use) {
        runner.run(() -> workbench.library().source(sourceId), use::accept,
                error -> status.error(Texts.get("problem.load"), error));
    }

    /** The researcher's name for a story. */
    public void renameStory(long storyId, String name) {
        edit(Texts.get("problem.story"), () -> {
            workbench.stories().rename(storyId, name);
            return 0L;
        }, id -> Texts.get("status.storyRenamed", name));
    }

    /** Puts every article of one story into another. */
    public void mergeStory(long fromStoryId, long intoStoryId) {
        edit(Texts.get("problem.story"), () -> {
            workbench.stories().merge(fromStoryId, intoStoryId);
            return 0L;
        }, id -> Texts.get("status.storiesMerged"));
    }

    /** Puts the chosen articles into a new story of their own. */
    public void splitStory(java.util.Set<Long> sourceIds, String name) {
        edit(Texts.get("problem.story"), () -> {
            workbench.stories().split(sourceIds, name);
            return 0L;
        }, id -> Texts.get("status.storySplit", sourceIds.size(), name));
    }

    /** Moves the chosen articles into another story. */
    public void moveToStory(java.util.Set<Long> sourceIds, long storyId) {
        edit(Texts.get("problem.story"), () -> {
            workbench.stories().move(sourceIds, storyId);
            return 0L;
        }, id -> Texts.get("status.movedToStory", sourceIds.size()));
    }

    public void createTag(String name, String color) {
        edit(Texts.get("problem.tagEdit"), () -> {
            workbench.tags().create(name, color);
            return 0L;
        }, id -> Texts.get("status.tagCreated", name));
    }

    public void renameTag(long tagId, String name) {
        edit(Texts.get("problem.tagEdit"), () -> {
            workbench.tags().rename(tagId, name);
            return 0L;
        }, id -> Texts.get("status.saved"));
    }

    public void recolorTag(long tagId, String color) {
        edit(Texts.get("problem.tagEdit"), () -> {
            workbench.tags().recolor(tagId, color);
            return 0L;
        }, id -> Texts.get("status.saved"));
    }

    public void deleteTag(long tagId) {
        edit(Texts.get("problem.tagEdit"), () -> {
            workbench.tags().delete(tagId);
            return 0L;
        }, id -> Texts.get("status.tagDeleted"));
    }

    public void undo() {
        edit(Texts.get("problem.undo"), () -> {
            Optional<String> undone = workbench.history().undo();
            lastHistoryMessage = undone.map(what -> Texts.get("status.undone", what)).orElse(Texts.get("status.nothingToUndo"));
            return 0L;
        }, id -> lastHistoryMessage);
    }

    public void redo() {
        edit(Texts.get("problem.redo"), () -> {
            Optional<String> redone = workbench.history().redo();
            lastHistoryMessage = redone.map(what -> Texts.get("status.redone", what)).orElse(Texts.get("status.nothingToRedo"));
            return 0L;
        }, id -> lastHistoryMessage);
    }

    private volatile String lastHistoryMessage = "";

    /**
     * Imports files off the JavaFX thread with progress in the status bar; REFI-QDA projects among
     * them first, each on its own ({@link #importQdpx}), then the articles.
     */
    public void importFiles(List<Path> files) {
        List<Path> qdpx = files.stream().filter(QdpxImport::isQdpx).toList();
        if (!qdpx.isEmpty()) {
            importQdpx(qdpx, () -> importFiles(files.stream().filter(file -> !QdpxImport.isQdpx(file)).toList()));
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.importing"), cancellation);
        runner.run(() -> workbench.imports().importFiles(files, cancellation.watching(toStatus())),
                report -> {
                    status.endWork();
                    lastImport.set(report);
                    status.info(report.summary());
                    reload(0, openSourceId == 0);
                },
                error -> status.failed(Texts.get("problem.import"), Texts.get("status.importCancelled"), error));
    }

    /**
     * Imports REFI-QDA projects, each as one edit, and says in the status bar what came in and what
     * Crosscheck could not represent; {@code then} runs after the last one.
     */
    private void importQdpx(List<Path> files, Runnable then) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.importing"), cancellation);
        runner.run(() -> {
            List<String> summaries = new java.util.ArrayList<>();
            for (Path file : files) {
                summaries.add(workbench.qdpxImport().importFile(file, cancellation.watching(toStatus())).summary());
            }
            return String.join(" ", summaries);
        }, summary -> {
            status.endWork();
            status.info(summary);
            reload(0, openSourceId == 0);
            then.run();
        }, error -> status.failed(Texts.get("problem.import"), Texts.get("status.importCancelled"), error));
    }

    /** Progress of work on a background thread, shown in the status bar. */
    private org.crosscheck.service.Progress toStatus() {
        return (done, total, what) -> Platform.runLater(() -> status.progress(done, total, what));
    }

    /** Help › Check project: reads the whole project off the JavaFX thread; {@code show} gets the result. */
    public void checkProject(java.util.function.Consumer<org.crosscheck.service.ProjectCheck.Result> show) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.checking"), cancellation);
        runner.run(() -> workbench.check().run(cancellation.watching(toStatus())), result -> {
            status.endWork();
            status.info(result.isHealthy() ? Texts.get("status.checkedHealthy") : Texts.get("status.checkedDamaged"));
            show.accept(result);
        }, error -> status.failed(Texts.get("problem.check"), Texts.get("status.checkCancelled"), error));
    }

    /** Builds the report and writes it as PDF or HTML, off the JavaFX thread. */
    public void exportReport(ReportScope scope, Path file) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.reporting"), cancellation);
        runner.run(() -> workbench.reports().export(scope, file, cancellation.watching(toStatus())), written -> {
            status.endWork();
            status.info(Texts.get("status.exported", written));
        }, error -> status.failed(Texts.get("problem.report"), Texts.get("status.exportCancelled"), error));
    }

    /** File › Export: the CSV tables, the JSON project and ClaimReview. */
    public ExportViewModel exports() {
        return exports;
    }

    /**
     * Restores a JSON project as the new project {@code target}, off the JavaFX thread with
     * progress and Cancel; {@code opened} gets the new project to open in this window.
     */
    public void restoreProject(Path json, ProjectPlace target, java.util.function.Consumer<ProjectPlace> opened) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.restoringProject", json.getFileName()), cancellation);
        runner.run(() -> org.crosscheck.service.ProjectFromExport.restore(json, target,
                cancellation.watching(toStatus())), restored -> {
            status.endWork();
            status.info(Texts.get("status.restoredProject", target.displayName(), restored.sources(),
                    restored.claims()));
            opened.accept(target);
        }, error -> status.failed(Texts.get("problem.restoreProject"), Texts.get("status.restoreCancelled"), error));
    }

    /** Builds the report's PDF off the JavaFX thread and hands it to {@code print} on the JavaFX thread. */
    public void reportPdf(ReportScope scope, java.util.function.Consumer<byte[]> print) {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.reporting"), cancellation);
        runner.run(() -> workbench.reports().pdf(scope, cancellation.watching(toStatus())), pdf -> {
            status.endWork();
            status.info(Texts.get("status.choosePrinter"));
            print.accept(pdf);
        }, error -> status.failed(Texts.get("problem.report"), Texts.get("status.printCancelled"), error));
    }

    /** Re-reads every article for suggestions, keeping what the researcher made or judged. */
    public void rescanAll() {
        Cancellation cancellation = new Cancellation();
        status.startWork(Texts.get("status.rescanning"), cancellation);
        runner.run(() -> workbench.suggestions().rescanAll(cancellation.watching(toStatus())),
                changed -> {
                    status.endWork();
                    status.info(Texts.get("status.rescanned", changed));
                    reload(0, false);
                },
                error -> status.failed(Texts.get("problem.rescan"), Texts.get("status.rescanCancelled"), error));
    }

    /** Loads the alias table for editing; {@code edit} runs on the JavaFX thread with it. */
    public void editAliases(java.util.function.BiFunction<List<TableEntity>, List<AliasService.Proposal>,
            Optional<List<TableEntity>>> edit) {
        runner.run(() -> new AliasesToEdit(workbench.aliases().rows(), workbench.aliases().proposals()),
                loaded -> edit.apply(loaded.entities(), loaded.proposals()).ifPresent(
                edited -> {
                    status.startWork(Texts.get("status.rescanning"));
                    runner.run(() -> workbench.aliases().saveRows(loaded.entities(), edited), changed -> {
                        status.endWork();
                        status.info(Texts.get("status.aliasesSaved", changed));
                        reload(0, false);
                    }, error -> {
                        status.endWork();
                        editConflicts.handle(error, Texts.get("problem.aliases"), () -> reload(0, false));
                    });
                }), error -> status.error(Texts.get("problem.aliases"), error));
    }

    /** The review list of who speakers are (Tags › Speakers and identities…); an answer reloads the window. */
    public SpeakerIdentitiesViewModel speakerIdentities() {
        return new SpeakerIdentitiesViewModel(workbench.speakerIdentities(), runner, status, () -> reload(0, false));
    }

    private record AliasesToEdit(List<TableEntity> entities, List<AliasService.Proposal> proposals) {
    }

    /** Runs one edit, then reloads the window; {@code message} turns the edit's result into status text. */
    private void edit(String problem, Callable<Long> work, java.util.function.Function<Long, String> message) {
        runner.run(work, claimId -> {
            status.info(message.apply(claimId));
            reload(claimId, false);
        }, error -> {
            status.error(problem, error);
            reload(0, false);
        });
    }

    /** Reloads the library, the tags and the open article from the project. */
    private void reload(long claimToSelect, boolean openFirst) {
        long shownSourceId = openSourceId;
        runner.run(() -> loadSnapshot(shownSourceId, openFirst), snapshot -> {
            library.setSources(snapshot.summaries(), snapshot.stories());
            tags.setAll(snapshot.tags());
            openSourceId = snapshot.source() == null ? 0 : snapshot.source().id();
            showClaims(snapshot.source(), snapshot.claims(), claimToSelect);
            loadChain(article.selectedClaimProperty().get()); // an undo may have changed it, the claim not
            if (snapshot.source() != null) {
                article.showChains(snapshot.source().id(), snapshot.chains());
            }
            nextUndo.set(snapshot.nextUndo());
            comparison.projectChanged();
            timeline.projectChanged();
            speakers.projectChanged();
            nextRedo.set(snapshot.nextRedo());
            if (!loadedOnce) {
                loadedOnce = true;
                // the comparison right after the library, so the Comparison and Timeline tabs open at once; the
                // search index after it, and after the first tab or article the researcher opens then: its rebuild
                // on a large project reads every article and shares the cores (a search asked sooner makes it at once)
                workbench.comparison().computeAhead().whenComplete((compared, failed) -> SEARCH_LATER.execute(() -> {
                    try {
                        runner.run(() -> null, ignored -> search.prepare(), error -> { });
                    } catch (java.util.concurrent.RejectedExecutionException closed) {
                        // the window closed meanwhile: its project needs no index any more
                    }
                }));
                onFirstLoad.run();
            }
        }, error -> status.error(Texts.get("problem.load"), error));
    }

    /** How long after the comparison is ready the search index is made (or caught up). */
    private static final java.util.concurrent.Executor SEARCH_LATER =
            java.util.concurrent.CompletableFuture.delayedExecutor(3, java.util.concurrent.TimeUnit.SECONDS);

    /** Runs on the worker thread: reads everything the window shows in one go. */
    private Snapshot loadSnapshot(long shownSourceId, boolean openFirst) {
        List<SourceSummary> summaries = workbench.library().summaries();
        boolean stillThere = summaries.stream().anyMatch(summary -> summary.id() == shownSourceId);
        long sourceId = stillThere ? shownSourceId : openFirst && !summaries.isEmpty() ? summaries.get(0).id() : 0;
        Source source = sourceId == 0 ? null : workbench.library().source(sourceId);
        SeenClaims claims = sourceId == 0 ? new SeenClaims(List.of(), java.util.Map.of())
                : workbench.claims().seenClaimsOf(sourceId);
        // the chains of its claims come with them, for the rows of the Claims list
        Map<Long, CitationChain> chains = sourceId == 0 ? Map.of() : workbench.chains().chainsOf(sourceId);
        return new Snapshot(summaries, workbench.stories().all(), workbench.tags().all(), source, claims, chains,
                workbench.history().nextUndo(), workbench.history().nextRedo());
    }

    private record Snapshot(List<SourceSummary> summaries, List<StoryService.StoryEntry> stories, List<Tag> tags,
                            Source source, SeenClaims claims, Map<Long, CitationChain> chains,
                            Optional<String> nextUndo, Optional<String> nextRedo) {
    }
}
