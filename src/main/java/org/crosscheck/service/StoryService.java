package org.crosscheck.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.compare.StoryAssigner;
import org.crosscheck.compare.StoryCluster;
import org.crosscheck.compare.StoryClusterer;
import org.crosscheck.compare.StoryInput;
import org.crosscheck.compare.StoryTitles;
import org.crosscheck.extract.StoryFeatures;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryFingerprint;
import org.crosscheck.model.StoryPlacement;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;

/**
 * The project's stories: articles clustered by what they share, kept stable across re-clustering
 * (see {@link StoryAssigner}), and the researcher's renames, merges, splits and moves, each one
 * undoable edit. Blocking: call from a background thread. Thread-safe.
 */
public final class StoryService {

    private final Database database;
    private final UndoHistory history;
    private final StoryRepository stories = new StoryRepository();
    private final SourceRepository sources = new SourceRepository();

    StoryService(Database database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    /** A story with its articles, for the library. */
    public record StoryEntry(Story story, List<Long> sourceIds) {
    }

    /** What identifies a text's story, to be saved with it. */
    static String termsOf(Source source) {
        return StoryFeatures.of(source.title(), withoutHeadline(source.text(), source.title()),
                source.published().isKnown() ? source.published().date() : null).encode();
    }

    /**
     * The text without its first line when that line is the title: a saved article starts with its
     * headline, and the title already counts once as the title.
     */
    static String withoutHeadline(String text, String title) {
        String stripped = text.stripLeading();
        if (title.isBlank() || !stripped.startsWith(title.strip())) {
            return text;
        }
        return stripped.substring(title.strip().length());
    }

    /**
     * Reads the story terms of articles that have none yet (a project made before stories) or have
     * terms of an older format, then clusters every article again. Not an undoable edit: stories are derived, and what the
     * researcher did by hand is kept.
     */
    public void update() {
        List<Long> unread = unread();
        if (!unread.isEmpty()) {
            Map<Long, String> terms = new LinkedHashMap<>();
            for (long id : unread) {
                database.inTransaction("read an article", transaction -> sources.find(transaction, id))
                        .ifPresent(source -> terms.put(id, termsOf(source)));
            }
            database.inTransaction("save story terms", transaction -> {
                stories.saveTerms(transaction, terms);
                return null;
            });
        }
        recluster();
    }

    /**
     * {@link #update()} when some article has no story terms yet, or terms an older version wrote;
     * a new clustering when some article is in no story (an import cut off by a crash after its
     * articles were saved); otherwise nothing, so opening stays quick.
     */
    void updateIfStale(Progress progress) {
        if (!unread().isEmpty()) {
            progress.update(0, 0, "Reading the articles' story terms and sorting them into stories…");
            update();
        } else if (database.inTransaction("find articles in no story", transaction -> stories.placements(transaction)
                .stream().anyMatch(placement -> placement.storyId() == null))) {
            progress.update(0, 0, "Sorting the articles into stories…");
            recluster();
        }
    }

    /** Articles with no story terms, or terms of an older format than this version reads them. */
    private List<Long> unread() {
        return database.inTransaction("find articles without story terms", transaction ->
                stories.withoutTerms(transaction, StoryFingerprint.currentPrefix()));
    }

    /** Reads one article's story terms again (its title or date changed) and clusters every article again. */
    void reread(long sourceId) {
        Optional<Source> source = database.inTransaction("load the article", transaction -> sources.find(transaction, sourceId));
        if (source.isPresent()) {
            String terms = termsOf(source.get());
            database.inTransaction("save the article's story terms", transaction -> {
                stories.saveTerms(transaction, Map.of(sourceId, terms));
                return null;
            });
        }
        recluster();
    }

    /** The story terms saved for an article, as stored (for tests and diagnosis). */
    Optional<String> storedTerms(long sourceId) {
        return Optional.ofNullable(database.inTransaction("load story terms", stories::terms).get(sourceId));
    }

    /** Clusters every article and applies the result, keeping ids, hand placements and hand names. */
    public void recluster() {
        history.derivedChanged(); // before as well as after: a comparison computed meanwhile is not kept
        try {
            clusterAndApply();
        } finally {
            history.derivedChanged();
        }
    }

    private void clusterAndApply() {
        database.inTransaction("cluster the articles into stories", transaction -> {
            List<StoryInput> inputs = new ArrayList<>();
            Map<String, String> spellings = new HashMap<>();
            for (Map.Entry<Long, String> row : stories.terms(transaction).entrySet()) {
                inputs.add(new StoryInput(row.getKey(), sharingSpellings(StoryFingerprint.decode(row.getValue()), spellings)));
            }
            spellings = null; // the clustering keeps its terms by id, not this map
            inputs.sort(Comparator.comparingLong(StoryInput::sourceId));
            Map<Long, StoryTitles.Headline> headlines = new HashMap<>();
            for (SourceSummary summary : sources.summaries(transaction)) {
                headlines.put(summary.id(), new StoryTitles.Headline(summary.title(),
                        summary.published().isKnown() ? summary.published().date() : null));
            }
            List<StoryCluster> clusters = StoryClusterer.cluster(inputs).stream()
                    .map(cluster -> new StoryCluster(cluster.sourceIds(), StoryTitles.name(cluster.sourceIds().stream()
                            .map(headlines::get).filter(Objects::nonNull).toList(), cluster.name())))
                    .toList();
            StoryAssigner.Plan plan = StoryAssigner.plan(clusters, stories.placements(transaction), stories.all(transaction));
            Map<Long, Long> createdIds = new HashMap<>();
            for (Map.Entry<Long, String> created : plan.created().entrySet()) {
                createdIds.put(created.getKey(), stories.insert(transaction, new Story(0, created.getValue(), false)).id());
            }
            for (Story renamed : plan.renamed()) {
                stories.update(transaction, renamed);
            }
            stories.place(transaction, plan.placements().stream().map(placement -> new StoryPlacement(
                    placement.sourceId(), createdIds.getOrDefault(placement.storyId(), placement.storyId()), false))
                    .toList());
            for (long removed : plan.removed()) {
                stories.delete(transaction, removed);
            }
            return null;
        });
    }

    /**
     * The fingerprint with every term and headline word one shared string per spelling: a library's
     * articles repeat the same few hundred thousand spellings, and a decoded fingerprint holds a
     * string of its own for each.
     */
    private static StoryFingerprint sharingSpellings(StoryFingerprint fingerprint, Map<String, String> spellings) {
        return new StoryFingerprint(fingerprint.date(), fingerprint.eventDay(),
                shared(fingerprint.headline(), spellings), shared(fingerprint.terms(), spellings));
    }

    private static List<String> shared(List<String> words, Map<String, String> spellings) {
        List<String> shared = new ArrayList<>(words.size());
        for (String word : words) {
            shared.add(spellings.computeIfAbsent(word, spelling -> spelling));
        }
        return shared;
    }

    /** Every story that has articles, largest first, then by name. */
    public List<StoryEntry> all() {
        return database.inTransaction("load the stories", transaction -> {
            Map<Long, List<Long>> members = new HashMap<>();
            for (StoryPlacement placement : stories.placements(transaction)) {
                if (placement.storyId() != null) {
                    members.computeIfAbsent(placement.storyId(), id -> new ArrayList<>()).add(placement.sourceId());
                }
            }
            List<StoryEntry> entries = new ArrayList<>();
            for (Story story : stories.all(transaction)) {
                List<Long> ids = members.get(story.id());
                if (ids != null) {
                    entries.add(new StoryEntry(story, List.copyOf(ids)));
                }
            }
            entries.sort(Comparator.comparingInt((StoryEntry entry) -> entry.sourceIds().size()).reversed()
                    .thenComparing(entry -> entry.story().name(), String.CASE_INSENSITIVE_ORDER));
            return entries;
        });
    }

    /** The researcher's name for a story; re-clustering keeps it. */
    public void rename(long storyId, String name) {
        String wanted = Objects.requireNonNull(name, "name").strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("A story needs a name.");
        }
        Snapshot before = snapshot(Set.of(storyId), Set.of());
        Story story = before.story(storyId);
        if (story.namedByHand() && story.name().equals(wanted)) {
            return;
        }
        Snapshot after = before.withStory(story.named(wanted));
        perform("Rename story", before, after);
    }

    /** Moves every article of one story into another, by hand, and removes the emptied story. */
    public void merge(long fromStoryId, long intoStoryId) {
        if (fromStoryId == intoStoryId) {
            return;
        }
        Snapshot before = snapshot(Set.of(fromStoryId, intoStoryId), Set.of());
        Snapshot after = before.movedFrom(fromStoryId, intoStoryId).without(fromStoryId);
        perform("Merge stories", before, after);
    }

    /** Puts these articles into a new story of their own, by hand; returns its id. */
    public long split(Set<Long> sourceIds, String name) {
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("Select the articles to put into a story of their own.");
        }
        Snapshot before = snapshot(Set.of(), sourceIds);
        long newId = database.inTransaction("make a story", stories::reserveId);
        Story created = new Story(newId, name.strip(), true);
        Snapshot after = before.withStory(created).placing(sourceIds, newId);
        perform("Split story", before.without(newId), after);
        return newId;
    }

    /** Moves articles into another story, by hand, as one edit. */
    public void move(Set<Long> sourceIds, long storyId) {
        if (sourceIds.isEmpty()) {
            return;
        }
        Snapshot before = snapshot(Set.of(storyId), sourceIds);
        boolean already = sourceIds.stream().allMatch(id -> {
            StoryPlacement placement = before.placements().get(id);
            return placement != null && placement.byHand() && Objects.equals(placement.storyId(), storyId);
        });
        if (!already) {
            perform(sourceIds.size() == 1 ? "Move article to story" : "Move articles to story", before,
                    before.placing(sourceIds, storyId));
        }
    }

    private void perform(String description, Snapshot before, Snapshot after) {
        history.perform(new Edits(description, db -> write(db, before, after), db -> write(db, after, before)));
    }

    /** Writes {@code to} over {@code from}: stories made or renamed, articles placed, stories removed. */
    private void write(Database db, Snapshot from, Snapshot to) {
        db.inTransaction("save the stories", transaction -> {
            Map<Long, Story> existing = new HashMap<>();
            stories.all(transaction).forEach(story -> existing.put(story.id(), story));
            for (Story story : to.stories().values()) {
                if (existing.containsKey(story.id())) {
                    stories.update(transaction, story);
                } else {
                    stories.insert(transaction, story);
                }
            }
            stories.place(transaction, List.copyOf(to.placements().values()));
            for (long gone : from.stories().keySet()) {
                if (!to.stories().containsKey(gone) && existing.containsKey(gone)) {
                    stories.delete(transaction, gone);
                }
            }
            return null;
        });
    }

    /** These stories with every article in them, and these articles wherever they are. */
    private Snapshot snapshot(Set<Long> storyIds, Set<Long> sourceIds) {
        return database.inTransaction("load the stories", transaction -> {
            Map<Long, Story> byId = new LinkedHashMap<>();
            for (Story story : stories.all(transaction)) {
                byId.put(story.id(), story);
            }
            Map<Long, StoryPlacement> placements = new LinkedHashMap<>();
            Map<Long, Story> involved = new LinkedHashMap<>();
            for (StoryPlacement placement : stories.placements(transaction)) {
                boolean inStory = placement.storyId() != null && storyIds.contains(placement.storyId());
                if (inStory || sourceIds.contains(placement.sourceId())) {
                    placements.put(placement.sourceId(), placement);
                    if (placement.storyId() != null && byId.containsKey(placement.storyId())) {
                        involved.put(placement.storyId(), byId.get(placement.storyId()));
                    }
                }
            }
            for (long id : storyIds) {
                Story story = byId.get(id);
                if (story == null) {
                    throw new IllegalArgumentException("There is no story " + id + " in this project.");
                }
                involved.put(id, story);
            }
            return new Snapshot(involved, placements);
        });
    }

    /** Some stories and the placement of some articles, as one edit sees them before or after. */
    private record Snapshot(Map<Long, Story> stories, Map<Long, StoryPlacement> placements) {

        Story story(long id) {
            return stories.get(id);
        }

        Snapshot withStory(Story story) {
            Map<Long, Story> changed = new LinkedHashMap<>(stories);
            changed.put(story.id(), story);
            return new Snapshot(changed, placements);
        }

        Snapshot without(long storyId) {
            Map<Long, Story> changed = new LinkedHashMap<>(stories);
            changed.remove(storyId);
            return new Snapshot(changed, placements);
        }

        Snapshot movedFrom(long fromStoryId, long intoStoryId) {
            Map<Long, StoryPlacement> changed = new LinkedHashMap<>(placements);
            placements.values().stream().filter(placement -> Objects.equals(placement.storyId(), fromStoryId))
                    .forEach(placement -> changed.put(placement.sourceId(),
                            new StoryPlacement(placement.sourceId(), intoStoryId, true)));
            return new Snapshot(stories, changed);
        }

        Snapshot placing(Set<Long> sourceIds, long storyId) {
            Map<Long, StoryPlacement> changed = new LinkedHashMap<>(placements);
            for (long sourceId : sourceIds) {
                changed.put(sourceId, new StoryPlacement(sourceId, storyId, true));
            }
            return new Snapshot(stories, changed);
        }
    }
}
