package org.crosscheck.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Verdict;
import org.crosscheck.report.FlowItem.Block;

/** The cover: project, date, what the report covers, the headline counts and the groups inside. */
final class CoverPage {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int CARD_FILL = 0xF1F3F4;

    private final Blocks blocks;
    private final PaperFormat paper;

    CoverPage(Blocks blocks, PaperFormat paper) {
        this.blocks = blocks;
        this.paper = paper;
    }

    List<FlowItem> flow(ReportDocument document) {
        Cover cover = document.cover();
        List<FlowItem> flow = new ArrayList<>();
        flow.add(blocks.heading(cover.title(), TextStyle.TITLE, paper.contentHeight() * 0.18f));
        flow.add(blocks.heading("Comparison report · project " + cover.projectName(), TextStyle.SUBTITLE, 2));
        flow.add(blocks.space(18));
        flow.addAll(blocks.paragraph(DATE.format(cover.date()), TextStyle.BODY));
        flow.addAll(blocks.paragraph(cover.scope(), TextStyle.BODY));
        flow.add(blocks.space(24));
        flow.add(counts(cover));
        flow.add(blocks.space(10));
        flow.addAll(blocks.paragraph(cover.provenance(), TextStyle.BODY));
        if (!document.groups().isEmpty()) {
            flow.add(blocks.heading("In this report", TextStyle.SUBHEADING, 30));
            for (GroupSection group : document.groups()) {
                flow.addAll(blocks.paragraph("•  " + group.name(), TextStyle.BODY));
            }
        }
        flow.add(new FlowItem.PageBreak());
        return flow;
    }

    /** Three cards side by side: sources, claims, contradictions. */
    private Block counts(Cover cover) {
        String[][] cards = {
            {Integer.toString(cover.sources()), cover.sources() == 1 ? "source" : "sources"},
            {Integer.toString(cover.claims()), (cover.claims() == 1 ? "statement, " : "statements, ")
                    + cover.confirmed() + " confirmed"},
            {Integer.toString(cover.contradictingPairs()), cover.contradictingPairs() == 1
                    ? "pair of sources contradicts" : "pairs of sources contradict"},
        };
        float gap = 12;
        float width = (paper.contentWidth() - 2 * gap) / 3;
        float height = 62;
        List<Element> elements = new ArrayList<>();
        for (int card = 0; card < cards.length; card++) {
            float x = card * (width + gap);
            TextStyle number = card == 2 && cover.contradictingPairs() > 0
                    ? TextStyle.TITLE.withColor(Verdict.CONTRADICTS.rgb()) : TextStyle.TITLE;
            elements.add(new Element.Box(x, 0, width, height, CARD_FILL));
            elements.add(new Element.TextRun(x + 12, 12 + number.ascent(), cards[card][0], number));
            elements.add(new Element.TextRun(x + 12, height - 10, cards[card][1], TextStyle.BODY.withColor(TextStyle.MUTED)));
        }
        return new Block(height, elements);
    }
}
