package org.crosscheck.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a speaker's name from a description of one: "Zamir Kabulov" and "Kabulov" name a person,
 * "a top Russian security official" and "Russian military staff" only describe someone. Stateless.
 */
public final class SpeakerNames {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "one", "another");
    /** Lower-case words that may stand inside a name: "Abu Bakr al-Baghdadi", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "der", "den", "van", "von", "bin", "ibn", "al",
            "el", "da", "di", "du", "le", "la", "y", "of");
    /** Words that end the name of a body, not a person: "the U.S. State Department". */
    private static final Set<String> BODY_WORDS = Set.of("department", "ministry", "office", "agency", "council",
            "committee", "government", "army", "police", "service", "services", "forces", "staff", "command",
            "pentagon", "kremlin", "report", "news", "times", "post", "press", "network");

    /** Compiled once: these tests run for every pair of statements a group compares. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FROM_HYPHEN = Pattern.compile("-.*");

    private SpeakerNames() {
    }

    /** Whether {@code speaker} only describes who spoke: it starts with an article or has a word in lower case. */
    public static boolean isDescription(String speaker) {
        String[] words = SPACES.split(speaker.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        if (ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String word : words) {
            if (Character.isLowerCase(word.charAt(0)) && !NAME_PARTICLES.contains(beforeHyphen(word))) {
                return true;
            }
        }
        return false;
    }

    /** "al" of "al-Baghdadi": the word up to its first hyphen. */
    private static String beforeHyphen(String word) {
        return word.indexOf('-') < 0 ? word : FROM_HYPHEN.matcher(word).replaceAll("");
    }

    /** Whether the description is definite ("the diplomat"), taking up someone named before. */
    public static boolean isDefinite(String description) {
        return description.strip().toLowerCase(Locale.ROOT).startsWith("the ");
    }

    /**
     * Whether the description names one person by a role ("a top … official", "the diplomat"), not
     * a group ("officials", "staff") nor a record ("a United Nations report"), which no person is.
     */
    public static boolean isSingular(String description) {
        String[] words = description.strip().split("\\s+");
        if (!ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return PERSON_ROLES.contains(head(words).toLowerCase(Locale.ROOT));
    }

    /** Nouns for one person speaking in a role. */
    private static final Set<String> PERSON_ROLES = Set.of("official", "diplomat", "envoy", "spokesman",
            "spokeswoman", "spokesperson", "minister", "officer", "commander", "general", "chief", "director", "head",
            "source", "representative", "ambassador", "adviser", "advisor", "aide", "secretary", "president",
            "governor", "mayor", "senator", "lawmaker", "legislator", "deputy", "lieutenant", "colonel", "captain",
            "analyst", "expert", "investigator", "prosecutor", "detective", "sheriff", "witness", "resident",
            "leader", "chairman", "chairwoman", "executive", "negotiator", "militant", "insider", "politician");

    /** The noun a description rests on: "official" of "a U.S. official with knowledge of the region". */
    public static String head(String[] words) {
        for (int index = 1; index < words.length; index++) {
            if (Set.of("with", "of", "who", "in", "from", "speaking", "familiar", "close", "on").contains(words[index])) {
                return words[index - 1];
            }
        }
        return words[words.length - 1];
    }

    /** Whether the name is a person's rather than a body's: not a description, not "… Department". */
    public static boolean isPersonName(String speaker) {
        if (speaker.isBlank() || isDescription(speaker)) {
            return false;
        }
        String[] words = SPACES.split(speaker.strip());
        return !BODY_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two names are one person: the same name, or a surname and the full name it ends
     * ("Kabulov" and "Zamir Kabulov"). Two different first names ("John Smith", "Anna Smith") are two people.
     */
    public static boolean samePerson(String a, String b) {
        String keyA = CitationChain.nameKey(a);
        String keyB = CitationChain.nameKey(b);
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return false;
        }
        if (keyA.equals(keyB)) {
            return true;
        }
        if (!isPersonName(a) || !isPersonName(b)) {
            return false;
        }
        String shorter = keyA.length() < keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        return shorter.indexOf(' ') < 0 && longer.endsWith(" " + shorter);
    }
}
