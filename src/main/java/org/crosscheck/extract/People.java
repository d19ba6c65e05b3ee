package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.EntityType;

/**
 * The people of one article, so that "Kabulov" and "he" become the full name used before
 * ("Zamir Kabulov"). One instance per extraction; not shared between threads.
 */
final class People {

    /** The full names found for names as written, by {@link #fullName}; one extraction's. */
    /** Each surname's first "First Surname" in the text; built on first use, in one pass over the text. */
    private java.util.Map<String, String> fullNames;

    private static final Set<String> NOT_FIRST_NAMES = Words.of(
            "The", "A", "An", "In", "On", "At", "Gen", "Rep", "Sen", "Dr", "Mr", "Mrs", "Ms", "President", "Secretary",
            "General", "Minister", "Director", "Chief", "Brigadier", "Senator", "Ambassador", "Governor", "Prime");

    /** Words that make a capitalised run an organisation or a place rather than a person. */
    private static final Set<String> INSTITUTION_WORDS = Words.of(
            "Ministry", "Department", "Council", "Army", "Forces", "Force", "Committee", "Agency", "Service", "Office",
            "Party", "Union", "Republic", "Province", "State", "States", "Government", "News", "Times", "Post", "Press",
            "Network", "Television", "Bank", "Court", "House", "Senate", "Congress", "Parliament", "Assembly",
            "University", "Institute", "Organization", "Organisation", "Group", "Company", "Corporation", "Board",
            "Commission", "Command", "Security", "Intelligence", "Nations", "Asia", "Asian", "East", "West",
            "North", "South", "Africa", "Europe", "America", "Republics", "Movement", "Front", "Coalition");

    private final String text;
    private final List<Token> tokens;
    private final AliasTable aliases;
    private String lastSpeaker;
    private String lastBody;
    private String lastGroup;
    private final List<String> described = new ArrayList<>();

    People(String text, List<Token> tokens, AliasTable aliases) {
        this.text = text;
        this.tokens = tokens;
        this.aliases = aliases;
    }

    void spoke(String speaker) {
        if (speaker == null || speaker.isEmpty()) {
            return;
        }
        if (Character.isUpperCase(speaker.charAt(0)) && speaker.indexOf(' ') > 0 && !speaker.startsWith("The ")
                && Character.isUpperCase(speaker.charAt(speaker.lastIndexOf(' ') + 1))
                && aliases.entity(speaker).map(entity -> entity.type() == EntityType.PERSON).orElse(true)) {
            lastSpeaker = speaker;
            return;
        }
        String head = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (head.equals("police") || head.endsWith("s") && !head.endsWith("ss")) {
            lastGroup = speaker; // "police", "officials", "Investigators"
        } else {
            lastBody = speaker; // "Wipro", "the report", "The World Health Organisation"
        }
        described.add(speaker);
    }

    /** What "it" stands for as a speaker: the last body or record that spoke. */
    String lastBody() {
        return lastBody;
    }

    /** What "they" stands for as a speaker: the last group that spoke. */
    String lastGroup() {
        return lastGroup;
    }

    /**
     * The speaker a definite description takes up: "The report said …" after "Oxfam's Paying the
     * Price report said …" is that report. Null when nothing named before has the same head noun.
     */
    String antecedent(String written) {
        if (!(written.startsWith("the ") || written.startsWith("The ")) || written.indexOf(' ') != written.lastIndexOf(' ')) {
            return null;
        }
        String head = written.substring(4).toLowerCase(Locale.ROOT);
        for (int index = described.size() - 1; index >= 0; index--) {
            String earlier = described.get(index);
            if (earlier.length() > written.length() && earlier.toLowerCase(Locale.ROOT).endsWith(" " + head)) {
                return earlier;
            }
        }
        return null;
    }

    String lastSpeaker() {
        return lastSpeaker;
    }

    /** The canonical or fuller name of a person: the alias table first, then "First Surname" earlier in the text. */
    String fullName(String written) {
        String taken = antecedent(written);
        if (taken != null) {
            return taken;
        }
        var known = aliases.entity(written);
        if (known.isPresent()) {
            return known.get().canonical();
        }
        if (written.indexOf(' ') >= 0 || written.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
            return written;
        }
        if (INSTITUTION_WORDS.contains(written)) {
            return written;
        }
        return fullNamesInText().getOrDefault(written, written);
    }

    /**
     * "Kabulov" → "Zamir Kabulov" wherever the text writes a name in full, for every surname at
     * once: looking each name up by reading the whole text would grow with the square of a long
     * text, which names ever more people.
     */
    private java.util.Map<String, String> fullNamesInText() {
        if (fullNames == null) {
            fullNames = new java.util.HashMap<>();
            for (int index = 1; index < tokens.size(); index++) {
                Token token = tokens.get(index);
                Token before = tokens.get(index - 1);
                if (before.isCapitalized() && !before.glued() && token.newlinesBefore() == 0
                        && !NOT_FIRST_NAMES.contains(before.text()) && before.text().length() > 1
                        && !INSTITUTION_WORDS.contains(before.text()) && !fullNames.containsKey(token.text())
                        && aliases.entity(before.text()).isEmpty()) {
                    fullNames.put(token.text(), before.text() + " " + token.text());
                }
            }
        }
        return fullNames;
    }

    /** A person's name in a sentence: the last two words of a run of capitalised words, not at its start. */
    int[] personIn(List<Token> sentenceTokens, Sentence sentence) {
        for (int index = sentence.first(); index + 1 < sentence.last(); index++) {
            Token first = sentenceTokens.get(index);
            Token second = sentenceTokens.get(index + 1);
            boolean runEnds = index + 2 >= sentence.last() || !sentenceTokens.get(index + 2).isCapitalized();
            if (first.isCapitalized() && second.isCapitalized() && runEnds && !NOT_FIRST_NAMES.contains(first.text())
                    && aliases.entity(first.text()).isEmpty() && aliases.entity(second.text()).isEmpty()
                    && !INSTITUTION_WORDS.contains(first.text()) && !INSTITUTION_WORDS.contains(second.text())
                    && !NamePhrases.isCalendarWord(first) && !NamePhrases.isCalendarWord(second)
                    && EntityFinder.withoutPossessive(first.lower()).equals(first.lower())
                    && EntityFinder.withoutPossessive(second.lower()).equals(second.lower())
                    && (index == sentence.first() || !sentenceTokens.get(index - 1).isCapitalized())) {
                return new int[] {index, index + 2};
            }
        }
        return null;
    }

    String text() {
        return text;
    }
}
