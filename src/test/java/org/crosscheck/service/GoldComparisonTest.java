package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the sample, with no hand edits: import the seeds, let the extractor suggest and the
 * comparison group, and check every verdict the reference annotations expect.
 */
class GoldComparisonTest {

    @TempDir
    Path folder;

    @Test
    void everyExpectedComparisonOfTheReferenceAnnotationsGetsItsVerdict() throws Exception {
        JsonNode gold;
        try (InputStream in = GoldComparisonTest.class.getResourceAsStream("/gold/seeds-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        List<String> outcomes = new ArrayList<>();
        int right = 0;
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            List<Source> sources = workbench.library().all();
            List<ComparisonGroup> groups = workbench.comparison().compare().groups();
            for (JsonNode expected : gold.path("expectedComparisons")) {
                String want = expected.path("verdict").asText().replace("compatible-scope", "different-scope");
                String got = verdictBetween(groups, sources, expected.path("a").asText(), expected.path("b").asText());
                outcomes.add(String.format("%-18s %-18s %s  ~  %s", want, got, expected.path("a").asText(),
                        expected.path("b").asText()));
                if (want.equals(got)) {
                    right++;
                }
            }
        }
        System.out.println("\n== Expected comparisons (want, got, a ~ b) ==");
        outcomes.forEach(System.out::println);
        System.out.println(right + " of " + outcomes.size() + " as expected\n");
        assertThat(right).as(String.join("\n", outcomes)).isEqualTo(outcomes.size());
    }

    /** The verdict between the statements "NNN:words" and "MMM:words", or why there is none. */
    private static String verdictBetween(List<ComparisonGroup> groups, List<Source> sources, String a, String b) {
        for (ComparisonGroup group : groups) {
            Optional<Integer> first = indexOf(group, sources, a);
            Optional<Integer> second = indexOf(group, sources, b);
            if (first.isPresent() && second.isPresent()) {
                int x = Math.min(first.get(), second.get());
                int y = Math.max(first.get(), second.get());
                return group.verdicts().stream().filter(v -> v.a() == x && v.b() == y).map(PairVerdict::verdict)
                        .map(v -> v.key()).findFirst().orElse("(no verdict)");
            }
        }
        return "(not grouped together)";
    }

    private static Optional<Integer> indexOf(ComparisonGroup group, List<Source> sources, String reference) {
        String prefix = reference.substring(0, reference.indexOf(':'));
        String words = reference.substring(reference.indexOf(':') + 1);
        Source source = sources.stream().filter(s -> Path.of(s.importedFrom()).getFileName().toString()
                .startsWith(prefix + "_")).findFirst().orElseThrow();
        int start = source.text().indexOf(words);
        int end = start + words.length();
        for (int i = 0; i < group.statements().size(); i++) {
            Statement statement = group.statements().get(i);
            if (statement.claim().sourceId() == source.id() && statement.claim().overlaps(start, end)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
