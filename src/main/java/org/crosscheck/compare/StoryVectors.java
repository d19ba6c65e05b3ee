package org.crosscheck.compare;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fingerprints of all articles as weighted term vectors. A term's weight is its inverse
 * document frequency, times the weight of its kind (names and ages say more than words) and its
 * burst; a term of only one article weighs nothing. Terms are matched whatever their case. Built once per clustering; not thread-safe while building,
 * read-only after.
 */
final class StoryVectors {

    /**
     * A term in more articles than this is common however large the library (below it the share of
     * {@link StorySettings#commonShare} decides): on 100,000 articles that share is 5,000, and every
     * article then meets the thousands of others that share such a term with it, which costs the
     * square of the library and tells no story.
     */
    static final int COMMON_MOST = 1_000;

    private final List<String> spellings = new ArrayList<>();
    private final List<Boolean> names = new ArrayList<>();
    private final List<Boolean> shouted = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    /** While reading: per term id, the document (plus one) that last had it, and where it first came there. */
    private int[] seenIn = new int[0];
    private int[] firstSeenAt = new int[0];
    private final int[][] terms;
    private final int[][] positions;
    private final long[] days;
    private final long[] eventDays;
    /** Per document, the ids of the terms it writes as names, for {@link #headlineNames}. */
    private final int[][] writtenNames;
    private final List<Set<String>> headlineWords = new ArrayList<>();
    /** Per document, the ids of the ages it gives ("15-year-old"), ascending, for {@link #sharedAges}. */
    private final int[][] ages;
    private int[][] headlineNames;
    private int[] documentFrequency;
    private double[] weights;
    private double[][] documentWeights;
    private double[] norms;
    private int commonAbove;

    StoryVectors(List<StoryInput> inputs, StorySettings settings) {
        terms = new int[inputs.size()][];
        positions = new int[inputs.size()][];
        days = new long[inputs.size()];
        eventDays = new long[inputs.size()];
        writtenNames = new int[inputs.size()][];
        ages = new int[inputs.size()][];
        for (int document = 0; document < inputs.size(); document++) {
            read(document, inputs.get(document), settings);
        }
        seenIn = null;
        firstSeenAt = null;
        weigh(settings);
        headlineNames = HeadlineNames.of(this, writtenNames, headlineWords);
    }

    private void read(int document, StoryInput input, StorySettings settings) {
        List<String> written = input.fingerprint().terms();
        int[] found = new int[written.size()];
        int count = 0;
        for (int position = 0; position < written.size(); position++) {
            int id = idOf(written.get(position));
            if (id == seenIn.length) {
                seenIn = Arrays.copyOf(seenIn, Math.max(1024, 2 * id));
                firstSeenAt = Arrays.copyOf(firstSeenAt, seenIn.length);
            }
            if (seenIn[id] != document + 1) { // the first time in this document
                seenIn[id] = document + 1;
                firstSeenAt[id] = position;
                found[count++] = id;
            }
        }
        int[] ids = Arrays.copyOf(found, count);
        Arrays.sort(ids);
        int[] at = new int[ids.length];
        int names = 0;
        int ageCount = 0;
        for (int index = 0; index < ids.length; index++) {
            at[index] = firstSeenAt[ids[index]];
            if (!Character.isLowerCase(written.get(at[index]).charAt(0))) {
                found[names++] = ids[index];
            }
        }
        writtenNames[document] = Arrays.copyOf(found, names);
        for (int id : ids) {
            if (isAge(spellings.get(id))) {
                found[ageCount++] = id;
            }
        }
        ages[document] = Arrays.copyOf(found, ageCount);
        headlineWords.add(new HashSet<>(input.fingerprint().headline()));
        terms[document] = ids;
        positions[document] = at;
        days[document] = epochDay(input.fingerprint().date());
        eventDays[document] = epochDay(input.fingerprint().eventDay());
    }

    private static long epochDay(LocalDate day) {
        return day == null ? DateCloseness.UNKNOWN : day.toEpochDay();
    }

    private int idOf(String term) {
        String key = term.toLowerCase(Locale.ROOT);
        Integer id = ids.get(key);
        boolean name = Character.isUpperCase(term.charAt(0)) || Character.isDigit(term.charAt(0));
        if (id == null) {
            id = spellings.size();
            ids.put(key, id);
            spellings.add(term);
            names.add(name);
            shouted.add(isShouted(term));
        } else if (name && !names.get(id) || shouted.get(id) && name && !isShouted(term)) {
            spellings.set(id, term); // "McGavock" rather than a headline's "mcgavock", "Dallas" rather than "DALLAS"
            names.set(id, true);
            shouted.set(id, isShouted(term));
        }
        return id;
    }

    /** "15-year-old", "22-month-old": an age as {@code extract.AgeTerms} writes it. */
    private static boolean isAge(String term) {
        return !term.isEmpty() && Character.isDigit(term.charAt(0)) && term.endsWith("-old");
    }

    /** How many ages two documents both give. */
    int sharedAges(int one, int two) {
        int[] a = ages[one];
        int[] b = ages[two];
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static boolean isShouted(String term) {
        return term.length() > 4 && term.equals(term.toUpperCase(Locale.ROOT));
    }

    private void weigh(StorySettings settings) {
        int termCount = spellings.size();
        documentFrequency = new int[termCount];
        for (int[] document : terms) {
            for (int term : document) {
                documentFrequency[term]++;
            }
        }
        commonAbove = Math.max(settings.commonFloor(), Math.min(COMMON_MOST, (int) (settings.commonShare() * terms.length)));
        double[] bursts = TermOccasions.bursts(terms, days, documentFrequency, settings.occasionGapDays());
        weights = new double[termCount];
        for (int term = 0; term < termCount; term++) {
            double kind = names.get(term) ? settings.nameWeight() : settings.wordWeight();
            double inverseFrequency = Math.log(1 + (double) terms.length / documentFrequency[term]);
            double burst = Math.pow(bursts[term], settings.burstPower());
            // a term of one article matches none, and would only make that article look long
            weights[term] = isCommon(term) || documentFrequency[term] < 2 ? 0 : kind * inverseFrequency * burst;
        }
        documentWeights = new double[terms.length][];
        norms = new double[terms.length];
        for (int document = 0; document < terms.length; document++) {
            int[] ids = terms[document];
            double[] weighted = new double[ids.length];
            double sum = 0;
            for (int index = 0; index < ids.length; index++) {
                boolean lead = positions[document][index] < settings.leadTerms();
                weighted[index] = weights[ids[index]] * (lead ? settings.leadBoost() : 1);
                sum += weighted[index] * weighted[index];
            }
            documentWeights[document] = weighted;
            norms[document] = Math.sqrt(sum + settings.evidencePrior());
        }
    }

    int documents() {
        return terms.length;
    }

    int termCount() {
        return spellings.size();
    }

    /** The term ids of a document, ascending. */
    int[] terms(int document) {
        return terms[document];
    }

    /** Where each of {@link #terms(int)} first appears in the document's fingerprint (0 = first). */
    int[] positions(int document) {
        return positions[document];
    }

    /** The names a document's headline gives that are rare enough to tell one story's place or people, ascending. */
    int[] headlineNames(int document) {
        return headlineNames[document];
    }

    /** True when the document has the term. */
    boolean has(int document, int term) {
        return Arrays.binarySearch(terms[document], term) >= 0;
    }

    long day(int document) {
        return days[document];
    }

    /** The day the article's lead gives for its incident, or {@link DateCloseness#UNKNOWN}. */
    long eventDay(int document) {
        return eventDays[document];
    }

    /** {@link #eventDay} of every document, in a new array. */
    long[] eventDays() {
        return eventDays.clone();
    }

    double weight(int term) {
        return weights[term];
    }

    /** The weights of {@link #terms(int)} in this document: a term of the title and lead counts more. */
    double[] weights(int document) {
        return documentWeights[document];
    }

    double norm(int document) {
        return norms[document];
    }

    int documentFrequency(int term) {
        return documentFrequency[term];
    }

    /** A term in so many articles that it names a site, a section or the whole collection, not a story. */
    boolean isCommon(int term) {
        return documentFrequency[term] > commonAbove;
    }

    boolean isName(int term) {
        return names.get(term);
    }

    String spelling(int term) {
        return spellings.get(term);
    }
}
