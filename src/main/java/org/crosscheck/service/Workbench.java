package org.crosscheck.service;

import java.nio.file.Files;
import org.crosscheck.store.ChangeTopic;
import org.crosscheck.store.Database;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.ProjectLockedException;

/**
 * An open project and the use cases that work on it. Opening blocks on disk: call it from a
 * background thread. Closing releases the project for other windows.
 */
public final class Workbench implements AutoCloseable {

    private final Database database;
    private final UndoHistory history;
    private final LibraryService library;
    private final ClaimService claims;
    private final TagService tags;
    private final ImportService imports;
    private final ComparisonService comparison;
    private final ChainService chains;
    private final SourceGradeService grades;
    private final SpeakerIdentityService speakerIdentities;
    private final SuggestionService suggestions;
    private final AliasService aliases;
    private final StoryService stories;
    private final SourceColours sourceColours;

    private Workbench(Database database) {
        this.database = database;
        this.history = new UndoHistory(database);
        this.claims = new ClaimService(database, history);
        this.tags = new TagService(database, history);
        this.suggestions = new SuggestionService(database, history, this::projectAliases);
        this.aliases = new AliasService(database, history, suggestions);
        this.stories = new StoryService(database, history);
        this.library = new LibraryService(database, history, suggestions, stories);
        this.imports = new ImportService(database, history, suggestions, stories);
        this.comparison = new ComparisonService(database, history, suggestions::extractor);
        this.chains = new ChainService(database, history, suggestions::extractor);
        this.grades = new SourceGradeService(database, history);
        this.speakerIdentities = new SpeakerIdentityService(database, history, suggestions::extractor, chains, comparison);
        this.sourceColours = new SourceColours(database);
    }

    /**
     * Opens a project, creating it when the file does not exist yet (a shared project on a server is
     * made in its empty database).
     *
     * @param fillNewWithSample whether a newly created project starts with the sample articles
     * @throws org.crosscheck.store.ProjectLockedException if another Crosscheck has it open
     */
    public static Workbench open(ProjectLocation file, boolean fillNewWithSample) {
        return open(file, fillNewWithSample, Progress.NONE);
    }

    /**
     * The same, telling {@code progress} what the opening is doing when it takes long: an older project's
     * schema migrations step by step, the sample's import into a new one, stories sorted again.
     */
    public static Workbench open(ProjectLocation file, boolean fillNewWithSample, Progress progress) {
        Workbench workbench = new Workbench(Database.open(file, Database.Access.EDIT, (step, steps, description) ->
                progress.update(step - 1, steps, "Bringing the project up to this version: step " + step + " of "
                        + steps + " (" + description + ")…")));
        boolean isNew = workbench.database.wasCreated();
        try {
            if (!workbench.isReadOnly()) {
                workbench.aliases.adoptShippedTable(); // before the sample's claims, which it links
            }
            if (isNew && fillNewWithSample) {
                workbench.imports.importSample(progress);
            } else if (!workbench.isReadOnly()) {
                workbench.stories.updateIfStale(progress); // a project made before stories, or cut off while clustering
            }
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
        return workbench;
    }

    /** Whether opening failed because another Crosscheck window or command has the project open. */
    public static boolean isHeldElsewhere(Throwable error) {
        return error instanceof ProjectLockedException;
    }

    /** Opens the project at {@code place}, as {@link #open(ProjectLocation, boolean)} does. */
    public static Workbench open(ProjectPlace place, boolean fillNewWithSample) {
        return open(place.location(), fillNewWithSample);
    }

    /** Opens the project at {@code place} with progress, as {@link #open(ProjectLocation, boolean, Progress)} does. */
    public static Workbench open(ProjectPlace place, boolean fillNewWithSample, Progress progress) {
        return open(place.location(), fillNewWithSample, progress);
    }

    /** Opens the project at {@code place} only to read it, as {@link #openForReading(ProjectLocation)} does. */
    public static Workbench openForReading(ProjectPlace place) {
        return openForReading(place.location());
    }

    /** Where the project lives, for the window and the commands. */
    public ProjectPlace place() {
        return ProjectPlace.at(database.project());
    }

    /**
     * Opens an existing project only to read it: never created, migrated or written, so a
     * command that reports on a project leaves its file byte for byte as it was.
     */
    public static Workbench openForReading(ProjectLocation file) {
        return new Workbench(Database.open(file, Database.Access.READ));
    }

    /** Whether this is a shared project on a server, which others change while it is open here. */
    public boolean isShared() {
        return database.isShared();
    }

    /**
     * Whether others changed the shared project since this workbench last looked or wrote (then the
     * window reloads): its articles, claims and tags, or its stories, group edits, entities and aliases,
     * speakers and grades. What is kept here from the project is then worked out again: the comparison,
     * and the extractor when the aliases changed. Blocking: call it off the JavaFX thread.
     */
    public boolean othersChanged() {
        java.util.Set<ChangeTopic> changed = database.takeOthersChanges();
        if (changed.contains(ChangeTopic.ENTITIES)) {
            suggestions.forgetAliases(); // their aliases name the subjects of the next import or re-scan
        }
        if (!changed.isEmpty()) {
            history.othersChanged(); // so the comparison is computed again, with their changes
        }
        return !changed.isEmpty();
    }

    /** Whether edits are refused: the project file cannot be written, or was opened only to read. */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    public ProjectLocation project() {
        return database.project();
    }

    /** The open project, for services made beside these (a second person's, in tests of two people at once). */
    Database database() {
        return database;
    }

    public UndoHistory history() {
        return history;
    }

    public LibraryService library() {
        return library;
    }

    public ClaimService claims() {
        return claims;
    }

    public TagService tags() {
        return tags;
    }

    public ImportService imports() {
        return imports;
    }

    private org.crosscheck.extract.AliasTable projectAliases() {
        return aliases.table();
    }

    public SuggestionService suggestions() {
        return suggestions;
    }

    public AliasService aliases() {
        return aliases;
    }

    /** The comparison report of this project. */
    public ReportService reports() {
        return new ReportService(this);
    }

    /** File › Export › Project (JSON)…: the whole project as one JSON file. */
    public ProjectExport projectExport() {
        return new ProjectExport(database, suggestions::extractor);
    }

    /** File › Export: the claims and verdicts as CSV tables, the verdicts as ClaimReview JSON-LD. */
    public Exports exports() {
        return new Exports(database, suggestions::extractor);
    }

    /** File › Export REFI-QDA project…: the project as a .qdpx for other QDA tools. */
    public QdpxExport qdpxExport() {
        return new QdpxExport(projectExport(), database.project().displayName(), suggestions::extractor);
    }

    /** Restores a JSON project file into this project, which must be empty. */
    public ProjectImport projectImport() {
        return new ProjectImport(database, history, suggestions);
    }

    /** Imports a REFI-QDA project (.qdpx) into this project, empty or not. */
    public QdpxImport qdpxImport() {
        return new QdpxImport(history, stories);
    }

    /** Help › Check project: reads the whole project for damage. */
    public ProjectCheck check() {
        return new ProjectCheck(database);
    }

    /** Full-text search over the articles and their claims. */
    public SearchService search() {
        return new SearchService(database);
    }

    public StoryService stories() {
        return stories;
    }

    /** The review list of who speakers are, within articles and across them. */
    public SpeakerIdentityService speakerIdentities() {
        return speakerIdentities;
    }

    /** Citation chains and who described speakers are. */
    public ChainService chains() {
        return chains;
    }

    /** Admiralty grades of speakers and outlets. */
    public SourceGradeService grades() {
        return grades;
    }

    public ComparisonService comparison() {
        return comparison;
    }

    /** The colour slot each source keeps in this project. */
    public SourceColours sourceColours() {
        return sourceColours;
    }

    /** What the timeline draws, read in one go. Blocking. */
    public TimelineData timeline() {
        Comparison compared = comparison.compare();
        return new TimelineData(compared.statements(), compared.groups(), library.summaries(), tags.all());
    }

    @Override
    public void close() {
        comparison.close();
        database.close();
    }
}
