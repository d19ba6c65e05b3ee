package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single-byte encodings Crosscheck reads, by the names ICU's detector gives them, and how
 * text editors name them. ISO-8859-1 is read as Windows-1252 and ISO-8859-9 as Windows-1254,
 * as browsers do: each pair agrees on every printable character, and ICU names the ISO one when
 * no byte uses the Windows one's extra punctuation. Hebrew, Arabic and East Asian encodings are
 * left out: they were not measured here, and random bytes pass for East Asian text.
 */
final class Encodings {

    /**
     * A Windows code page and the ISO encoding it rearranges: ICU scores both with the ISO table
     * and names the Windows one only when a byte falls in 0x80–0x9F.
     */
    record Twins(Charset windows, Charset iso) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> EDITOR_NAMES = Map.ofEntries(
            Map.entry("windows-1252", "Western (Windows-1252)"),
            Map.entry("ISO-8859-2", "Central European (ISO-8859-2)"),
            Map.entry("windows-1250", "Central European (Windows-1250)"),
            Map.entry("windows-1251", "Cyrillic (Windows-1251)"),
            Map.entry("KOI8-R", "Cyrillic (KOI8-R)"),
            Map.entry("ISO-8859-5", "Cyrillic (ISO-8859-5)"),
            Map.entry("ISO-8859-7", "Greek (ISO-8859-7)"),
            Map.entry("windows-1253", "Greek (Windows-1253)"),
            Map.entry("windows-1254", "Turkish (Windows-1254)"));

    private static final Map<String, String> READ_AS = Map.of("ISO-8859-1", "windows-1252", "ISO-8859-9", "windows-1254");

    private static final List<Twins> TWINS = List.of(
            new Twins(Charset.forName("windows-1250"), Charset.forName("ISO-8859-2")),
            new Twins(Charset.forName("windows-1253"), Charset.forName("ISO-8859-7")));

    /** Bytes that every Windows code page read here makes the same punctuation: quotes, dashes, the ellipsis. */
    private static final boolean[] SHARED_PUNCTUATION = sharedPunctuation();

    private Encodings() {
    }

    /**
     * Whether the only non-ASCII bytes are punctuation all the Windows code pages agree on
     * ("“Yes” – he said"): such a text reads the same in each, so nothing needs guessing, and a
     * detector would be unsure of so little. (KOI8-R and the ISO encodings put box-drawing signs
     * or control characters there, which no prose holds.)
     */
    static boolean onlySharedPunctuation(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 && !SHARED_PUNCTUATION[b & 0xFF]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] sharedPunctuation() {
        List<Charset> codePages = EDITOR_NAMES.keySet().stream().filter(name -> name.startsWith("windows-"))
                .map(Charset::forName).toList();
        boolean[] shared = new boolean[256];
        for (int b = 0x80; b < 0x100; b++) {
            byte[] one = {(byte) b};
            String first = new String(one, codePages.get(0));
            boolean same = first.charAt(0) != '\uFFFD' && !Character.isLetter(first.charAt(0))
                    && !Character.isISOControl(first.charAt(0));
            for (Charset codePage : codePages) {
                same &= first.equals(new String(one, codePage));
            }
            shared[b] = same;
        }
        return shared;
    }

    /** The charset to decode with, for an encoding ICU names; empty for those Crosscheck does not read. */
    static Optional<Charset> accepted(String icuName) {
        String name = READ_AS.getOrDefault(icuName, icuName);
        return EDITOR_NAMES.containsKey(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    }

    /** UTF-8, UTF-16 and UTF-32 are told before any guess; ICU's low scores for them mean nothing then. */
    static boolean isUnicode(String icuName) {
        return icuName.startsWith("UTF-");
    }

    static Optional<Twins> twinsOf(Charset charset) {
        return TWINS.stream().filter(twins -> twins.windows().equals(charset) || twins.iso().equals(charset)).findFirst();
    }

    /** The encoding as a researcher knows it: "Central European (Windows-1250)". */
    static String nameOf(Charset charset) {
        return EDITOR_NAMES.getOrDefault(charset.name(), charset.name());
    }
}
