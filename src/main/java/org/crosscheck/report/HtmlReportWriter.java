package org.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Verdict;

/**
 * Writes a report as one self-contained HTML file: styles inline, charts as SVG data URIs, the same
 * content in the same order as the PDF. Its print stylesheet breaks pages before groups, repeats
 * table headers and keeps rows whole. Stateless and thread-safe.
 */
public final class HtmlReportWriter {

    /** The report as an HTML document. */
    public String render(ReportDocument report) {
        Html html = new Html();
        String title = report.cover().projectName() + " · Comparison report";
        html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .markup("<meta charset=\"utf-8\">").element("title", title)
                .open("style").markup(stylesheet()).close("style").close("head").open("body");
        cover(html, report);
        for (GroupSection group : report.groups()) {
            group(html, group);
        }
        if (report.timeline() != null) {
            html.open("section", "class", "timeline").element("h2", "Timeline");
            figure(html, report.timeline());
            html.close("section");
        }
        if (!report.appendix().isEmpty()) {
            html.open("section", "class", "appendix").element("h2", "Appendix: sources");
            appendix(html, report.appendix());
            html.close("section");
        }
        return html.close("body").close("html").markup("\n").toString();
    }

    /** Writes the report to a file in UTF-8, replacing it. */
    public void write(ReportDocument report, Path file) {
        try {
            Files.writeString(file, render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
    }

    private static void cover(Html html, ReportDocument report) {
        Cover cover = report.cover();
        html.open("section", "class", "cover").element("h1", cover.title())
                .element("p", "Comparison report · project " + cover.projectName(), "class", "subtitle")
                .element("p", CoverPage.DATE.format(cover.date()), "class", "date")
                .element("p", cover.scope(), "class", "scope")
                .open("ul", "class", "counts");
        count(html, cover.sources(), "source", "sources");
        count(html, cover.claims(), "statement, " + cover.confirmed() + " confirmed",
                "statements, " + cover.confirmed() + " confirmed");
        count(html, cover.contradictingPairs(), "pair of sources contradicts", "pairs of sources contradict");
        html.close("ul");
        html.element("p", cover.provenance(), "class", "provenance");
        if (!report.groups().isEmpty()) {
            html.element("h3", "In this report").open("ul", "class", "contents");
            for (GroupSection group : report.groups()) {
                html.element("li", group.name());
            }
            html.close("ul");
        }
        html.close("section");
    }

    private static void count(Html html, int count, String one, String many) {
        html.open("li", "class", many).element("strong", Integer.toString(count)).text(count == 1 ? one : many).close("li");
    }

    private static void group(Html html, GroupSection group) {
        html.open("section", "class", "group").element("h2", group.name());
        if (!group.note().isBlank()) {
            html.element("p", group.note(), "class", "note");
        }
        if (!group.bySource().isEmpty()) {
            html.element("h3", "By source").element("p", group.counts(), "class", "counts-line");
            head(html, "by-source", GlanceTable.COLUMNS);
            for (List<String> row : group.bySource()) {
                html.open("tr");
                for (String cell : row) {
                    html.open("td");
                    String[] lines = cell.split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            html.markup("<br>");
                        }
                        html.text(lines[i]);
                    }
                    html.close("td");
                }
                html.close("tr");
            }
            html.close("tbody").close("table");
            if (group.grid() != null) {
                figure(html, group.grid());
            }
            if (!group.why().isEmpty()) {
                html.open("ul", "class", "why");
                group.why().forEach(line -> html.element("li", line));
                html.close("ul");
            }
        }
        html.element("h3", "Statements");
        if (group.statements().isEmpty()) {
            html.element("p", "No statements in this group.");
        } else {
            statements(html, group.statements());
        }
        if (group.chart() != null) {
            figure(html, group.chart());
        }
        if (!group.verdicts().isEmpty() || !group.comparison().isBlank()) {
            html.element("h3", "Verdicts");
            if (!group.comparison().isBlank()) {
                html.element("p", group.comparison(), "class", "compared-by-sources");
            }
            legend(html);
            verdicts(html, group.verdicts());
        }
        html.close("section");
    }

    private static void statements(Html html, List<StatementRow> statements) {
        head(html, "statements", StatementTable.COLUMNS);
        for (StatementRow statement : statements) {
            html.open("tr").open("td").text(statement.source());
            muted(html, statement.outlet());
            html.close("td").element("td", statement.speaker(), "class", "speaker").open("td").text(statement.published());
            muted(html, statement.refersTo().isBlank() ? "" : "refers to " + statement.refersTo());
            String[] value = statement.value().split("\n", 2);
            html.close("td").open("td", "class", "value").text(value[0]);
            muted(html, value.length > 1 ? value[1] : "");
            html.close("td").open("td", "class", "quote");
            for (Span span : StatementTable.quoteInContext(statement)) {
                if (span.style().bold()) {
                    html.element("mark", span.text());
                } else if (span.text().startsWith("\n")) {
                    html.markup("<br>").text(span.text().substring(1));
                } else {
                    html.text(span.text());
                }
            }
            html.close("td").element("td", statement.grade(), "class", "grade").close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void verdicts(Html html, List<VerdictRow> verdicts) {
        head(html, "verdicts", VerdictTable.COLUMNS);
        for (VerdictRow verdict : verdicts) {
            Verdict word = Verdict.read(verdict.verdict());
            html.open("tr").open("td").text(verdict.a()).markup("<br>").text("↔ " + verdict.b()).close("td")
                    .open("td").element("span", word == null ? verdict.verdictWords() : word.label(),
                            "class", "verdict" + (word == null ? "" : " verdict-" + word.key()))
                    .close("td").open("td").text(verdict.reason());
            if (verdict.overridden()) {
                html.open("p", "class", "override").element("strong", "overridden:").text(" " + verdict.overrideNote())
                        .close("p");
            }
            html.close("td").close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void appendix(Html html, List<SourceEntry> sources) {
        head(html, "sources", SourceTable.COLUMNS);
        for (SourceEntry source : sources) {
            html.open("tr").element("td", source.title(), "class", "title").element("td", source.outlet())
                    .element("td", source.author()).element("td", source.url(), "class", "url")
                    .element("td", source.published()).element("td", source.grade())
                    .element("td", source.claimsShown()).close("tr");
        }
        html.close("tbody").close("table");
    }

    /** Opens a table with its header row and its body. */
    private static void head(Html html, String cssClass, List<TableLayout.Column> columns) {
        html.open("table", "class", cssClass).open("thead").open("tr");
        for (TableLayout.Column column : columns) {
            html.element("th", column.title());
        }
        html.close("tr").close("thead").open("tbody");
    }

    private static void legend(Html html) {
        html.open("p", "class", "legend").text("Verdicts: ");
        for (Verdict word : Verdict.values()) {
            html.element("span", word.label(), "class", "verdict verdict-" + word.key()).text(" ");
        }
        html.close("p");
    }

    private static void figure(Html html, Figure figure) {
        String svg = SvgSurface.of(figure.drawing());
        String source = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        html.open("figure").open("img", "src", source, "alt", figure.caption(),
                "style", String.format(Locale.ROOT, "width: %.1fpt", figure.widthPt()));
        if (!figure.caption().isBlank()) {
            html.element("figcaption", figure.caption());
        }
        html.close("figure");
    }

    private static void muted(Html html, String text) {
        if (!text.isBlank()) {
            html.markup("<br>").element("span", text, "class", "muted");
        }
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("the report stylesheet is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report stylesheet", e);
        }
    }
}
