package org.crosscheck.store;

import org.crosscheck.model.SearchSyntaxException;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.Term;
import org.crosscheck.model.SearchHit;

/**
 * Turns a query as the researcher types it into hits with offsets: the classic Lucene syntax
 * (words, "phrases", prefix*, AND / OR / NOT, {@code field:}) over the article text by default,
 * every word required unless OR says otherwise. A word or phrase in the text is a hit where it
 * stands; a claim found by one of its fields ({@code speaker:Kabulov}) is a hit over the claim's span.
 */
final class SearchQueries {

    private static final int SNIPPET_MAX = 320;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    /** Parses a query; throws {@link SearchSyntaxException} with the reason in words. */
    Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchSyntaxException("Type something to search for.");
        }
        QueryParser parser = new QueryParser(SearchIndex.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            throw new SearchSyntaxException("Cannot read the search \"" + query + "\": check its quotes, brackets and "
                    + "AND / OR / NOT.", e);
        }
    }

    /** The first {@code limit} hits of {@code query}, best articles first and in text order within each. */
    List<SearchHit> find(IndexSearcher searcher, Query query, int limit) throws IOException {
        return collect(searcher, query, query, limit);
    }

    /** Every hit of {@code query} in one article, in text order. */
    List<SearchHit> findIn(IndexSearcher searcher, Query query, long sourceId) throws IOException {
        Query within = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.SOURCE, Long.toString(sourceId))), BooleanClause.Occur.FILTER)
                .build();
        List<SearchHit> hits = new ArrayList<>(collect(searcher, within, query, Integer.MAX_VALUE));
        hits.sort(java.util.Comparator.comparingInt(SearchHit::start).thenComparingInt(SearchHit::end));
        return hits;
    }

    /** Finds by {@code query}; marks in the text the matches of {@code words}, the query as typed. */
    private List<SearchHit> collect(IndexSearcher searcher, Query query, Query words, int limit) throws IOException {
        int wanted = limit == Integer.MAX_VALUE ? Math.max(1, searcher.getIndexReader().maxDoc()) : Math.max(1, limit);
        ScoreDoc[] found = searcher.search(query, Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc()))).scoreDocs;
        // first only which article each record is of, and whether it is the article itself or one of its claims
        java.util.Set<String> light = Set.of(SearchIndex.SOURCE, SearchIndex.START, SearchIndex.END);
        Map<String, List<Document>> claimsBySource = new LinkedHashMap<>();
        Map<String, Integer> articleDoc = new java.util.HashMap<>();
        for (ScoreDoc hit : found) {
            Document document = searcher.storedFields().document(hit.doc, light);
            String source = document.get(SearchIndex.SOURCE);
            List<Document> claims = claimsBySource.computeIfAbsent(source, key -> new ArrayList<>());
            if (document.getField(SearchIndex.START) == null) {
                articleDoc.put(source, hit.doc);
            } else {
                claims.add(document);
            }
        }
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(Integer.MAX_VALUE - 1).withMaxNoHighlightPassages(0).withFormatter(new Offsets()));
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, List<Document>> entry : claimsBySource.entrySet()) {
            Integer doc = articleDoc.get(entry.getKey());
            Document article = doc != null ? searcher.storedFields().document(doc) : articleOf(searcher, entry.getKey());
            if (article == null) {
                continue;
            }
            String text = article.get(SearchIndex.TEXT);
            List<SearchHit> ofArticle = new ArrayList<>();
            if (doc != null) {
                // an article that matches as a whole is shown by its words; its claims only when it does not
                ofArticle.addAll(textHits(highlighter, words, doc, article, text, sentences));
            } else {
                for (Document claim : entry.getValue()) {
                    int start = claim.getField(SearchIndex.START).numericValue().intValue();
                    int end = claim.getField(SearchIndex.END).numericValue().intValue();
                    ofArticle.add(hit(article, text, start, end, sentences));
                }
            }
            ofArticle.sort(java.util.Comparator.comparingInt(SearchHit::start));
            for (SearchHit hit : ofArticle) {
                if (hits.size() >= limit) {
                    return hits;
                }
                hits.add(hit);
            }
        }
        return hits;
    }

    private List<SearchHit> textHits(Highlighter highlighter, Query query, int doc, Document article, String text,
                                     BreakIterator sentences)
            throws IOException {
        Object highlighted = highlighter.offsets(query, doc);
        List<SearchHit> hits = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<int[]> matches = highlighted instanceof List<?> ? (List<int[]>) highlighted : List.of();
        for (int[] match : matches) {
            hits.add(hit(article, text, match[0], match[1], sentences));
        }
        if (hits.isEmpty()) {
            // found by its title or outlet only: the hit is the article's first line, which is its title
            int end = text.indexOf('\n');
            hits.add(hit(article, text, 0, Math.max(Math.min(1, text.length()), end < 0 ? Math.min(text.length(), 200) : end), sentences));
        }
        return hits;
    }

    private static Document articleOf(IndexSearcher searcher, String source) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.SOURCE, source)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchIndex.KIND, "article")), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] found = searcher.search(query, 1).scoreDocs;
        return found.length == 0 ? null : searcher.storedFields().document(found[0].doc);
    }

    private static SearchHit hit(Document article, String text, int start, int end, BreakIterator sentences) {
        int[] sentence = sentenceAround(text, start, end, sentences);
        return new SearchHit(Long.parseLong(article.get(SearchIndex.SOURCE)), article.get("title"),
                article.get(SearchIndex.FILE), start, end, text.substring(sentence[0], sentence[1]), sentence[0]);
    }

    /** The sentence around a span, within its line, cut to about {@link #SNIPPET_MAX} characters around the span. */
    static int[] sentenceAround(String text, int start, int end, BreakIterator sentences) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        int from = Math.max(lineStart > start ? 0 : lineStart, start - SNIPPET_MAX);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, end + SNIPPET_MAX);
        to = Math.max(to, end);
        sentences.setText(text.substring(from, to));
        int relativeStart = start - from;
        int sentenceStart = sentences.isBoundary(relativeStart) ? relativeStart : sentences.preceding(relativeStart);
        int relativeEnd = end - from;
        int sentenceEnd = sentences.isBoundary(relativeEnd) ? relativeEnd : sentences.following(relativeEnd);
        int first = from + (sentenceStart == BreakIterator.DONE ? 0 : sentenceStart);
        int last = sentenceEnd == BreakIterator.DONE ? to : from + sentenceEnd;
        while (last > end && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last - first > SNIPPET_MAX) {
            int half = Math.max(0, (SNIPPET_MAX - (end - start)) / 2);
            first = Math.max(first, start - half);
            last = Math.min(last, Math.max(end, first + SNIPPET_MAX));
        }
        return new int[] {Math.min(first, start), Math.max(last, end)};
    }

    /** The unified highlighter, reading the offsets the index keeps, asked for what it found rather than marked-up text. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object offsets(Query query, int doc) throws IOException {
            Object[] found = highlightFieldsAsObjects(new String[] {SearchIndex.TEXT}, query, new int[] {doc},
                    new int[] {10_000}).get(SearchIndex.TEXT);
            return found == null ? null : found[0];
        }
    }

    /** The highlighter's passages, turned into the offsets of every match. */
    private static final class Offsets extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> matches = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
            }
            matches.sort(java.util.Comparator.comparingInt(match -> match[0]));
            return matches;
        }
    }
}
