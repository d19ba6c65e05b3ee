package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a report into pages: the cover, one section per group (statements, chart, verdicts), the
 * timeline and the appendix of sources, then the running header and page numbers. Pure apart
 * from measuring text; not thread-safe.
 */
final class ReportLayout {

    private final TextMeasure measure;
    private final PaperFormat paper;
    private final Blocks blocks;

    ReportLayout(TextMeasure measure, PaperFormat paper) {
        this.measure = measure;
        this.paper = paper;
        this.blocks = new Blocks(measure, paper);
    }

    LaidOutReport layOut(ReportDocument document) {
        List<FlowItem> flow = flow(document);
        List<List<Element>> pages = new Paginator(paper).paginate(flow);
        PageFurniture furniture = new PageFurniture(measure, paper, document.cover().projectName());
        return new LaidOutReport(paper, furniture.addTo(pages));
    }

    List<FlowItem> flow(ReportDocument document) {
        List<FlowItem> flow = new ArrayList<>(new CoverPage(blocks, paper).flow(document));
        for (GroupSection group : document.groups()) {
            flow.addAll(group(group));
        }
        if (document.timeline() != null) {
            flow.add(new FlowItem.GroupStart());
            flow.add(blocks.heading("Timeline", TextStyle.HEADING, 18));
            flow.add(blocks.figure(document.timeline()));
        }
        if (!document.appendix().isEmpty()) {
            flow.add(new FlowItem.GroupStart());
            flow.add(blocks.heading("Appendix: sources", TextStyle.HEADING, 18));
            flow.addAll(table(SourceTable.COLUMNS).rows(SourceTable.cells(document.appendix())));
        }
        return flow;
    }

    private List<FlowItem> group(GroupSection group) {
        List<FlowItem> flow = new ArrayList<>();
        flow.add(new FlowItem.GroupStart());
        flow.add(blocks.heading(group.name(), TextStyle.HEADING, 18));
        if (!group.note().isBlank()) {
            flow.addAll(blocks.paragraph(group.note(), TextStyle.BODY));
        }
        if (!group.bySource().isEmpty()) {
            flow.add(blocks.heading("By source", TextStyle.SUBHEADING, 10));
            flow.addAll(blocks.paragraph(group.counts(), TextStyle.BODY));
            if (!group.origins().isEmpty()) {
                flow.addAll(blocks.paragraph("Independent origins:", TextStyle.BODY));
                for (String origin : group.origins()) {
                    flow.addAll(blocks.paragraph("•  " + origin, TextStyle.BODY));
                }
            }
            flow.add(blocks.space(4));
            flow.addAll(table(GlanceTable.COLUMNS).rows(GlanceTable.cells(group.bySource())));
            if (group.grid() != null) {
                flow.add(blocks.space(8));
                flow.add(blocks.figure(group.grid()));
            }
            for (String line : group.why()) {
                flow.addAll(blocks.paragraph("•  " + line, TextStyle.BODY));
            }
        }
        flow.add(blocks.heading("Statements", TextStyle.SUBHEADING, 10));
        if (group.statements().isEmpty()) {
            flow.addAll(blocks.paragraph("No statements in this group.", TextStyle.BODY));
        } else {
            flow.addAll(table(StatementTable.COLUMNS).rows(StatementTable.cells(group.statements())));
        }
        if (group.chart() != null) {
            flow.add(blocks.space(10));
            flow.add(blocks.figure(group.chart()));
        }
        if (!group.verdicts().isEmpty() || !group.comparison().isBlank()) {
            flow.add(blocks.heading("Verdicts", TextStyle.SUBHEADING, 10));
            if (!group.comparison().isBlank()) {
                flow.addAll(blocks.paragraph(group.comparison(), TextStyle.BODY));
                flow.add(blocks.space(6));
            }
            flow.add(blocks.legend());
            flow.addAll(table(VerdictTable.COLUMNS).rows(VerdictTable.cells(group.verdicts())));
        }
        return flow;
    }

    private TableLayout table(List<TableLayout.Column> columns) {
        return new TableLayout(measure, columns, paper.contentWidth(), paper.contentHeight());
    }
}
