package org.crosscheck.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * The words of a ClaimReview's rating ({@code alternateName}), which is what fact-check readers and
 * search engines show: "Contradicted by 2 other sources: RT, 2017-12-23: “over 10,000 fighters”;
 * Circa, 2017-06: “roughly 3,000 fighters”. Agrees with 1 other source: …". The worst relation comes
 * first; every other confirmed statement of the group is named, source by source, with the source's
 * outlet (else its title), its date and the statement's words.
 */
final class RatingWords {

    private static final List<Verdict> WORST_FIRST = List.of(Verdict.CONTRADICTS, Verdict.TENSION,
            Verdict.CHANGED_OVER_TIME, Verdict.DIFFERENT_SCOPE, Verdict.AGREES);

    private RatingWords() {
    }

    static String of(ReviewedStatement reviewed) {
        List<String> sentences = new ArrayList<>();
        for (Verdict verdict : WORST_FIRST) {
            List<Statement> others = reviewed.counterparts().stream().filter(c -> c.verdict() == verdict)
                    .map(ReviewedStatement.Counterpart::other).toList();
            if (!others.isEmpty()) {
                sentences.add(lead(verdict) + " " + sources(reviewed.statement(), others));
            }
        }
        return String.join(". ", sentences) + ".";
    }

    private static String lead(Verdict verdict) {
        return switch (verdict) {
            case CONTRADICTS -> "Contradicted by";
            case TENSION -> "In tension with";
            case CHANGED_OVER_TIME -> "Changed over time compared with";
            case DIFFERENT_SCOPE -> "Of a different scope than";
            case AGREES -> "Agrees with";
        };
    }

    /** "2 other sources: RT, 2017-12-23: “…”, “…”; the same article: “…”", or "the same article: “…”". */
    private static String sources(Statement reviewed, List<Statement> others) {
        Map<Long, List<Statement>> bySource = new LinkedHashMap<>();
        others.forEach(other -> bySource.computeIfAbsent(other.claim().sourceId(), id -> new ArrayList<>()).add(other));
        List<Statement> sameArticle = bySource.remove(reviewed.claim().sourceId());
        List<String> parts = new ArrayList<>();
        bySource.values().forEach(statements -> parts.add(name(statements.get(0)) + ": " + quotes(statements)));
        if (sameArticle != null) {
            parts.add("the same article: " + quotes(sameArticle));
        }
        if (bySource.isEmpty()) {
            return String.join("; ", parts);
        }
        int count = bySource.size();
        return count + " other source" + (count == 1 ? "" : "s") + ": " + String.join("; ", parts);
    }

    /** The source's outlet, else its title in quotation marks, and the date it was published if known. */
    private static String name(Statement statement) {
        String who = statement.outlet().isBlank() ? "‘" + statement.sourceTitle() + "’" : statement.outlet();
        return statement.published().isKnown() ? who + ", " + statement.published().display() : who;
    }

    private static String quotes(List<Statement> statements) {
        return statements.stream().map(statement -> "“" + statement.quote() + "”").collect(Collectors.joining(", "));
    }
}
