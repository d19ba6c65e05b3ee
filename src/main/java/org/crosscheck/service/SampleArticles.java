package org.crosscheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.SourceMetadata;

/**
 * Reads a folder's {@code sources.json}: what the researcher knows about each article (title,
 * outlet, estimated publication date). The sample project ships one inside the jar.
 */
final class SampleArticles {

    static final String SAMPLE_FOLDER = "/org/crosscheck/seeds/";

    /** One described article: its file name and the metadata to give it. */
    record Entry(String file, SourceMetadata metadata) {
    }

    private SampleArticles() {
    }

    static List<Entry> readSample() {
        try (InputStream in = SampleArticles.class.getResourceAsStream(SAMPLE_FOLDER + "sources.json")) {
            if (in == null) {
                throw new IllegalStateException("The sample articles are missing from this build of Crosscheck.");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample's sources.json", e);
        }
    }

    static byte[] sampleBytes(String file) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(SAMPLE_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample article " + file + " is missing from this build.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample article " + file, e);
        }
    }

    /** The entries of a folder's sources.json, or none when it has no such file. */
    static List<Entry> readFolder(Path folder) {
        Path description = folder.resolve("sources.json");
        if (!Files.isRegularFile(description)) {
            return List.of();
        }
        try {
            return parse(new ObjectMapper().readTree(description.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + description + ": " + e.getMessage(), e);
        }
    }

    private static List<Entry> parse(JsonNode root) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode source : root.path("sources")) {
            entries.add(new Entry(source.path("file").asText(), new SourceMetadata(
                    text(source, "title"), text(source, "outlet"), text(source, "author"), text(source, "url"),
                    date(source), null, text(source, "notes"))));
        }
        return entries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static FuzzyDate date(JsonNode source) {
        String published = text(source, "published");
        if (published.isBlank()) {
            return FuzzyDate.UNKNOWN;
        }
        String precision = text(source, "precision");
        Precision level = precision.isBlank() ? Precision.DAY : Precision.valueOf(precision.toUpperCase(Locale.ROOT));
        return FuzzyDate.of(LocalDate.parse(published), level);
    }
}
