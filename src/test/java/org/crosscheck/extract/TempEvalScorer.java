package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores time expressions as TempEval-3 Task A did: a system timex and a gold one match relaxed
 * when their extents overlap, strictly when they are identical; the value is judged on relaxed
 * matches only (exact string equality), so value P = right values / system timexes and
 * value R = right values / gold timexes. Pairs are made one to one, in text order.
 */
final class TempEvalScorer {

    /** Counts summed over documents. */
    static final class Counts {
        int gold;
        int system;
        int relaxed;
        int strict;
        int rightValue;
        int rightType;

        void add(List<TimeMl.Timex> goldTimexes, List<TimeMl.Timex> systemTimexes) {
            gold += goldTimexes.size();
            system += systemTimexes.size();
            boolean[] used = new boolean[goldTimexes.size()];
            for (TimeMl.Timex found : systemTimexes) {
                for (int index = 0; index < goldTimexes.size(); index++) {
                    TimeMl.Timex expected = goldTimexes.get(index);
                    if (!used[index] && found.overlaps(expected)) {
                        used[index] = true;
                        relaxed++;
                        if (found.start() == expected.start() && found.end() == expected.end()) {
                            strict++;
                        }
                        if (found.value().equals(expected.value())) {
                            rightValue++;
                        }
                        if (found.type().equals(expected.type())) {
                            rightType++;
                        }
                        break;
                    }
                }
            }
        }

        double precision(int right) {
            return system == 0 ? 0 : (double) right / system;
        }

        double recall(int right) {
            return gold == 0 ? 0 : (double) right / gold;
        }

        double f1(int right) {
            double p = precision(right);
            double r = recall(right);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String report() {
            return String.format(Locale.ROOT,
                    "gold %d, system %d%n  relaxed spans  P %.2f R %.2f F1 %.2f%n  strict spans   P %.2f R %.2f F1 %.2f%n"
                            + "  value          P %.2f R %.2f F1 %.2f%n  type           F1 %.2f",
                    gold, system, 100 * precision(relaxed), 100 * recall(relaxed), 100 * f1(relaxed),
                    100 * precision(strict), 100 * recall(strict), 100 * f1(strict),
                    100 * precision(rightValue), 100 * recall(rightValue), 100 * f1(rightValue), 100 * f1(rightType));
        }
    }

    private TempEvalScorer() {
    }

    /** The extractor's dates, times, durations and sets as timexes. */
    static List<TimeMl.Timex> timexesOf(Extraction extraction) {
        List<TimeMl.Timex> timexes = new ArrayList<>();
        for (Mention mention : extraction.mentions()) {
            if (mention.kind().isTemporal()) {
                timexes.add(new TimeMl.Timex(mention.start(), mention.end(), mention.kind().name(), mention.value()));
            }
        }
        return timexes;
    }
}
