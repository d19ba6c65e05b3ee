package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Figures;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupAtAGlance.FigureGiven;
import org.crosscheck.model.GroupAtAGlance.SourcePair;
import org.crosscheck.model.GroupAtAGlance.SourceRow;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.Outlets;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;

/**
 * Summarises a comparison group by source, the way a reader asks (see {@link GroupAtAGlance}): one row
 * per source with the figures it gave, and between every two sources the verdict that matters most. Pure.
 */
public final class SummaryBySource {

    private SummaryBySource() {
    }

    /** Summarises a group by source. */
    public static GroupAtAGlance of(ComparisonGroup group) {
        Map<Long, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < group.statements().size(); i++) {
            bySource.computeIfAbsent(group.statements().get(i).claim().sourceId(), id -> new ArrayList<>()).add(i);
        }
        // sources in the order they spoke, so the letters read as a chronology
        List<Map.Entry<Long, List<Integer>>> ordered = new ArrayList<>(bySource.entrySet());
        ordered.sort(java.util.Comparator.comparing((Map.Entry<Long, List<Integer>> source) ->
                publishedDay(group.statements().get(source.getValue().get(0)))).thenComparing(Map.Entry::getKey));
        List<SourceRow> rows = new ArrayList<>();
        Map<Long, Integer> position = new java.util.HashMap<>();
        for (Map.Entry<Long, List<Integer>> source : ordered) {
            position.put(source.getKey(), rows.size());
            rows.add(row(group, source.getKey(), letter(rows.size()), source.getValue()));
        }
        return new GroupAtAGlance(rows, pairs(group, position), group.origins(), Origins.pairsByVerdict(group));
    }

    private static SourceRow row(ComparisonGroup group, long sourceId, String letter, List<Integer> positions) {
        Statement first = group.statements().get(positions.get(0));
        List<String> speakers = new ArrayList<>();
        List<FuzzyDate> holdsFor = new ArrayList<>();
        Map<String, int[]> figures = new LinkedHashMap<>();
        Map<String, String> intervals = new LinkedHashMap<>();
        int confirmed = 0;
        for (int position : positions) {
            Statement statement = group.statements().get(position);
            String speaker = carriedBy(statement);
            if (!speaker.isEmpty() && speakers.stream().noneMatch(speaker::equalsIgnoreCase)) {
                // "Zamir Kabulov → RIA Novosti" says all "Zamir Kabulov" says
                speakers.removeIf(shorter -> speaker.startsWith(shorter + CitationChain.ARROW));
                if (speakers.stream().noneMatch(longer -> longer.startsWith(speaker + CitationChain.ARROW))) {
                    speakers.add(speaker);
                }
            }
            if (!holdsFor.contains(statement.when())) {
                holdsFor.add(statement.when());
            }
            String written = GroupAtAGlance.briefly(Figures.of(statement.claim().quantity()));
            figures.computeIfAbsent(written, figure -> new int[1])[0]++;
            intervals.putIfAbsent(written, GroupAtAGlance.interval(statement));
            if (statement.claim().status() == ClaimStatus.CONFIRMED) {
                confirmed++;
            }
        }
        List<FigureGiven> given = new ArrayList<>();
        figures.forEach((written, times) -> given.add(new FigureGiven(written, intervals.get(written), times[0])));
        return new SourceRow(sourceId, letter, first.sourceTitle(), Outlets.shown(first.outlet()), speakers,
                first.published(), holdsFor, given, positions, confirmed);
    }

    /**
     * Who said it and who carried it to the source: its chain without the source's own outlet
     * ("Zamir Kabulov → RIA Novosti"), or the speaker as written when the chain knows no more.
     */
    static String carriedBy(Statement statement) {
        CitationChain chain = statement.chain();
        List<String> links = new ArrayList<>(chain.links());
        if (!chain.outlet().isEmpty() && !links.isEmpty()) {
            links.remove(links.size() - 1);
        }
        String written = statement.claim().speaker().strip();
        if (links.isEmpty() || chain.speaker().isEmpty() && !written.isEmpty()) {
            return written;
        }
        return String.join(CitationChain.ARROW, links);
    }

    /**
     * The pairs of sources, each with the source of the earlier row first and in the order of their
     * rows (A × B, A × C, …, B × C): so the counts, the grid's tooltips and the reasons in the window
     * and the report all name a pair one way ("C × D", never "D × C").
     */
    private static List<SourcePair> pairs(ComparisonGroup group, Map<Long, Integer> position) {
        Map<List<Long>, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        Map<List<Long>, List<PairVerdict>> behind = new LinkedHashMap<>();
        for (PairVerdict verdict : group.verdicts()) {
            long a = group.statements().get(verdict.a()).claim().sourceId();
            long b = group.statements().get(verdict.b()).claim().sourceId();
            if (a == b) {
                continue; // a source's own figures are not two sources disagreeing
            }
            List<Long> key = position.get(a) < position.get(b) ? List.of(a, b) : List.of(b, a);
            counts.computeIfAbsent(key, ignored -> new EnumMap<>(Verdict.class)).merge(verdict.verdict(), 1, Integer::sum);
            behind.computeIfAbsent(key, ignored -> new ArrayList<>()).add(verdict);
        }
        List<SourcePair> pairs = new ArrayList<>();
        counts.forEach((key, byVerdict) -> {
            Verdict weightiest = GroupAtAGlance.WEIGHT.stream().filter(byVerdict::containsKey).findFirst().orElseThrow();
            String reason = behind.get(key).stream().filter(pair -> pair.verdict() == weightiest).findFirst()
                    .map(pair -> pair.overridden() && !pair.overrideNote().isBlank() ? pair.overrideNote()
                            : pair.reason()).orElse("");
            pairs.add(new SourcePair(key.get(0), key.get(1), weightiest, byVerdict, reason, behind.get(key)));
        });
        pairs.sort(java.util.Comparator.comparing((SourcePair pair) -> position.get(pair.sourceA()))
                .thenComparing(pair -> position.get(pair.sourceB())));
        return pairs;
    }

    private static java.time.LocalDate publishedDay(Statement statement) {
        return statement.published().isKnown() ? statement.published().date() : java.time.LocalDate.MAX;
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "S" + (index + 1);
    }
}
