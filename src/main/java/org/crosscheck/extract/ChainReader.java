package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SpeakerNames;

/**
 * Reads the citation chain of each claim of an article: who spoke, which agencies and outlets
 * carried the words ("told Sputnik News", "was quoted by Interfax", "according to RIA Novosti",
 * "Reuters reported", "Interfax reported, citing …", "in an interview with …"), and the article's
 * own outlet. Where the claim's sentence names no carrier, the one the article names for the same
 * speaker elsewhere is taken ("Kabulov … was quoted by Interfax" in the lead carries his figure
 * further down); a figure with no speaker (a headline) takes the chain of the same figure the
 * article attributes; and a speaker only described ("a top Russian security official", "the
 * diplomat") is proposed to be the person the article names as that speaker (see
 * {@link SpeakerIdentities}). Pure; one instance per article.
 */
final class ChainReader {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Attribution> attributions;
    private final List<Citing> citings;
    private final SpeakerIdentities identities;
    /**
     * The attributions and citings of each sentence, and each speaker's carriers once found: a claim
     * looks up its own sentence instead of going through the whole article, so an article of 15 MB with
     * tens of thousands of figures takes time in proportion to its length, not to its square.
     */
    private final Map<Integer, List<Attribution>> attributionsBySentence;
    private final Map<Integer, List<Citing>> citingsBySentence;
    private final Map<String, List<String>> carriersBySpeaker = new java.util.HashMap<>();
    private final int[] sentenceEnds;

    /** "Interfax … reports, citing a senior Russian diplomat": the outlet and the one it cites. */
    record Citing(int sentence, String outlet, String cited) {
    }

    ChainReader(String text, List<Token> tokens, List<Sentence> sentences, List<Attribution> attributions,
                Map<String, String> confirmedIdentities) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.attributions = attributions.stream().sorted(java.util.Comparator.comparingInt(Attribution::start)).toList();
        this.sentenceEnds = sentences.stream().mapToInt(Sentence::end).toArray();
        this.attributionsBySentence = this.attributions.stream()
                .collect(java.util.stream.Collectors.groupingBy(Attribution::sentence));
        this.citings = citings();
        this.citingsBySentence = citings.stream().collect(java.util.stream.Collectors.groupingBy(Citing::sentence));
        this.identities = new SpeakerIdentities(this.attributions, confirmedIdentities);
    }

    /** The chains of {@code claims}, in their order. */
    List<CitationChain> chains(List<Claim> claims, String articleOutlet) {
        List<CitationChain> chains = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            chains.add(ownChain(claim, articleOutlet));
        }
        // a figure nobody is said to have given (a headline) is the article's attributed figure repeated
        AttributedFigures attributed = new AttributedFigures(claims, chains);
        for (int i = 0; i < claims.size(); i++) {
            if (chains.get(i).speaker().isEmpty()) {
                CitationChain same = attributed.sameFigureChain(i);
                if (same != null) {
                    chains.set(i, same);
                    attributed.nowAttributed(i); // a later repeat of it may take its chain
                }
            }
        }
        return chains;
    }

    private CitationChain ownChain(Claim claim, String articleOutlet) {
        int sentence = sentenceOf(claim.start());
        String written = claim.speaker();
        List<String> carriers = new ArrayList<>();
        if (!claim.outlet().isBlank()) {
            carriers.add(CarrierNames.shortName(claim.outlet()));
        }
        carriers.addAll(carriersIn(sentence));
        String cited = citedIn(sentence);
        if (!cited.isEmpty() && (written.isBlank() || carriers.stream().anyMatch(carrier -> same(carrier, claim.speaker()))
                || citings.stream().anyMatch(citing -> same(citing.outlet(), claim.speaker())))) {
            written = cited; // "Interfax reported, citing a senior diplomat": the diplomat spoke, Interfax carried it
        }
        String speaker = written.isBlank() ? "" : identities.personFor(written, sentence);
        if (carriers.stream().allMatch(carrier -> same(carrier, articleOutlet)) && !speaker.isBlank()) {
            carriers.addAll(carriersOf(speaker));
        }
        if (speaker.isBlank() && !carriers.isEmpty() && carriers.stream().allMatch(c -> same(c, articleOutlet))) {
            carriers.clear(); // the article's outlet reporting on its own word: no carrier between
        }
        return new CitationChain(speaker, carriers, articleOutlet, false);
    }

    /** The carriers a sentence names, in the order it names them. */
    private List<String> carriersIn(int sentence) {
        List<String> carriers = new ArrayList<>();
        for (Attribution attribution : attributionsBySentence.getOrDefault(sentence, List.of())) {
            if (attribution.outlet() != null) {
                carriers.add(CarrierNames.shortName(attribution.outlet()));
            }
        }
        for (Citing citing : citingsBySentence.getOrDefault(sentence, List.of())) {
            if (citing.outlet() != null) {
                carriers.add(0, CarrierNames.shortName(citing.outlet()));
            }
        }
        return carriers;
    }

    private String citedIn(int sentence) {
        for (Citing citing : citingsBySentence.getOrDefault(sentence, List.of())) {
            if (citing.cited() != null) {
                return citing.cited();
            }
        }
        return "";
    }

    /** The carriers of the first sentence in which the article says who carried {@code speaker}'s words. */
    private List<String> carriersOf(String speaker) {
        return carriersBySpeaker.computeIfAbsent(speaker, this::findCarriersOf);
    }

    private List<String> findCarriersOf(String speaker) {
        for (Attribution attribution : attributions) {
            if (attribution.outlet() == null) {
                continue;
            }
            boolean his = attribution.speaker() != null
                    ? SpeakerNames.samePerson(identities.personFor(attribution.speaker(), attribution.sentence()), speaker)
                    : names(attribution.sentence(), speaker); // "Bortnikov made the remarks …, according to RT"
            if (his) {
                return List.copyOf(carriersIn(attribution.sentence()));
            }
        }
        return List.of();
    }

    /** Whether a sentence names the person (by surname) in its own words. */
    private boolean names(int sentence, String person) {
        if (!SpeakerNames.isPersonName(person)) {
            return false;
        }
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        Sentence span = sentences.get(sentence);
        for (int index = span.first(); index < span.last(); index++) {
            if (tokens.get(index).text().equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's figures that someone is said to have given, by each end of their interval, so that a
     * figure nobody gave finds the first one it repeats without going through every figure of the article.
     */
    private static final class AttributedFigures {

        private final List<Claim> claims;
        private final List<CitationChain> chains;
        private final Map<Double, List<Integer>> byLow = new java.util.HashMap<>();
        private final Map<Double, List<Integer>> byHigh = new java.util.HashMap<>();

        AttributedFigures(List<Claim> claims, List<CitationChain> chains) {
            this.claims = claims;
            this.chains = chains;
            for (int other = 0; other < claims.size(); other++) {
                if (!chains.get(other).speaker().isEmpty()) {
                    nowAttributed(other);
                }
            }
        }

        /** Figure {@code index} now has a speaker: kept in claim order under each end of its interval. */
        void nowAttributed(int index) {
            Quantity given = claims.get(index).quantity();
            if (given.low() != null) {
                insertInOrder(byLow.computeIfAbsent(given.low(), end -> new ArrayList<>()), index);
            }
            if (given.high() != null) {
                insertInOrder(byHigh.computeIfAbsent(given.high(), end -> new ArrayList<>()), index);
            }
        }

        private static void insertInOrder(List<Integer> indices, int index) {
            int at = java.util.Collections.binarySearch(indices, index);
            if (at < 0) {
                indices.add(-at - 1, index);
            }
        }

        /** The chain of the first attributed figure {@code index} repeats, or null when it repeats none. */
        CitationChain sameFigureChain(int index) {
            Quantity figure = claims.get(index).quantity();
            if (figure.low() == null && figure.high() == null) {
                return null;
            }
            int first = Math.min(firstSame(byLow.get(figure.low()), index, figure),
                    firstSame(byHigh.get(figure.high()), index, figure));
            return first == Integer.MAX_VALUE ? null : chains.get(first);
        }

        private int firstSame(List<Integer> candidates, int index, Quantity figure) {
            if (candidates == null) {
                return Integer.MAX_VALUE;
            }
            for (int other : candidates) {
                if (other != index && claims.get(other).quantity().normalized().equals(figure.normalized())) {
                    return other;
                }
            }
            return Integer.MAX_VALUE;
        }
    }

    /** The first sentence ending after {@code offset} (the last sentence when none does). */
    private int sentenceOf(int offset) {
        int low = 0;
        int high = sentenceEnds.length;
        while (low < high) { // sentences end in text order
            int middle = (low + high) >>> 1;
            if (sentenceEnds[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < sentenceEnds.length ? low : sentenceEnds.length - 1;
    }

    private List<Citing> citings() {
        List<Citing> found = new ArrayList<>();
        for (int number = 0; number < sentences.size(); number++) {
            Sentence sentence = sentences.get(number);
            for (int index = sentence.first(); index + 1 < sentence.last(); index++) {
                if (tokens.get(index).is("citing") || tokens.get(index).is("cited") || tokens.get(index).is("cites")) {
                    int[] cited = NamePhrases.after(tokens, index + 1, sentence.last());
                    String outlet = outletBefore(number, index);
                    if (cited != null && outlet != null) {
                        found.add(new Citing(number, outlet,
                                NamePhrases.text(text, tokens, NamePhrases.trailingName(tokens, cited))));
                    }
                }
            }
        }
        return found;
    }

    /** "Interfax news agency reports, citing": the outlet that speaks in the sentence; "RIA Novosti cited": the name before. */
    private String outletBefore(int sentence, int citing) {
        for (Attribution attribution : attributions) {
            if (attribution.sentence() == sentence && attribution.outlet() != null && attribution.speaker() == null) {
                return attribution.outlet();
            }
        }
        int[] before = NamePhrases.capitalisedEndingAt(tokens, citing, sentences.get(sentence).first());
        return before == null ? null : NamePhrases.text(text, tokens, before);
    }

    private static boolean same(String a, String b) {
        return CitationChain.nameKey(a).equals(CitationChain.nameKey(b == null ? "" : b));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
