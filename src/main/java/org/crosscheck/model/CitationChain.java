package org.crosscheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who said a statement first and who carried it: the original speaker, then the agencies and
 * outlets that passed the words on (the first to carry them first), then the article's own outlet.
 * "Zamir Kabulov → Interfax → The Moscow Times → Breitbart News".
 *
 * @param speaker  who is quoted, as one person or body ("Alexander Bortnikov" for "a top Russian
 *                 security official" once known to be him); empty when the text names no speaker
 * @param carriers the agencies and outlets between the speaker and the article, first carrier first
 * @param outlet   the outlet of the article itself, empty when unknown
 * @param edited   set by the researcher rather than read from the text: a re-scan keeps it
 */
public record CitationChain(String speaker, List<String> carriers, String outlet, boolean edited) {

    public static final String ARROW = " → ";
    public static final CitationChain NONE = new CitationChain("", List.of(), "", false);
    /** Compiled once: {@link #nameKey} runs for every pair of statements a group compares. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public CitationChain {
        speaker = Source.nullToEmpty(speaker).strip();
        outlet = Source.nullToEmpty(outlet).strip();
        List<String> kept = new ArrayList<>();
        for (String carrier : carriers == null ? List.<String>of() : carriers) {
            String name = Source.nullToEmpty(carrier).strip();
            if (!name.isEmpty() && kept.stream().noneMatch(name::equalsIgnoreCase) && !name.equalsIgnoreCase(outlet)
                    && !name.equalsIgnoreCase(speaker)) {
                kept.add(name);
            }
        }
        carriers = List.copyOf(kept);
    }

    /** The links from the speaker to the article's outlet, the empty ones left out. */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        if (!speaker.isEmpty()) {
            links.add(speaker);
        }
        links.addAll(carriers);
        if (!outlet.isEmpty()) {
            links.add(outlet);
        }
        return links;
    }

    /** "Zamir Kabulov → Interfax → Breitbart News"; empty when nothing is known. */
    public String describe() {
        return String.join(ARROW, links());
    }

    /** Where the words started: the speaker, else the first outlet that carried them, else the article's outlet. */
    public String origin() {
        if (!speaker.isEmpty()) {
            return speaker;
        }
        return carriers.isEmpty() ? outlet : carriers.get(0);
    }

    /** The same chain with another article outlet (the article's outlet was edited). */
    public CitationChain withOutlet(String newOutlet) {
        return new CitationChain(speaker, carriers, newOutlet, edited);
    }

    /**
     * The chain a researcher typed: the speaker, and the carriers written "Interfax → The Moscow
     * Times" (or separated by commas or semicolons).
     */
    public static CitationChain edited(String speaker, String carriersWritten, String outlet) {
        List<String> carriers = new ArrayList<>();
        for (String part : Source.nullToEmpty(carriersWritten).split("→|->|,|;")) {
            if (!part.isBlank()) {
                carriers.add(part.strip());
            }
        }
        return new CitationChain(speaker, carriers, outlet, true);
    }

    /** The carriers as the editor shows them: "Interfax → The Moscow Times". */
    public String carriersWritten() {
        return String.join(ARROW, carriers);
    }

    /** A key that is equal for two spellings of one name: case, dots and a leading "the" do not matter. */
    public static String nameKey(String name) {
        String key = Source.nullToEmpty(name).toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").strip();
        key = SPACES.matcher(POSSESSIVE_END.matcher(key).replaceAll("")).replaceAll(" ");
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
