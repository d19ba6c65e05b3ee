package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds statements of how many of something: a figure, its qualifier, a range or parenthetical
 * figure, a partitive total ("1,500 of 5,000 jihadists") and the counted noun phrase. Tokens
 * already taken by dates, times and durations, and page furniture, are never quantities; neither
 * are years, ordinals, model names ("F-16") or figures standing alone with nothing counted.
 * Thread-safe.
 */
final class QuantityFinder {

    /** Words that end a counted noun phrase: function words, common verbs, adverbs. */
    private static final Set<String> STOP = Words.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "with", "for", "into", "onto", "and", "or",
            "but", "nor", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
            "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "that", "which", "who",
            "whom", "whose", "this", "these", "those", "it", "its", "they", "their", "them", "he", "she", "his",
            "her", "we", "our", "you", "your", "as", "than", "per", "between", "since", "after", "before", "during",
            "over", "under", "about", "around", "while", "when", "where", "said", "says", "say", "told", "according",
            "each", "every", "more", "less", "most", "least", "also", "still", "now", "then", "there",
            "here", "not", "no", "so", "such", "if", "because", "though", "although", "thought", "believed",
            "estimated", "reported", "across", "within", "without", "through", "up", "down", "out", "off", "last",
            "next", "ago", "earlier", "later", "away", "back", "near", "close", "among", "against", "toward",
            "towards", "until", "till", "via", "plus", "minus", "times", "both", "all", "some", "many", "much",
            "few", "several", "other", "another", "only", "just", "even", "yet", "already");

    /** Verbs after which a bare figure counts people or things: "400 are believed …", "30 died". */
    private static final Set<String> BARE_VERBS = Words.of(
            "are", "were", "have", "had", "remain", "remained", "died", "was", "is", "will", "would",
            "could", "may", "might", "came", "arrived", "fled", "joined", "left", "returned", "live", "lived");

    /** Words before "one" that make it a pronoun, not a count: "no one was hurt", "every one of". */
    private static final Set<String> NOT_A_COUNT_OF_ONE = Words.of("no", "any", "every", "some", "each", "which",
            "this", "that", "the", "anyone", "someone", "little", "only");

    private final CountedLexicon lexicon;
    private final RoleReader roles;

    QuantityFinder(CountedLexicon lexicon, RoleReader roles) {
        this.lexicon = lexicon;
        this.roles = roles;
    }

    RoleReader roles() {
        return roles;
    }

    CountedLexicon lexicon() {
        return lexicon;
    }

    /**
     * The quantities of one sentence; {@code taken[i]} marks tokens that belong to something else, and
     * {@code heading} says the sentence is a heading of its own (see {@link ElidedCounts#isHeading}).
     */
    List<Mention> find(String text, List<Token> tokens, Sentence sentence, boolean[] taken, boolean heading) {
        List<Mention> found = new ArrayList<>();
        if (sentence.size() <= 3) {
            return found; // badges, bylines, share buttons: "3 Min Read"
        }
        String inherited = null;
        String inheritedRole = null;
        for (int index = sentence.first(); index < sentence.last(); index++) {
            if (taken[index]) {
                continue;
            }
            Token token = tokens.get(index);
            if (!token.isNumber() && !token.isWord()) {
                continue;
            }
            Figure figure = NumberParser.parse(tokens, index, sentence.last());
            if (figure == null || takenWithin(taken, figure.first(), figure.end())) {
                continue;
            }
            Reading reading = read(tokens, sentence, figure, taken, inherited, heading);
            if (reading != null && reading.part && reading.role == null) {
                reading.role = inheritedRole; // "five were injured, three of them critically"
                if (reading.role == null) {
                    reading = null; // "two of them are friends": a part of nothing counted here
                }
            }
            if (reading != null && reading.role == null && (reading.revised || reading.qualifier != null
                    && reading.qualifier.words().equals("including"))) {
                reading.role = inheritedRole; // "three were shot, including two children"
            }
            if (reading != null) {
                inheritedRole = reading.role != null ? reading.role : inheritedRole;
                found.add(reading.toMention(text, tokens));
                if (reading.counted != null) {
                    inherited = reading.counted;
                }
                index = reading.end - 1;
            } else {
                index = figure.end() - 1;
            }
        }
        return found;
    }

    /** The parts of one quantity before they become a mention. */
    private final class Reading {
        int first;
        int end;
        double low;
        double high;
        boolean stated;
        QualifierRules.Match qualifier;
        String vague;
        String counted;
        /** The token of the counted noun, -1 when it is elided or inherited. */
        int head = -1;
        /** What is counted when the phrase says more than its head noun ("members of one family"). */
        String thing;
        String role;
        /** Whether it counts a part of a count given before it ("three of them"). */
        boolean part;
        /** Whether it counts some of what a phrase with a determiner names: "two of the victims". */
        boolean partitive;
        /** Whether it is the earlier value of a figure just given: "at least 11, up from 9". */
        boolean revised;

        Mention toMention(String text, List<Token> tokens) {
            QualifierRules.Rule rule = qualifier == null ? QualifierRules.Rule.EXACT : qualifier.rule();
            Double[] interval = QualifierRules.interval(rule, low, high, stated || vague != null);
            String hedge = qualifier == null ? vague : vague == null ? qualifier.words() : qualifier.words() + " " + vague;
            int from = tokens.get(first).start();
            int to = tokens.get(end - 1).end();
            return Mention.quantity(from, to, text.substring(from, to), interval[0], interval[1], hedge,
                    counted, normalised(), role);
        }

        /** A role's own word ("four dead", "two wounded") or no noun at all counts people. */
        private String normalised() {
            if (thing != null) {
                return thing;
            }
            if (part) {
                return role != null ? "people" : null;
            }
            if (role != null && (counted == null || roles.isRoleNoun(counted.toLowerCase(java.util.Locale.ROOT)))) {
                return "people";
            }
            return counted == null ? null : lexicon.normalise(counted);
        }
    }

    private Reading read(List<Token> tokens, Sentence sentence, Figure figure, boolean[] taken, String inherited,
                         boolean heading) {
        int limit = sentence.last();
        Token first = tokens.get(figure.first());
        if (figure.kind() == Figure.Kind.DIGITS && !QuantityNegatives.plausible(tokens, sentence, figure, lexicon)) {
            return null;
        }
        Reading reading = new Reading();
        reading.first = figure.first();
        reading.end = figure.end();
        reading.low = figure.low();
        reading.high = figure.high();
        reading.vague = figure.vague();
        boolean currency = figure.first() > sentence.first() && isCurrency(tokens.get(figure.first() - 1));
        // the hedge stands before the currency sign: "over $600m", "at least £250,000"
        reading.qualifier = QualifierRules.before(tokens, currency ? figure.first() - 1 : figure.first(), sentence.first());
        if (reading.qualifier != null) {
            reading.first = reading.qualifier.first();
        } else if (figure.first() > sentence.first() && tokens.get(figure.first() - 1).is("including")) {
            // "three people were shot, including two children": a part of the count before it
            reading.qualifier = new QualifierRules.Match(QualifierRules.Rule.EXACT, "including", figure.first() - 1);
            reading.first = figure.first() - 1;
        }
        if (figure.isVague() && reading.qualifier == null && figure.first() - 2 >= sentence.first()
                && tokens.get(figure.first() - 2).is("in") && tokens.get(figure.first() - 1).is("the")) {
            reading.first = figure.first() - 2; // "in the hundreds": from one hundred, not from two
            reading.low = figure.low() / 2;
        }
        if (currency && reading.qualifier == null) {
            reading.first = figure.first() - 1;
        }
        readRange(tokens, reading, limit, taken);
        if (figure.kind() == Figure.Kind.FRACTION) {
            if (!readParenthetical(tokens, reading, limit) && !(reading.end < limit && tokens.get(reading.end).is("of"))) {
                return null; // "second half", "half an hour": not a share of anything
            }
        }
        if (reading.end == figure.end()) {
            readUnit(tokens, reading);
        }
        if (reading.counted == null) {
            readPartitive(tokens, reading, limit);
        }
        if (reading.counted == null) {
            readCounted(tokens, reading, limit);
        }
        if (currency && reading.counted == null) {
            reading.counted = tokens.get(figure.first() - 1).text();
        }
        if (!currency) {
            reading.role = roles.read(tokens, sentence, reading.first, reading.end, reading.partitive ? -1 : reading.head);
        }
        if (first.is("one") && figure.first() > sentence.first()
                && NOT_A_COUNT_OF_ONE.contains(tokens.get(figure.first() - 1).lower())) {
            return null;
        }
        if (first.is("one") && !reading.part && figure.end() < limit && tokens.get(figure.end()).is("of")) {
            return null; // "one of the victims" picks out a single member; "one of them" (a part of a toll) stays
        }
        // "at least 11 people, up from 9": the earlier value of the figure just given counts the same thing
        reading.revised = reading.counted == null && figure.first() - 2 >= sentence.first()
                && tokens.get(figure.first() - 1).is("from")
                && (tokens.get(figure.first() - 2).is("up") || tokens.get(figure.first() - 2).is("down"));
        // a figure with a scale word is an amount even when its noun is elided: "against 2.7bn a year earlier"
        boolean hedged = reading.qualifier != null || reading.vague != null || reading.revised
                || figure.kind() == Figure.Kind.DIGITS
                && figure.high() >= 1e6 && (figure.end() > figure.first() + 1 || !first.text().chars().allMatch(
                c -> Character.isDigit(c) || c == ',' || c == '.'));
        if (first.is("one") && reading.counted == null && !currency) {
            readSingularHead(tokens, sentence, reading, heading);
        }
        if (reading.counted == null && reading.role != null) {
            reading.counted = inherited; // "Two were killed": a count of people, or of what came before
        } else if (reading.counted == null) {
            boolean bareCount = reading.end < limit && BARE_VERBS.contains(tokens.get(reading.end).lower());
            if (ElidedCounts.bareFigureCounts(tokens, sentence, reading.first) && (bareCount || inherited != null
                    || figure.kind() == Figure.Kind.DIGITS)) {
                reading.counted = inherited;
                return reading; // "Of the five victims, four remain in hospital", "has since fallen to 3"
            }
            if (figure.kind() != Figure.Kind.DIGITS && !figure.isVague()) {
                return null; // "one can ask", "two": words alone are too often not amounts
            }
            if (!hedged && !bareCount && !currency) {
                return null;
            }
            reading.counted = inherited;
        }
        if (first.is("one") && reading.role == null
                && !lexicon.knows(reading.counted == null ? "" : reading.counted.toLowerCase(java.util.Locale.ROOT))
                && !(reading.counted != null && ElidedCounts.oneCounts(tokens, sentence, heading, figure.first(), reading.end))) {
            return null;
        }
        return reading;
    }

    /** "three counts of murder and one count of …", "- one homicide": the singular noun a listed "one" counts. */
    private void readSingularHead(List<Token> tokens, Sentence sentence, Reading reading, boolean heading) {
        int at = reading.end;
        if (at >= sentence.last() || !ElidedCounts.oneCounts(tokens, sentence, heading, reading.first, at)
                && !ElidedCounts.oneCounts(tokens, sentence, false, reading.first, at + 1)) {
            return;
        }
        Token noun = tokens.get(at);
        if (noun.isWord() && !noun.isCapitalized() && !STOP.contains(noun.lower())
                && EntityFinder.withoutPossessive(noun.lower()).equals(noun.lower())) {
            reading.counted = noun.text();
            reading.head = at;
            reading.end = at + 1;
            if (reading.role == null) {
                reading.role = roles.read(tokens, sentence, reading.first, reading.end, reading.partitive ? -1 : reading.head);
            }
        }
    }

    private static boolean isCurrency(Token token) {
        char c = token.first();
        return token.type() == Token.Type.PUNCT && (c == '$' || c == '£' || c == '€' || c == '¥');
    }

    private static void readRange(List<Token> tokens, Reading reading, int limit, boolean[] taken) {
        int joint = reading.end;
        if (joint + 1 >= limit || taken[joint + 1]) {
            return;
        }
        Token link = tokens.get(joint);
        boolean between = reading.first > 0 && tokens.get(reading.first - 1).is("between");
        boolean dash = (link.is("-") || link.is("–")) && tokens.get(joint + 1).isNumber();
        if (!(link.is("to") || dash || link.is("and") && between || link.is("or"))) {
            return;
        }
        Figure upper = NumberParser.parse(tokens, joint + 1, limit);
        if (upper == null || upper.isVague() || upper.kind() == Figure.Kind.FRACTION) {
            return;
        }
        double low = reading.low;
        double high = upper.value();
        if (upper.end() > joint + 2 && tokens.get(joint + 1).isNumber()) {
            double multiplier = high / tokenValue(tokens.get(joint + 1));
            if (low * multiplier <= high) {
                low *= multiplier; // "2 to 3 million": the multiplier belongs to both ends
            }
        }
        if (high < low) {
            return; // a score such as "3-1", not a range
        }
        if (between) {
            reading.first = reading.qualifier == null ? reading.first - 1 : reading.first;
        }
        reading.low = low;
        reading.high = high;
        reading.stated = true;
        reading.end = upper.end();
    }

    private static double tokenValue(Token token) {
        double value = NumberParser.digitValue(token.text());
        return Double.isNaN(value) || value == 0 ? 1 : value;
    }

    /** "three-quarters (25) of …": the figure in brackets is the count itself. */
    private static boolean readParenthetical(List<Token> tokens, Reading reading, int limit) {
        int open = reading.end;
        if (open + 2 < limit && tokens.get(open).is("(") && tokens.get(open + 1).isNumber() && tokens.get(open + 2).is(")")) {
            double value = NumberParser.digitValue(tokens.get(open + 1).text());
            if (!Double.isNaN(value)) {
                reading.low = value;
                reading.high = value;
                reading.qualifier = reading.qualifier == null ? null
                        : new QualifierRules.Match(QualifierRules.Rule.EXACT, reading.qualifier.words(), reading.qualifier.first());
                reading.end = open + 3;
                return true;
            }
        }
        return false;
    }

    /** "1,500 of 5,000 jihadists", "25 of the country’s 34 provinces": the total joins the span. */
    private void readPartitive(List<Token> tokens, Reading reading, int limit) {
        int index = reading.end;
        if (index >= limit || !tokens.get(index).is("of")) {
            return;
        }
        index++;
        if (index < limit && PART_PRONOUNS.contains(tokens.get(index).lower())) {
            reading.end = index + 1; // "three of them critically": a part of a count given before
            reading.counted = "of " + tokens.get(index).lower();
            reading.part = true;
            return;
        }
        int of = index - 1;
        while (index < limit && tokens.get(index).isWord()
                && (tokens.get(index).is("the") || tokens.get(index).is("its") || tokens.get(index).is("their")
                || tokens.get(index).is("these") || tokens.get(index).is("those") || isPossessive(tokens.get(index)))) {
            index++;
        }
        boolean determined = index > of + 1;
        boolean totalled = false;
        if (index < limit) {
            Figure total = NumberParser.parse(tokens, index, limit);
            if (total != null && !total.isVague()) {
                index = total.end();
                totalled = true;
            }
        }
        int head = countedHead(tokens, index, limit);
        if (head >= 0) {
            reading.end = head + 1;
            reading.counted = tokens.get(head).text();
            reading.head = head;
            // "two of the victims": the noun names the whole the figure is a part of, so it gives the
            // figure no role of its own; "two of the victims died" takes its role from "died"
            reading.partitive = determined && !totalled;
        }
    }

    /** "of them", "of those", "of whom": the whole is a count given before. */
    private static final Set<String> PART_PRONOUNS = Words.of("them", "those", "these", "whom");

    private static boolean isPossessive(Token token) {
        String lower = token.lower();
        return lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'");
    }

    /** "300p", "6GB of memory": the unit written onto the figure is what it counts. */
    private static void readUnit(List<Token> tokens, Reading reading) {
        Token last = tokens.get(reading.end - 1);
        if (last.isNumber()) {
            reading.counted = NumberParser.unitSuffix(last.text());
        }
    }

    private void readCounted(List<Token> tokens, Reading reading, int limit) {
        int index = reading.end;
        if (index < limit && (tokens.get(index).is("%"))) {
            reading.end = index + 1;
            reading.counted = "%";
            return;
        }
        if (index + 1 < limit && tokens.get(index).is("per") && tokens.get(index + 1).is("cent")) {
            reading.end = index + 2;
            reading.counted = "per cent";
            return;
        }
        if (Repetitions.counts(tokens, reading.first, index, limit)) {
            reading.end = index + 1;
            reading.counted = "times";
            return;
        }
        int head = countedHead(tokens, index, limit);
        if (head >= 0) {
            reading.end = head + 1;
            reading.counted = tokens.get(head).text();
            reading.head = head;
            readMembersOf(tokens, reading, limit);
        }
    }

    /**
     * "four members of one family", "two members of the gang": members of a group named by a
     * common noun count that group's members, not members of anything.
     */
    private static void readMembersOf(List<Token> tokens, Reading reading, int limit) {
        int index = reading.end;
        if (!tokens.get(reading.head).is("members") || index + 1 >= limit || !tokens.get(index).is("of")) {
            return;
        }
        index++;
        if (index + 1 < limit && (DETERMINERS.contains(tokens.get(index).lower()))) {
            index++;
        }
        Token group = tokens.get(index);
        if (group.isWord() && !group.isCapitalized() && !STOP.contains(group.lower())) {
            reading.end = index + 1;
            reading.thing = group.lower() + " members";
        }
    }

    private static final Set<String> DETERMINERS = Words.of("a", "an", "one", "the", "his", "her", "their", "its",
            "same", "that", "this");

    /**
     * The head noun of the phrase starting at {@code index}: the first word the lexicon knows or
     * that looks plural, past at most four modifiers ("loyal", "ISIS-linked"); -1 if none.
     */
    private int countedHead(List<Token> tokens, int index, int limit) {
        int modifiers = 0;
        for (int at = index; at < limit && modifiers <= 4; at++) {
            Token token = tokens.get(at);
            if (token.is("-") && token.glued() && at + 1 < limit && tokens.get(at + 1).glued()) {
                continue; // inside a compound: "ISIS-linked"
            }
            if (!token.isWord() || NumberParser.UNITS.containsKey(token.lower())) {
                return -1; // another figure starts: "Image 4 of 5 Two children", "440,000 six months earlier"
            }
            String lower = token.lower();
            if (lexicon.knows(lower)) {
                return at;
            }
            if (at == index && ADDITIVES.contains(lower)) {
                continue; // "three other men", "two more people": not the noun, and not the end of the phrase
            }
            if ((lower.equals("and") || lower.equals("or")) && modifiers > 0 && at + 1 < limit && tokens.get(at + 1).isWord()
                    && !STOP.contains(tokens.get(at + 1).lower())) {
                continue; // coordinated modifiers: "23 European and Arab countries"
            }
            if (STOP.contains(lower) || QuantityNegatives.LABELS.contains(lower) && modifiers == 0) {
                return -1;
            }
            if ((!token.isCapitalized() || CapitalPlurals.plural(token)) && looksPlural(lower)
                    || CapitalPlurals.acronymPlural(token)) {
                return at;
            }
            modifiers++;
        }
        return -1;
    }

    /** Words right after a figure that add to a count given before: "three other men", "two more". */
    private static final Set<String> ADDITIVES = Words.of("other", "more", "additional", "further", "extra");

    private static boolean looksPlural(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("’s");
    }

    private static boolean takenWithin(boolean[] taken, int from, int to) {
        for (int index = from; index < to; index++) {
            if (taken[index]) {
                return true;
            }
        }
        return false;
    }
}
