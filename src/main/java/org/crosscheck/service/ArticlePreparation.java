package org.crosscheck.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.ingest.ImportedText;
import org.crosscheck.ingest.PageMetadata;
import org.crosscheck.ingest.TextFileReader;
import org.crosscheck.ingest.UnreadableFileException;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimContext;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;

/**
 * The part of an import that needs no database: reads one file, describes it as a source and
 * finds its suggestions and story terms. Pure apart from reading the file, so an import runs it
 * on every core (see {@link OrderedWork}).
 *
 * <p>Thread-safe: the reader is stateless, the extractor immutable, and {@code known} a concurrent set.
 */
final class ArticlePreparation {

    /** One file to import, with what its folder's sources.json says of it (null when nothing). */
    record Input(Path file, byte[] bytes, SourceMetadata metadata) {

        static Input ofFile(Path file, SourceMetadata metadata) {
            return new Input(file, null, metadata);
        }
    }

    private final TextFileReader reader = new TextFileReader();
    private final Extractor extractor;
    private final FuzzyDate published;
    private final Set<String> known;

    /**
     * @param published the import-wide date, for a file that neither sources.json nor the page dates
     * @param known     content hashes of the texts already saved; read while the import adds to it
     */
    ArticlePreparation(Extractor extractor, FuzzyDate published, Set<String> known) {
        this.extractor = extractor;
        this.published = published;
        this.known = known;
    }

    PreparedArticle prepare(Input input) {
        ImportedText text;
        try {
            text = input.bytes() == null ? reader.read(input.file())
                    : reader.read(input.file().getFileName().toString(), input.bytes());
        } catch (UnreadableFileException e) {
            return PreparedArticle.failed(input.file(), e.getMessage());
        }
        Source source = toSource(input, text);
        if (known.contains(text.contentHash())) {
            // a duplicate of what the project has: skip the extraction, which is most of the work
            return PreparedArticle.alreadyInProject(input.file(), source);
        }
        Extraction read = extractor.extract(source.text(), source.published().isKnown() ? source.published().date() : null);
        // contexts depend only on each claim's place in the text, and chains on the text and the article's
        // other claims, so both are made here, off the saving thread, and saved with the claims: the
        // comparison never reads the text again for them
        List<Claim> suggestions = read.suggestions(0);
        List<ClaimContext> contexts = suggestions.stream().map(claim -> ClaimContexts.of(source.text(), claim)).toList();
        List<CitationChain> chains = extractor.chains(source.text(), suggestions, "", Map.of());
        return new PreparedArticle(input.file(), source, read, contexts, chains, StoryService.termsOf(source), null);
    }

    private Source toSource(Input input, ImportedText text) {
        Source source = new Source(0, text.title(), "", "", "", FuzzyDate.UNKNOWN,
                input.file().toString(), text.contentHash(), text.text(), null, "");
        return source.withMetadata(withDate(described(input.metadata(), text)));
    }

    /** The import-wide date for a source that nothing else dates. */
    private SourceMetadata withDate(SourceMetadata metadata) {
        if (!published.isKnown() || metadata.published().isKnown()) {
            return metadata;
        }
        return new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(), metadata.url(), published,
                metadata.grade(), metadata.notes());
    }

    /**
     * Field by field, what the folder's sources.json says wins over what a web page's head says;
     * the title falls back to the text's first line. The researcher's own description is the
     * more deliberate one, and the page may still fill what it leaves out.
     */
    private static SourceMetadata described(SourceMetadata given, ImportedText text) {
        SourceMetadata folder = given != null ? given : new SourceMetadata("", "", "", "", FuzzyDate.UNKNOWN, null, "");
        PageMetadata page = text.page();
        return new SourceMetadata(firstGiven(folder.title(), page.title(), text.title()),
                firstGiven(folder.outlet(), page.outlet()), firstGiven(folder.author(), page.author()),
                firstGiven(folder.url(), page.url()),
                folder.published().isKnown() ? folder.published() : page.published(), folder.grade(), folder.notes());
    }

    private static String firstGiven(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
