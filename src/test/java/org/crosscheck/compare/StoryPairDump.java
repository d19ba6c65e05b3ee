package org.crosscheck.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.StoryFeatures;
import org.junit.jupiter.api.Test;

/**
 * Not a test: for whoever refits {@link StoryEvidence}, on the development incidents only. Writes
 * the features of every candidate pair (sharing a term or headline word rare enough to seek by)
 * and of every pair of one incident, with whether the pair is one incident and whether it is a
 * candidate, to {@code -Dcrosscheck.pairDump=…}. The coefficients of {@link StoryEvidence#DEFAULT}
 * were fitted (logistic regression by Newton's method, a little L2) on the pairs whose incidents
 * both fall in one half (CRC-32 of the incident id, even), then checked by clustering all reports
 * and scoring the pairs of the other half. Run with
 * {@code mvn -q test -Dtest=StoryPairDump -Dsurefire.failIfNoSpecifiedTests=false -Dcrosscheck.pairDump=pairs.tsv}.
 */
class StoryPairDump {

    @Test
    void dumpCandidatePairs() throws IOException {
        String dump = System.getProperty("crosscheck.pairDump", "");
        Optional<List<GvaArticles.Article>> read = GvaArticles.readDevelopment(GvaArticles.benchdata());
        if (dump.isEmpty() || read.isEmpty()) {
            System.out.println("StoryPairDump: give -Dcrosscheck.pairDump=file (and the corpus)");
            return;
        }
        Map<String, Integer> reports = new HashMap<>();
        read.get().forEach(article -> reports.merge(article.incidentId(), 1, Integer::sum));
        List<GvaArticles.Article> articles = read.get().stream()
                .filter(article -> reports.get(article.incidentId()) >= 2).toList();
        List<StoryInput> inputs = articles.parallelStream()
                .map(article -> new StoryInput(article.id(), StoryFeatures.of(article.title(), article.text(), article.published())))
                .toList();
        StorySettings settings = StorySettings.DEFAULT;
        StoryVectors vectors = new StoryVectors(inputs, settings);
        HeadlineVectors headlines = new HeadlineVectors(inputs, settings);
        int seek = Math.max(20, inputs.size() / 100);
        Map<Integer, List<Integer>> byTerm = new HashMap<>();
        for (int document = 0; document < inputs.size(); document++) {
            for (int term : vectors.terms(document)) {
                int frequency = vectors.documentFrequency(term);
                if (frequency >= 2 && frequency <= seek && vectors.weight(term) > 0) {
                    byTerm.computeIfAbsent(term, unseen -> new ArrayList<>()).add(document);
                }
            }
            for (int word : headlines.words(document)) {
                int frequency = headlines.documentFrequency(word);
                if (frequency >= 2 && frequency <= seek) {
                    byTerm.computeIfAbsent(-1 - word, unseen -> new ArrayList<>()).add(document);
                }
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> posting : byTerm.values()) {
            for (int one = 0; one < posting.size(); one++) {
                for (int two = one + 1; two < posting.size(); two++) {
                    pairs.add((long) posting.get(one) * inputs.size() + posting.get(two));
                }
            }
        }
        Set<Long> candidates = new HashSet<>(pairs);
        for (int one = 0; one < articles.size(); one++) { // every gold pair, found or not
            for (int two = one + 1; two < articles.size(); two++) {
                if (articles.get(one).incidentId().equals(articles.get(two).incidentId())) {
                    pairs.add((long) one * inputs.size() + two);
                }
            }
        }
        PairFeatures features = new PairFeatures(vectors, headlines);
        List<String> lines = new ArrayList<>(pairs.size() + 1);
        lines.add("a\tb\tincA\tincB\tgold\tcandidate\t" + String.join("\t", PairFeatures.NAMES));
        for (long pair : pairs) {
            int one = (int) (pair / inputs.size());
            int two = (int) (pair % inputs.size());
            StringBuilder line = new StringBuilder();
            line.append(articles.get(one).id()).append('\t').append(articles.get(two).id()).append('\t')
                    .append(articles.get(one).incidentId()).append('\t').append(articles.get(two).incidentId()).append('\t')
                    .append(articles.get(one).incidentId().equals(articles.get(two).incidentId()) ? 1 : 0)
                    .append('\t').append(candidates.contains(pair) ? 1 : 0);
            for (double value : features.of(one, two)) {
                line.append('\t').append(String.format(Locale.ROOT, "%.4f", value));
            }
            lines.add(line.toString());
        }
        Files.write(Path.of(dump), lines);
        System.out.println("StoryPairDump: " + pairs.size() + " pairs to " + dump);
    }

    /** The features of a pair as {@link StoryEvidence} reads them, with the raw counts behind them. */
    static final class PairFeatures {
        static final List<String> NAMES = List.of("cos", "hcos", "linear", "days", "event", "conflict", "strongest",
                "weighty", "sharedHead", "ages");

        private final StoryVectors vectors;
        private final HeadlineVectors headlines;
        private final DateCloseness closeness = new DateCloseness(StorySettings.DEFAULT);

        PairFeatures(StoryVectors vectors, HeadlineVectors headlines) {
            this.vectors = vectors;
            this.headlines = headlines;
        }

        double[] of(int one, int two) {
            PairEvidence pair = PairEvidence.between(vectors, closeness, one, two);
            StoryEvidence.EventAgreement event = pair.event();
            return new double[] {pair.bodyCosine(), StoryPairs.headlineCosine(headlines, one, two), pair.sharedWeight(),
                    pair.daysApart(),
                    event == StoryEvidence.EventAgreement.SAME ? 1 : event == StoryEvidence.EventAgreement.OTHER ? -1 : 0,
                    pair.headlineConflict() ? 1 : 0, pair.strongestShared(), pair.sharedNames(), pair.sharedHeadlineNames(),
                    pair.sharedAges()};
        }
    }
}
