package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ComparedBySources;
import org.crosscheck.model.Figures;
import org.crosscheck.model.Statement;

/**
 * How a group of more than {@link #SUMMARISE_ABOVE} statements is compared: not every statement
 * with every other, which grows with the square of the statements (a group of 200 gave 19,900
 * verdicts no one reads), but by sources. Each source is represented by one statement per figure
 * it gives (the first in time; a source that repeats its figure in the headline and the text is
 * one voice), and each representative is compared with the representatives of other sources —
 * all of them while there are at most {@link #ALL_PAIRS_UP_TO} representatives, else the
 * {@link #NEIGHBOURS} nearest after it in time. So the verdicts grow with the number of sources
 * and their figures, never with the statements squared. Pure and thread-safe.
 */
public final class SourcePairs {

    /** Groups up to this size compare every pair of statements; the sample's groups stay far below it. */
    public static final int SUMMARISE_ABOVE = 30;
    /** Up to this many representatives every pair from different sources is compared. */
    public static final int ALL_PAIRS_UP_TO = 40;
    /** With more representatives, each is compared with this many of other sources that follow it in time. */
    public static final int NEIGHBOURS = 10;

    private SourcePairs() {
    }

    /** Whether a group of this many statements is compared by sources and summarised. */
    public static boolean summarises(int statements) {
        return statements > SUMMARISE_ABOVE;
    }

    /**
     * The positions of the representatives in {@code statements} (kept in their order, which is
     * the order of the times they hold for): the first statement of each source and figure.
     */
    public static List<Integer> representatives(List<Statement> statements) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            String voice = statement.claim().sourceId() + " " + Arrays.toString(Figures.asCompared(statement.claim().quantity()));
            first.putIfAbsent(voice, index);
        }
        return List.copyOf(first.values());
    }

    /** The pairs of statement positions to judge, each as {a, b} with a &lt; b. */
    static List<int[]> pairs(List<Statement> statements) {
        List<Integer> representatives = representatives(statements);
        int reach = representatives.size() <= ALL_PAIRS_UP_TO ? representatives.size() : NEIGHBOURS;
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < representatives.size(); i++) {
            int a = representatives.get(i);
            long source = statements.get(a).claim().sourceId();
            int found = 0;
            for (int j = i + 1; j < representatives.size() && found < reach; j++) {
                int b = representatives.get(j);
                if (statements.get(b).claim().sourceId() != source) {
                    pairs.add(new int[] {a, b});
                    found++;
                }
            }
        }
        return pairs;
    }

    /** How a group of these statements is compared by sources: its representatives and each one's reach. */
    public static ComparedBySources howCompared(List<Statement> statements) {
        int representatives = representatives(statements).size();
        return new ComparedBySources(representatives, sources(statements),
                representatives <= ALL_PAIRS_UP_TO ? 0 : NEIGHBOURS);
    }

    /** How many sources the statements come from. */
    public static int sources(List<Statement> statements) {
        Set<Long> sources = new HashSet<>();
        statements.forEach(statement -> sources.add(statement.claim().sourceId()));
        return sources.size();
    }
}
