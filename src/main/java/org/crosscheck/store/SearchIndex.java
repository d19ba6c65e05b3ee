package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of one project: a document per article (its text, title, outlet) and one per
 * claim (quote, speaker, subject, place, note, tags). Each
 * commit carries the generation of the project it reflects, so opening can tell a current index
 * from a stale one. Not thread-safe on its own: {@link Database} serialises the calls.
 */
final class SearchIndex implements AutoCloseable {

    static final String KIND = "kind";
    static final String SOURCE = "source";
    static final String TEXT = "text";
    static final String START = "start";
    static final String END = "end";
    static final String FILE = "file";
    private static final String GENERATION = "crosscheck.generation";
    /** Raise when the fields change: an index of another layout is rebuilt. */
    private static final String LAYOUT = "2";
    /** The text keeps its offsets in the postings, so the highlighter finds each match without reading the text again. */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final String LAYOUT_KEY = "crosscheck.layout";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final long committedGeneration;

    private SearchIndex(Directory directory, IndexWriter writer, long committedGeneration) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.committedGeneration = committedGeneration;
    }

    /** Opens the index in {@code folder}, or an empty one in memory when {@code folder} is null. */
    static SearchIndex open(Path folder) throws IOException {
        Directory directory = folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder);
        try {
            long generation = -1;
            if (folder != null && DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    if (LAYOUT.equals(data.get(LAYOUT_KEY)) && data.containsKey(GENERATION)) {
                        generation = Long.parseLong(data.get(GENERATION));
                    }
                } catch (IOException | RuntimeException damaged) {
                    generation = -1; // an index that cannot be read is rebuilt, never trusted
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                    .setOpenMode(generation < 0 ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(48);
            return new SearchIndex(directory, new IndexWriter(directory, config), generation);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The project generation of the last commit; -1 for a new, unreadable or outdated index. */
    long committedGeneration() {
        return committedGeneration;
    }

    /** Replaces what the index holds of an article (or removes it, when {@code article} is null). */
    void replace(long sourceId, SearchRecords.Article article) throws IOException {
        Term key = new Term(SOURCE, Long.toString(sourceId));
        if (article == null) {
            writer.deleteDocuments(key);
        } else {
            writer.updateDocuments(key, documents(article));
        }
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes so far durable, marked with {@code generation}. */
    void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
    }

    /** A searcher that sees every change so far, committed or not; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        searchers.maybeRefreshBlocking();
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static List<Document> documents(SearchRecords.Article article) {
        List<Document> documents = new ArrayList<>();
        String id = Long.toString(article.id());
        Document text = new Document();
        text.add(new StringField(KIND, "article", Field.Store.NO));
        text.add(new StringField(SOURCE, id, Field.Store.YES));
        text.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        text.add(new TextField("title", article.title(), Field.Store.YES));
        text.add(new TextField("outlet", article.outlet(), Field.Store.NO));
        text.add(new StoredField(FILE, article.file()));
        documents.add(text);
        for (SearchRecords.ClaimFields claim : article.claims()) {
            Document document = new Document();
            document.add(new StringField(KIND, "claim", Field.Store.NO));
            document.add(new StringField(SOURCE, id, Field.Store.YES));
            document.add(new StoredField(START, claim.start()));
            document.add(new StoredField(END, claim.end()));
            document.add(new TextField("quote", claim.quote(), Field.Store.NO));
            document.add(new TextField("speaker", claim.speaker(), Field.Store.NO));
            document.add(new TextField("subject", claim.subject(), Field.Store.NO));
            document.add(new TextField("place", claim.place(), Field.Store.NO));
            document.add(new TextField("note", claim.note(), Field.Store.NO));
            for (String tag : claim.tags()) {
                document.add(new TextField("tag", tag, Field.Store.NO));
            }
            documents.add(document);
        }
        return documents;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback(); // what was not committed is in search_pending still, and is redone on opening
        } finally {
            directory.close();
        }
    }

    /** Removes an index folder that cannot be opened at all, so it can be made again. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
