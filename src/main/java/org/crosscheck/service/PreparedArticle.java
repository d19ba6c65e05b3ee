package org.crosscheck.service;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.ClaimContext;
import org.crosscheck.model.Source;

/**
 * One file made ready to save by {@link ArticlePreparation}: its source (id 0), what the extractor
 * read in it, the contexts and citation chains of its suggestions (in the order of
 * {@code extraction.suggestions}) and its story terms; or why it could not be read. {@code extraction},
 * {@code contexts}, {@code chains} and {@code terms} are null for a text the project already had when the import began, which is
 * not read any further.
 */
record PreparedArticle(Path file, Source source, Extraction extraction, List<ClaimContext> contexts,
                       List<CitationChain> chains, String terms, String failure) {

    static PreparedArticle failed(Path file, String reason) {
        return new PreparedArticle(file, null, null, null, null, null, reason);
    }

    static PreparedArticle alreadyInProject(Path file, Source source) {
        return new PreparedArticle(file, source, null, null, null, null, null);
    }

    boolean isFailure() {
        return failure != null;
    }

    boolean isAlreadyInProject() {
        return failure == null && extraction == null;
    }
}
