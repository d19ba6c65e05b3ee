package org.crosscheck.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints every mention of a file: a tool for reading what the extractor does (not a test). */
public final class SeedDump {
    private SeedDump() {
    }

    public static void main(String[] args) throws Exception {
        String text = GoldScorer.read(Path.of(args[0]));
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
        for (Mention mention : Extractor.withDefaults().extract(text, published).mentions()) {
            System.out.println(mention.fields());
        }
    }
}
