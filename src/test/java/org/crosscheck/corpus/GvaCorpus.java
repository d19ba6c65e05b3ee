package org.crosscheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The development part of the SemEval-2018 Task 5 Gun Violence Archive data
 * (../shared/benchdata/semeval2018-task5-gva-incidents): local-news reports of shooting incidents
 * with each incident's own death and injury counts. Only the incidents listed in
 * {@code dev-incidents.txt} are ever read; the others are held out to test Crosscheck on news
 * nobody tuned it on, and are skipped line by line without being parsed.
 */
public final class GvaCorpus {

    /** One report, with the incident it is about. */
    public record Report(String articleId, String incidentId, String published, String title, String text) {

        public String fileName() {
            return articleId + ".txt";
        }
    }

    /** One incident, with its gold counts (-1 when the archive gives none). */
    public record Incident(String id, int killed, int injured, List<Report> reports) {
    }

    private final Map<String, Incident> incidents;

    private GvaCorpus(Map<String, Incident> incidents) {
        this.incidents = incidents;
    }

    /** The data folder: {@code -Dcrosscheck.benchdata=DIR}, else ../shared/benchdata. */
    public static Path benchdata() {
        return Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"));
    }

    /** The dev incidents with at least {@code minReports} non-empty reports; empty when the data is absent. */
    public static Optional<GvaCorpus> dev(int minReports) throws IOException {
        Path folder = benchdata().resolve("semeval2018-task5-gva-incidents");
        Path devList = folder.resolve("dev-incidents.txt");
        if (!Files.isRegularFile(devList)) {
            return Optional.empty();
        }
        Set<String> dev = new HashSet<>();
        for (String line : Files.readAllLines(devList)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                dev.add(line.strip());
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> counts = new TreeMap<>();
        try (BufferedReader lines = Files.newBufferedReader(folder.resolve("incidents.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode incident = json.readTree(line);
                String id = incident.get("incident_id").asText();
                if (dev.contains(id)) {
                    counts.put(id, new int[] {incident.path("num_killed").asInt(-1), incident.path("num_injured").asInt(-1)});
                }
            }
        }
        Map<String, List<Report>> reports = new TreeMap<>();
        Set<String> seenArticles = new HashSet<>();
        try (BufferedReader lines = Files.newBufferedReader(folder.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String incidentId = incidentIdOf(line);
                if (incidentId == null || !dev.contains(incidentId)) {
                    continue; // held out: not parsed, not kept
                }
                JsonNode article = json.readTree(line);
                String text = article.path("text").asText("");
                String articleId = article.get("article_id").asText();
                if (text.isBlank() || !seenArticles.add(articleId)) {
                    continue; // empty pages; an article filed under two incidents is kept once
                }
                reports.computeIfAbsent(incidentId, id -> new ArrayList<>()).add(new Report(articleId, incidentId,
                        article.path("dct").asText(""), article.path("title").asText(""), text));
            }
        }
        Map<String, Incident> kept = new LinkedHashMap<>();
        reports.forEach((id, list) -> {
            int[] count = counts.getOrDefault(id, new int[] {-1, -1});
            if (list.size() >= minReports) {
                kept.put(id, new Incident(id, count[0], count[1], List.copyOf(list)));
            }
        });
        return Optional.of(new GvaCorpus(kept));
    }

    /** The incident id of a JSONL line, read without parsing the rest of it. */
    private static String incidentIdOf(String line) {
        int key = line.indexOf("\"incident_id\"");
        if (key < 0) {
            return null;
        }
        int open = line.indexOf('"', line.indexOf(':', key) + 1);
        int close = line.indexOf('"', open + 1);
        return open < 0 || close < 0 ? null : line.substring(open + 1, close);
    }

    /** The first {@code count} incidents in id order, or all of them. */
    public GvaCorpus first(int count) {
        Map<String, Incident> slice = new LinkedHashMap<>();
        incidents.values().stream().limit(count).forEach(incident -> slice.put(incident.id(), incident));
        return new GvaCorpus(slice);
    }

    public List<Incident> incidents() {
        return List.copyOf(incidents.values());
    }

    public int reportCount() {
        return incidents.values().stream().mapToInt(incident -> incident.reports().size()).sum();
    }

    /**
     * Writes every report as a text file into {@code folder}, its headline on the first line as a
     * saved article has it, with a {@code sources.json} that gives each its title and publication
     * date, as a researcher's folder of saved reports would.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode sources = root.putArray("sources");
        for (Incident incident : incidents.values()) {
            for (Report report : incident.reports()) {
                String saved = report.title().isBlank() ? report.text() : report.title() + "\n\n" + report.text();
                Files.writeString(folder.resolve(report.fileName()), saved, StandardCharsets.UTF_8);
                ObjectNode entry = sources.addObject();
                entry.put("file", report.fileName());
                entry.put("title", report.title());
                if (!report.published().isBlank()) {
                    entry.put("published", report.published());
                    entry.put("precision", "day");
                }
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("sources.json").toFile(), root);
    }
}
