package org.crosscheck.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.compare.GroupKeys;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupKey;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.service.Comparison;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;

/**
 * Not a test: for whoever works on the comparison of the GVA dev incidents (never the held-out
 * ones). Sorts the incidents whose reports meet in no casualty group by why: fewer than two
 * reports state a casualty figure at all, the reports that do are in different stories, or they
 * are in one story but their figures fall in different groups; prints samples of each. Run with
 * {@code mvn -o test -Dtest=LinkedDiagnosis -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dcrosscheck.linkedSamples=20}).
 */
class LinkedDiagnosis {

    @Test
    void diagnoseTheUnlinkedIncidents() throws Exception {
        Optional<GvaCorpus> read = GvaCorpus.dev(2);
        if (read.isEmpty()) {
            System.out.println("LinkedDiagnosis: no GVA data");
            return;
        }
        GvaCorpus corpus = read.get();
        Path work = Files.createTempDirectory("crosscheck-linked");
        String kept = System.getProperty("crosscheck.linkedReports", "");
        Path folder = kept.isEmpty() ? work.resolve("reports") : Path.of(kept);
        corpus.writeTo(folder);
        try (Workbench workbench = Workbench.open(ProjectFile.of(work.resolve("gva")), false)) {
            workbench.imports().importFiles(List.of(folder), Progress.NONE);
            diagnose(corpus, workbench, Integer.getInteger("crosscheck.linkedSamples", 20));
        }
    }

    private static void diagnose(GvaCorpus corpus, Workbench workbench, int samples) {
        Map<String, GvaCorpus.Report> reportOfFile = new HashMap<>();
        corpus.incidents().forEach(incident -> incident.reports().forEach(r -> reportOfFile.put(r.fileName(), r)));
        Map<Long, GvaCorpus.Report> reportOf = new HashMap<>();
        for (Source source : workbench.library().all()) {
            GvaCorpus.Report report = reportOfFile.get(Path.of(source.importedFrom()).getFileName().toString());
            if (report != null) {
                reportOf.put(source.id(), report);
            }
        }
        Comparison comparison = workbench.comparison().compare();
        Map<Long, String> groupOfClaim = new HashMap<>();
        Set<String> linked = new java.util.HashSet<>();
        for (ComparisonGroup group : comparison.groups()) {
            group.statements().forEach(s -> groupOfClaim.put(s.claim().id(), group.id()));
            boolean casualty = group.statements().stream()
                    .anyMatch(s -> CorpusComparisonScore.CASUALTY_ROLES.contains(s.claim().quantity().role()));
            Map<String, Set<Long>> sourcesOfIncident = new HashMap<>();
            for (Statement statement : group.statements()) {
                GvaCorpus.Report report = reportOf.get(statement.claim().sourceId());
                if (report != null) {
                    sourcesOfIncident.computeIfAbsent(report.incidentId(), id -> new java.util.HashSet<>())
                            .add(statement.claim().sourceId());
                }
            }
            if (casualty) {
                sourcesOfIncident.forEach((incident, sources) -> {
                    if (sources.size() >= 2) {
                        linked.add(incident);
                    }
                });
            }
        }
        Map<String, List<Statement>> casualtiesOfIncident = new HashMap<>();
        for (Statement statement : comparison.statements()) {
            GvaCorpus.Report report = reportOf.get(statement.claim().sourceId());
            if (report != null && CorpusComparisonScore.CASUALTY_ROLES.contains(statement.claim().quantity().role())) {
                casualtiesOfIncident.computeIfAbsent(report.incidentId(), id -> new ArrayList<>()).add(statement);
            }
        }
        Map<String, List<String>> byCause = new TreeMap<>();
        Map<String, List<GvaCorpus.Incident>> incidentsByCause = new LinkedHashMap<>();
        for (GvaCorpus.Incident incident : corpus.incidents()) {
            if (linked.contains(incident.id())) {
                continue;
            }
            List<Statement> casualties = casualtiesOfIncident.getOrDefault(incident.id(), List.of());
            long reporting = casualties.stream().map(s -> s.claim().sourceId()).distinct().count();
            String cause;
            if (reporting < 2) {
                cause = "a: fewer than 2 reports state a casualty figure";
            } else if (casualties.stream().filter(s -> s.story() != null).map(s -> s.story().id()).distinct().count() > 1
                    && !sameStoryTwice(casualties)) {
                cause = "b: the reporting reports are in different stories";
            } else {
                cause = "c: one story, figures in different groups";
            }
            byCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(incident.id());
            incidentsByCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(incident);
        }
        System.out.printf("Incidents %d, linked %d (%.1f %%)%n", corpus.incidents().size(), linked.size(),
                100.0 * linked.size() / corpus.incidents().size());
        byCause.forEach((cause, ids) -> System.out.printf("  %s: %d%n", cause, ids.size()));
        Random random = new Random(3);
        incidentsByCause.forEach((cause, incidents) -> {
            System.out.println("\n==== " + cause);
            List<GvaCorpus.Incident> pool = new ArrayList<>(incidents);
            for (int sample = 0; sample < samples && !pool.isEmpty(); sample++) {
                GvaCorpus.Incident incident = pool.remove(random.nextInt(pool.size()));
                System.out.printf("%n-- incident %s (killed %d, injured %d)%n", incident.id(), incident.killed(),
                        incident.injured());
                for (Map.Entry<Long, GvaCorpus.Report> entry : reportOf.entrySet()) {
                    if (!entry.getValue().incidentId().equals(incident.id())) {
                        continue;
                    }
                    long sourceId = entry.getKey();
                    Statement.StoryRef story = comparison.statements().stream()
                            .filter(s -> s.claim().sourceId() == sourceId && s.story() != null)
                            .map(Statement::story).findFirst().orElse(null);
                    System.out.printf("   %s story %s | %s%n", entry.getValue().fileName(), story == null ? "-" : story.id(),
                            entry.getValue().title());
                    comparison.statements().stream().filter(s -> s.claim().sourceId() == sourceId)
                            .filter(s -> !s.claim().quantity().role().isBlank())
                            .forEach(s -> System.out.printf("      %s %s [%s] key %s group %s%n", s.claim().kind(),
                                    figure(s.claim().quantity()), s.quote().replace('\n', ' '),
                                    GroupKeys.of(s).map(GroupKey::id).orElse("-"), groupOfClaim.get(s.claim().id())));
                }
            }
        });
    }

    private static boolean sameStoryTwice(List<Statement> casualties) {
        Map<Long, Set<Long>> sourcesOfStory = new HashMap<>();
        casualties.stream().filter(s -> s.story() != null).forEach(s -> sourcesOfStory
                .computeIfAbsent(s.story().id(), id -> new java.util.HashSet<>()).add(s.claim().sourceId()));
        return sourcesOfStory.values().stream().anyMatch(sources -> sources.size() >= 2);
    }

    private static String figure(Quantity quantity) {
        return quantity.low() + "–" + quantity.high() + " " + quantity.normalized() + "/" + quantity.role();
    }
}
