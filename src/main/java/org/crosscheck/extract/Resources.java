package org.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the small text resources of this package (lexicons, aliases) from the class path. */
final class Resources {
    private Resources() {
    }

    static Map<String, String> tabbed(String name) {
        Map<String, String> entries = new HashMap<>();
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                entries.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return entries;
    }

    /** The non-blank, non-comment lines of a resource next to this class. */
    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/crosscheck/extract/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read resource " + name, failure);
        }
    }
}
