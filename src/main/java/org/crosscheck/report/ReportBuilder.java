package org.crosscheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Figures;
import org.crosscheck.model.Grade;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.LaneMode;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Sentences;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.chart.GroupChartData;
import org.crosscheck.model.chart.IntervalChartDrawing;
import org.crosscheck.model.chart.TimelineDrawing;
import org.crosscheck.model.chart.TimelineItems;
import org.crosscheck.model.chart.TimelinePublication;

/**
 * Builds the report document once from the comparison, so the PDF, the HTML and the printed pages
 * never disagree. Charts are kept as drawings, painted as vector graphics by whichever writer
 * needs them, so building needs no JavaFX toolkit. Callable from any thread.
 */
public final class ReportBuilder {

    private static final double CHART_WIDTH_PT = 500;
    /**
     * The interval chart is drawn wider than the page and scaled onto it, so its labels print at
     * about the body's size and its three parts (labels, bars, verdict matrix) each keep room.
     */
    private static final double INTERVAL_CHART_WIDTH_PT = 640;
    private static final double TIMELINE_HEIGHT_PT = 260;

    private ReportBuilder() {
    }

    public static ReportDocument build(ReportInput input) {
        return build(input, (done, total) -> { });
    }

    /** Builds the report; {@code progress} hears (groups done, groups in all) as the groups are set out. */
    public static ReportDocument build(ReportInput input, java.util.function.BiConsumer<Integer, Integer> progress) {
        Map<Long, Source> sources = new HashMap<>();
        input.sources().forEach(source -> sources.put(source.id(), source));
        List<GroupSection> sections = new ArrayList<>();
        int contradictions = 0;
        List<Statement> covered = new ArrayList<>();
        Map<Long, Integer> claimsPerSource = new LinkedHashMap<>();
        for (ComparisonGroup group : input.groups()) {
            progress.accept(sections.size(), input.groups().size());
            sections.add(section(group, input.glanceOf(group), sources, input.colours()));
            contradictions += (int) group.contradictions();
            for (Statement statement : group.statements()) {
                covered.add(statement);
                claimsPerSource.merge(statement.claim().sourceId(), 1, Integer::sum);
            }
        }
        int confirmed = (int) covered.stream()
                .filter(statement -> statement.claim().status() == org.crosscheck.model.ClaimStatus.CONFIRMED).count();
        int contradictingPairs = input.groups().stream()
                .mapToInt(group -> (int) input.glanceOf(group).contradictingPairs()).sum();
        int contradictingOrigins = 0;
        int corroboratingOrigins = 0;
        for (ComparisonGroup group : input.groups()) {
            GroupAtAGlance glance = input.glanceOf(group);
            contradictingOrigins += glance.contradictingOrigins();
            corroboratingOrigins += glance.corroboratingOrigins();
        }
        Cover cover = new Cover(input.projectName(), input.date(), input.scope(), claimsPerSource.size(),
                covered.size(), contradictions, title(input.groups()), confirmed, contradictingPairs,
                input.projectClaims(), contradictingOrigins, corroboratingOrigins);
        return new ReportDocument(cover, sections, timeline(covered, input),
                appendix(claimsPerSource, sources, input.claimsOfSource()));
    }

    /** "Islamic State · fighters · Afghanistan", "… and 2 more groups": what the report is about, not its file. */
    static String title(List<ComparisonGroup> groups) {
        if (groups.isEmpty()) {
            return "Comparison report";
        }
        String first = groups.get(0).name();
        int more = groups.size() - 1;
        return more == 0 ? first : first + " and " + more + (more == 1 ? " more group" : " more groups");
    }

    private static GroupSection section(ComparisonGroup group, GroupAtAGlance glance, Map<Long, Source> sources,
                                        org.crosscheck.model.ColourSlots colours) {
        List<StatementRow> rows = new ArrayList<>();
        for (Statement statement : group.statements()) {
            Source source = sources.get(statement.claim().sourceId());
            String text = source == null ? statement.quote() : source.text();
            rows.add(new StatementRow(statement.sourceTitle(), org.crosscheck.model.Outlets.shown(statement.outletOrSource()),
                    statement.chain().describe().isEmpty() ? statement.claim().speaker() : statement.chain().describe(),
                    statement.published().isKnown() ? statement.published().display() : "",
                    statement.claim().refersTo().date().isKnown() ? statement.claim().refersTo().date().display() : "",
                    Figures.of(statement.claim().quantity()) + (statement.claim().status()
                            == org.crosscheck.model.ClaimStatus.CONFIRMED ? "\n● confirmed" : "\n○ suggested"),
                    statement.quote(),
                    Sentences.around(text, statement.claim().start(), statement.claim().end()),
                    source == null || source.grade() == null ? "" : Grade.codeOf(source.grade())));
        }
        List<VerdictRow> verdicts = new ArrayList<>();
        for (PairVerdict pair : SourceComparison.listed(group)) {
            verdicts.add(new VerdictRow(GroupChartData.label(group, pair.a()), GroupChartData.label(group, pair.b()),
                    pair.verdict().key(), pair.reason(), pair.overridden(), pair.overrideNote()));
        }
        return new GroupSection(group.name(), group.note(), rows, chart(group, colours), verdicts,
                SourceComparison.summary(group), glance.counts() + " · " + glance.confirmed() + " of "
                        + glance.statements() + " confirmed by the researcher",
                GlanceTable.texts(glance), grid(group, glance, colours), why(glance), origins(group));
    }

    /** The sources against each other, with the legend of the verdict marks; none for a single source. */
    private static Figure grid(ComparisonGroup group, GroupAtAGlance glance,
                               org.crosscheck.model.ColourSlots colours) {
        if (glance.sources() < 2) {
            return null;
        }
        List<org.crosscheck.model.chart.SourceGridDrawing.GridSource> sources = glance.rows().stream()
                .map(row -> new org.crosscheck.model.chart.SourceGridDrawing.GridSource(row.letter(), row.name(),
                        colours.of(row.sourceId()))).toList();
        List<Long> order = glance.rows().stream().map(GroupAtAGlance.SourceRow::sourceId).toList();
        List<org.crosscheck.model.chart.SourceGridDrawing.GridCell> cells = glance.pairs().stream()
                .map(pair -> new org.crosscheck.model.chart.SourceGridDrawing.GridCell(order.indexOf(pair.sourceA()),
                        order.indexOf(pair.sourceB()), pair.verdict().key())).toList();
        return new Figure("Source against source: the weightiest verdict between their statements",
                new org.crosscheck.model.chart.SourceGridDrawing(sources, cells, CHART_WIDTH_PT * 0.7));
    }

    /** "Zamir Kabulov: 5 statements in 2 articles (Breitbart News, RT)", one line per independent origin. */
    static List<String> origins(ComparisonGroup group) {
        List<String> lines = new ArrayList<>();
        for (org.crosscheck.model.Origin origin : group.origins()) {
            List<String> outlets = new ArrayList<>();
            java.util.Set<Long> articles = new java.util.HashSet<>();
            for (int position : origin.statements()) {
                Statement statement = group.statements().get(position);
                articles.add(statement.claim().sourceId());
                String via = String.join(" → ", statement.chain().links().subList(
                        statement.chain().speaker().isEmpty() ? 0 : 1, statement.chain().links().size()));
                if (!via.isEmpty() && !outlets.contains(via)) {
                    outlets.add(via);
                }
            }
            int count = origin.statements().size();
            lines.add(origin.name() + ": " + count + (count == 1 ? " statement" : " statements") + " in " + articles.size()
                    + (articles.size() == 1 ? " article" : " articles") + (outlets.isEmpty() ? "" : ", via " + String.join("; ", outlets)));
        }
        return lines;
    }

    /** A line for each pair of sources that contradicts, and why, in the order and the way the counts name the pairs. */
    private static List<String> why(GroupAtAGlance glance) {
        List<String> lines = new ArrayList<>();
        for (GroupAtAGlance.SourcePair pair : glance.pairs()) {
            if (pair.verdict() == Verdict.CONTRADICTS) {
                lines.add(name(glance, pair.sourceA()) + " × " + name(glance, pair.sourceB()) + " contradict ("
                        + pair.detail() + "): " + pair.reason());
            }
        }
        return lines;
    }

    private static String name(GroupAtAGlance glance, long sourceId) {
        return glance.row(sourceId).map(row -> row.letter() + " " + row.name()).orElse("?");
    }

    private static Figure chart(ComparisonGroup group, org.crosscheck.model.ColourSlots colours) {
        boolean hasFigures = group.statements().stream().anyMatch(s -> s.claim().quantity().low() != null
                || s.claim().quantity().high() != null);
        if (!hasFigures) {
            return null;
        }
        double height = Math.max(120, 40 + rowHeight(group.statements().size()) * group.statements().size());
        return new Figure("The figures of “" + group.name() + "” on one axis, with the verdicts between them",
                new IntervalChartDrawing(GroupChartData.statements(group, colours), GroupChartData.verdicts(group),
                        INTERVAL_CHART_WIDTH_PT, height));
    }

    /**
     * Points per statement row of the interval chart: 26 up to 20 statements, then less, down to
     * 14, so a large group's chart is not so tall that fitting it onto the page shrinks its labels
     * out of reading.
     */
    private static double rowHeight(int statements) {
        return statements <= 20 ? 26 : Math.max(14, 520.0 / statements);
    }

    private static Figure timeline(List<Statement> covered, ReportInput input) {
        if (covered.isEmpty()) {
            return null;
        }
        java.util.Set<Long> coveredSources = new java.util.HashSet<>();
        covered.forEach(statement -> coveredSources.add(statement.claim().sourceId()));
        List<SourceSummary> summaries = input.sources().stream()
                .filter(source -> coveredSources.contains(source.id()))
                .map(source -> new SourceSummary(source.id(), source.title(), source.outlet(), source.published(),
                        source.grade(), 0))
                .toList();
        List<TimelinePublication> publications = TimelineItems.publications(summaries);
        var items = TimelineItems.items(covered, input.groups(), input.tags());
        return new Figure("When the statements were made (marks) and the times they refer to (bars)",
                TimelineDrawing.fitted(items, publications, LaneMode.SOURCE, CHART_WIDTH_PT, TIMELINE_HEIGHT_PT,
                        input.colours()));
    }

    private static List<SourceEntry> appendix(Map<Long, Integer> claimsPerSource, Map<Long, Source> sources,
                                              Map<Long, Integer> claimsOfSource) {
        List<SourceEntry> entries = new ArrayList<>();
        claimsPerSource.keySet().stream().map(sources::get).filter(source -> source != null)
                .sorted(java.util.Comparator.comparing((Source source) -> source.published().isKnown()
                        ? source.published().date() : java.time.LocalDate.MAX))
                .forEach(source -> entries.add(new SourceEntry(source.title(),
                        org.crosscheck.model.Outlets.shown(source.outlet()), source.author(),
                        source.url(), published(source), source.grade() == null ? "" : Grade.codeOf(source.grade()),
                        claimsPerSource.get(source.id()),
                        claimsOfSource == null ? -1 : claimsOfSource.getOrDefault(source.id(), -1))));
        return entries;
    }

    private static String published(Source source) {
        if (!source.published().isKnown()) {
            return "unknown";
        }
        return source.published().display() + switch (source.published().precision()) {
            case DAY -> "";
            case MONTH -> " (month only)";
            case YEAR -> " (year only)";
            default -> " (" + source.published().precision().key() + ")";
        };
    }
}
