package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyMessageKeyIsDefinedOnceSoNoTextSilentlyReplacesAnother() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/crosscheck/ui/messages.properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
        }
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(key -> {
            if (!seen.add(key)) {
                twice.add(key);
            }
        });

        assertThat(twice).isEmpty();
    }

    @Test
    void countsReadAsEnglishInTheSingularAndThePlural() {
        assertThat(Texts.get("compare.counts", 1, 1L, 0L)).isEqualTo("1 statement · 1 source · no contradictions");
        assertThat(Texts.get("compare.counts", 10, 5L, 9L)).isEqualTo("10 statements · 5 sources · 9 contradictions");
    }
}
