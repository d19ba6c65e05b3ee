package org.crosscheck.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.service.StoryService;
import org.crosscheck.service.Workbench;

/**
 * How well a project made of GVA reports tells its stories apart and compares their tolls, against
 * the incidents' own ids and counts:
 * <ul>
 *   <li><b>stories</b>: pairwise precision and recall of the story clusters against the incidents;</li>
 *   <li><b>linked</b>: the share of incidents two or more of whose reports meet in one group with a
 *       casualty role (killed, injured, shot …);</li>
 *   <li><b>toll found</b>: the share of the incidents' death and injury counts (those above 0) that a
 *       statement of one of its reports states exactly, in a group of that role: of the people killed,
 *       or of the people shot or injured (the archive's "injured" are those shot and not killed);</li>
 *   <li><b>pure</b>: the share of groups spanning several reports whose reports are all of one incident.</li>
 * </ul>
 * An empty category scores 0, never 1.
 */
public record CorpusComparisonScore(double storyPrecision, double storyRecall, int stories, double linked,
                                    double tollFound, double pure, int groupsAcrossReports, int incidents) {

    /** Roles that count what an incident did to people. */
    static final Set<String> CASUALTY_ROLES = Set.of("killed", "injured", "shot", "stabbed", "victims",
            "casualties", "hospitalized");

    public double storyF1() {
        return storyPrecision + storyRecall == 0 ? 0 : 2 * storyPrecision * storyRecall / (storyPrecision + storyRecall);
    }

    public static CorpusComparisonScore of(GvaCorpus corpus, Workbench workbench) {
        Map<String, String> incidentOfFile = new HashMap<>();
        corpus.incidents().forEach(incident -> incident.reports()
                .forEach(report -> incidentOfFile.put(report.fileName(), incident.id())));
        Map<Long, String> incidentOfSource = new HashMap<>();
        for (Source source : workbench.library().all()) {
            String file = Path.of(source.importedFrom()).getFileName().toString();
            if (incidentOfFile.containsKey(file)) {
                incidentOfSource.put(source.id(), incidentOfFile.get(file));
            }
        }
        double[] stories = storyPairs(workbench.stories().all(), incidentOfSource);
        List<ComparisonGroup> groups = workbench.comparison().compare().groups();

        Set<String> linked = new HashSet<>();
        Set<String> tollsFound = new HashSet<>();
        int across = 0;
        int pure = 0;
        for (ComparisonGroup group : groups) {
            Set<Long> sources = new HashSet<>();
            Set<String> incidents = new HashSet<>();
            String tollRole = tollRole(group);
            for (Statement statement : group.statements()) {
                sources.add(statement.claim().sourceId());
                incidents.add(incidentOfSource.get(statement.claim().sourceId()));
                String incident = incidentOfSource.get(statement.claim().sourceId());
                if (incident != null && tollRole != null) {
                    tollsFound.add(incident + "|" + tollRole + "|" + figure(statement.claim().quantity()));
                }
            }
            if (sources.size() >= 2) {
                across++;
                if (incidents.size() == 1 && !incidents.contains(null)) {
                    pure++;
                }
                boolean casualty = group.statements().stream()
                        .anyMatch(statement -> CASUALTY_ROLES.contains(statement.claim().quantity().role()));
                if (casualty) {
                    for (String incident : incidents) {
                        long reportsOfIncident = group.statements().stream()
                                .filter(statement -> incident != null
                                        && incident.equals(incidentOfSource.get(statement.claim().sourceId())))
                                .map(statement -> statement.claim().sourceId()).distinct().count();
                        if (reportsOfIncident >= 2) {
                            linked.add(incident);
                        }
                    }
                }
            }
        }
        int tolls = 0;
        int found = 0;
        for (GvaCorpus.Incident incident : corpus.incidents()) {
            if (incident.killed() > 0) {
                tolls++;
                found += tollsFound.contains(incident.id() + "|killed|" + incident.killed()) ? 1 : 0;
            }
            if (incident.injured() > 0) {
                tolls++;
                found += tollsFound.contains(incident.id() + "|injured|" + incident.injured()) ? 1 : 0;
            }
        }
        int incidents = corpus.incidents().size();
        return new CorpusComparisonScore(stories[0], stories[1], (int) stories[2], ratio(linked.size(), incidents),
                ratio(found, tolls), ratio(pure, across), across, incidents);
    }

    /**
     * Which of the archive's counts a group's role is: its dead ("killed"), or its injured, which
     * the archive counts as the people shot and not killed, so a group of those shot or injured.
     */
    private static String tollRole(ComparisonGroup group) {
        if (group.key() == null) {
            return null;
        }
        String counted = group.key().counted();
        if (counted.endsWith(" killed")) {
            return "killed";
        }
        return counted.endsWith(" shot or injured") ? "injured" : null;
    }

    /** An exact figure as an integer text, or "" for an interval. */
    private static String figure(Quantity quantity) {
        if (quantity.low() == null || !quantity.low().equals(quantity.high())) {
            return "";
        }
        return String.valueOf(Math.round(quantity.low()));
    }

    /** {precision, recall, number of stories} of the story clusters' pairs of articles. */
    private static double[] storyPairs(List<StoryService.StoryEntry> stories, Map<Long, String> incidentOfSource) {
        long together = 0;
        long rightTogether = 0;
        Map<String, Integer> perIncident = new HashMap<>();
        incidentOfSource.values().forEach(incident -> perIncident.merge(incident, 1, Integer::sum));
        for (StoryService.StoryEntry story : stories) {
            List<String> incidents = new ArrayList<>();
            story.sourceIds().stream().map(incidentOfSource::get).filter(java.util.Objects::nonNull).forEach(incidents::add);
            together += pairs(incidents.size());
            Map<String, Integer> counts = new HashMap<>();
            incidents.forEach(incident -> counts.merge(incident, 1, Integer::sum));
            for (int count : counts.values()) {
                rightTogether += pairs(count);
            }
        }
        long truePairs = perIncident.values().stream().mapToLong(CorpusComparisonScore::pairs).sum();
        return new double[] {ratio(rightTogether, together), ratio(rightTogether, truePairs), stories.size()};
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    public String card() {
        return String.format(Locale.ROOT, "incidents %d, stories %d: story pairs P %.3f R %.3f F1 %.3f; "
                        + "linked in a casualty group %.1f %% (%d); toll found %.1f %%; groups across reports %d, pure %.1f %%",
                incidents, stories, storyPrecision, storyRecall, storyF1(), 100 * linked, Math.round(linked * incidents),
                100 * tollFound, groupsAcrossReports, 100 * pure);
    }
}
