package org.crosscheck.extract;

import java.util.Set;

/**
 * The short name of an agency or outlet as a chain shows it: "Interfax" for "Interfax news agency",
 * "RT" for "Russia's RT Television network", "Sputnik News" as it is. Stateless.
 */
final class CarrierNames {

    /** Words that say what kind of outlet a name is, not which: dropped from its end. */
    private static final Set<String> KIND_WORDS = Words.of("agency", "network", "service", "channel", "broadcaster",
            "newspaper", "daily", "wire", "website", "outlet", "station");
    /** Words that go with a kind word: "news agency", "state television network". */
    private static final Set<String> KIND_MODIFIERS = Words.of("news", "television", "tv", "state", "radio", "press",
            "wire", "state-run", "state-owned", "official", "local", "a", "the");

    private CarrierNames() {
    }

    static String shortName(String written) {
        if (written == null) {
            return null;
        }
        String whole = written.strip().replaceAll("[,;:.]+$", "");
        // "The Moscow Times and other news outlets": the others are nobody in particular
        whole = whole.replaceAll("\\s+(and|or)\\s+(other|others|several|many|some)\\b.*$", "");
        if (whole.startsWith("the ") && whole.length() > 4 && Character.isUpperCase(whole.charAt(4))) {
            whole = whole.substring(4); // "told the BBC": the article is the sentence's, not the name's
        }
        String[] words = whole.split("\\s+");
        int end = words.length;
        if (end > 1 && KIND_WORDS.contains(words[end - 1].toLowerCase(java.util.Locale.ROOT))) {
            end--;
            while (end > 1 && KIND_MODIFIERS.contains(words[end - 1].toLowerCase(java.util.Locale.ROOT))) {
                end--;
            }
        }
        int start = 0;
        // "Russia's RT": the country that owns it is not its name
        if (end - start > 1 && (words[0].endsWith("'s") || words[0].endsWith("’s")) && Character.isUpperCase(words[1].charAt(0))) {
            start = 1;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
        return name.isEmpty() ? written.strip() : name;
    }
}
