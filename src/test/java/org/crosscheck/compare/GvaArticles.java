package org.crosscheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the development articles of the SemEval-2018 Task 5 gun-violence corpus
 * ({@code benchdata/semeval2018-task5-gva-incidents}). Only incidents listed in
 * {@code dev-incidents.txt} are kept, and the others are dropped as each line is read: they are
 * held out, so that what is tuned here can be checked on news nobody tuned on.
 */
public final class GvaArticles {

    public static final String DIRECTORY = "semeval2018-task5-gva-incidents";

    /** One article with text; {@code id} numbers the kept articles from 1 in file order. */
    public record Article(long id, String incidentId, LocalDate published, String title, String text) {
    }

    private GvaArticles() {
    }

    /** The benchdata folder: system property {@code crosscheck.benchdata}, else {@code ../shared/benchdata}. */
    public static Path benchdata() {
        return Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"));
    }

    /** The development articles with non-empty text, or empty when the corpus is not there. */
    public static Optional<List<Article>> readDevelopment(Path benchdata) {
        Path folder = benchdata.resolve(DIRECTORY);
        Path articles = folder.resolve("articles.jsonl");
        Path development = folder.resolve("dev-incidents.txt");
        if (!Files.isRegularFile(articles) || !Files.isRegularFile(development)) {
            return Optional.empty();
        }
        try {
            Set<String> kept = new HashSet<>();
            for (String line : Files.readAllLines(development, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    kept.add(line.strip());
                }
            }
            return Optional.of(read(articles, kept));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static List<Article> read(Path articles, Set<String> keptIncidents) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> read = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node = json.readTree(line);
                String incident = node.path("incident_id").asText();
                if (!keptIncidents.contains(incident)) {
                    continue; // held out: not looked at
                }
                String text = node.path("text").asText("");
                if (!text.isBlank()) {
                    read.add(new Article(read.size() + 1, incident, date(node.path("dct").asText("")),
                            node.path("title").asText(""), text));
                }
            }
        }
        return read;
    }

    private static LocalDate date(String iso) {
        try {
            return iso.isEmpty() ? null : LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
