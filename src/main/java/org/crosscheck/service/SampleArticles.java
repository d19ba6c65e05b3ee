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

    /** A folder's sources.json as read: its entries, and what in it could not be read, in plain words. */
    record Folder(List<Entry> entries, List<String> problems) {
    }

    /**
     * The entries of a folder's sources.json, or none when it has no such file. A file that is no
     * JSON, or an entry with a date or precision that cannot be read, is a problem named with its
     * place; the entries that can be read are still used, without what was wrong in them.
     */
    static Folder readFolder(Path folder) {
        Path description = folder.resolve("sources.json");
        if (!Files.isRegularFile(description)) {
            return new Folder(List.of(), List.of());
        }
        try {
            List<String> problems = new ArrayList<>();
            List<Entry> entries = parse(new ObjectMapper().readTree(description.toFile()), problems);
            return new Folder(entries, problems);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            return new Folder(List.of(), List.of("is not valid JSON" + where + ": its files were imported without "
                    + "the titles, outlets and dates it gives"));
        } catch (IOException e) {
            return new Folder(List.of(), List.of("cannot be read (" + e.getMessage() + "): its files were imported "
                    + "without the titles, outlets and dates it gives"));
        }
    }

    private static List<Entry> parse(JsonNode root) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = parse(root, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sample's sources.json is damaged: " + problems.get(0));
        }
        return entries;
    }

    private static List<Entry> parse(JsonNode root, List<String> problems) {
        List<Entry> entries = new ArrayList<>();
        if (!root.path("sources").isArray()) {
            // valid JSON of another shape (a bare list, an empty file) would otherwise be ignored in silence
            problems.add("holds no list of \"sources\" (it should read {\"sources\": [{\"file\": …}, …]}): its "
                    + "files were imported without the titles, outlets and dates it gives");
            return entries;
        }
        for (JsonNode source : root.path("sources")) {
            String file = source.path("file").asText();
            entries.add(new Entry(file, new SourceMetadata(
                    text(source, "title"), text(source, "outlet"), text(source, "author"), text(source, "url"),
                    date(source, file, problems), null, text(source, "notes"))));
        }
        return entries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** The entry's publication date; one that cannot be read is a problem, and the date is left unknown. */
    private static FuzzyDate date(JsonNode source, String file, List<String> problems) {
        String published = text(source, "published");
        if (published.isBlank()) {
            return FuzzyDate.UNKNOWN;
        }
        String precision = text(source, "precision");
        Precision level = Precision.DAY;
        if (!precision.isBlank()) {
            try {
                level = Precision.valueOf(precision.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("gives " + file + " the precision \"" + precision + "\", which is none of day, week, "
                        + "month, year or unknown: the date was read as a day");
            }
        }
        try {
            return FuzzyDate.of(LocalDate.parse(published), level);
        } catch (java.time.format.DateTimeParseException notADate) {
            problems.add("gives " + file + " the date \"" + published + "\", which is not a date written YYYY-MM-DD: "
                    + "it was imported without a date");
            return FuzzyDate.UNKNOWN;
        }
    }
}
