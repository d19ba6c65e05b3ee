package org.crosscheck.report;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartDrawing;
import org.crosscheck.model.chart.ChartFont;
import org.crosscheck.model.chart.ChartSurface;
import org.crosscheck.model.chart.TextAlign;

/** The report of the bundled sample, built by hand: the fighters-in-Afghanistan group and its five sources. */
public final class SampleReport {

    static final String GROUP = "Islamic State · fighters · Afghanistan";

    static final List<StatementRow> STATEMENTS = List.of(
            new StatementRow("Islamic State group training Russian-born fighters in Afghanistan, diplomat says", "",
                    "Russian military staff", "2015-10-08", "", "2,000–3,000",
                    "about 2,000 to 3,000 militants",
                    "The presence in Afghanistan of the Islamic State group, also known as ISIS, is growing, with "
                            + "about 2,000 to 3,000 militants thought to be in the country, according to Russian military staff.",
                    "C3"),
            new StatementRow("Russia is cooperating with the Taliban to fight the Islamic State in Afghanistan",
                    "Breitbart News via Interfax", "Zamir Kabulov", "2015-12-23", "2015-10", "< 3,500",
                    "nearly 3,500 ISIS-linked jihadists",
                    "In October, Kabulov, Putin’s special envoy in Afghanistan, said there were nearly 3,500 "
                            + "ISIS-linked jihadists in Afghanistan, adding that the number was growing.",
                    "C3"),
            new StatementRow("ISIS has over 10,000 fighters in Afghanistan, more arriving from Syria & Iraq – Moscow",
                    "RT via RIA Novosti", "Zamir Kabulov", "2017-12-23", "", "> 10,000",
                    "over 10,000 loyal fighters",
                    "The terrorist group Islamic State has over 10,000 loyal fighters in Afghanistan, and Moscow "
                            + "believes the US may be underestimating their threat, Russia’s special envoy says.",
                    "D3"),
            new StatementRow("ISIS amasses 5,000 fighters on Afghan border with CARs: Russian official", "via RT",
                    "Alexander Bortnikov", "2018-05", "", "≥ 5,000 (northern Afghanistan)",
                    "at least 5,000 fighters",
                    "… offshoot in Afghanistan has amassed at least 5,000 fighters close to Central Asian Republics "
                            + "(CARs) border in North of Afghanistan.",
                    "D4"),
            new StatementRow("ISIS in Afghanistan threatened to attack Russia and executed alleged Russian informants",
                    "Circa", "Afghan intelligence officials", "2017-06-19", "", "≈ 3,000 (2,550–3,450)",
                    "roughly 3,000 fighters",
                    "Afghan intelligence officials told Circa they estimate ISIS has roughly 3,000 fighters.",
                    "B2"));

    static final List<VerdictRow> VERDICTS = List.of(
            new VerdictRow("Russian military staff, 2015-10", "Afghan intelligence, 2017-06", "agrees",
                    "≈ 3,000 lies inside 2,000–3,000.", false, ""),
            new VerdictRow("Russian military staff, 2015-10", "Kabulov, 2015-10", "tension",
                    "< 3,500 and 2,000–3,000 are close but do not overlap for the same month.", false, ""),
            new VerdictRow("Afghan intelligence, 2017-06", "Kabulov, 2017-12", "contradicts",
                    "> 10,000 is more than three times ≈ 3,000 within six months.", false, ""),
            new VerdictRow("Kabulov, 2015-10", "Kabulov, 2017-12", "changed-over-time",
                    "The same speaker, two years apart: the estimate rose.", false, ""),
            new VerdictRow("Bortnikov, 2018-05", "Kabulov, 2017-12", "different-scope",
                    "≥ 5,000 counts northern Afghanistan only; > 10,000 the whole country.", true,
                    "Bortnikov's figure is a regional count; do not compare it with national totals."));

    static final List<SourceEntry> SOURCES = List.of(
            new SourceEntry(STATEMENTS.get(0).source(), "", "", "https://example.org/000", "2015-10-08 (day)", "C3", 1),
            new SourceEntry(STATEMENTS.get(1).source(), "Breitbart News", "", "https://example.org/001",
                    "2015-12-23 (day)", "C3", 1),
            new SourceEntry(STATEMENTS.get(2).source(), "RT", "", "https://example.org/002", "2017-12-23 (day)", "D3", 1),
            new SourceEntry(STATEMENTS.get(3).source(), "", "HOA", "https://example.org/003", "2018-05 (month)", "D4", 1),
            new SourceEntry(STATEMENTS.get(4).source(), "Circa", "Sara Carter", "https://example.org/004",
                    "2017-06-19 (day)", "B2", 1));

    private SampleReport() {
    }

    public static ReportDocument document() {
        Figure chart = new Figure("The five figures as intervals on one axis",
                new Bars(480, 144, ChartColour.web("#1565C0")));
        Figure timeline = new Figure("When each figure was published and what time it refers to",
                new Bars(480, 192, ChartColour.web("#2E7D32")));
        GroupSection group = new GroupSection(GROUP,
                "Estimates of Islamic State fighters in Afghanistan, 2015–2018, mostly from Russian officials.",
                STATEMENTS, chart, VERDICTS);
        Cover cover = new Cover("Crosscheck sample", LocalDate.of(2024, 3, 1), "All groups", 5, 5, 1);
        return new ReportDocument(cover, List.of(group), timeline, SOURCES);
    }

    /** A plain chart with a few bars and a label, enough to see where a figure lands and how it is scaled. */
    record Bars(double width, double height, ChartColour colour) implements ChartDrawing {
        @Override
        public void drawOn(ChartSurface surface) {
            surface.setFill(ChartColour.web("#FFFFFF"));
            surface.fillRect(0, 0, width, height);
            surface.setFill(colour);
            for (int bar = 0; bar < 5; bar++) {
                surface.fillRect(16 + bar * 24, 16 + bar * (height - 32) / 5, width / 3 + bar * 36, (height - 32) / 8);
            }
            surface.setStroke(ChartColour.web("#404040"));
            surface.setLineWidth(1);
            surface.strokeRect(0.5, 0.5, width - 1, height - 1);
            surface.setFont(ChartFont.LABEL);
            surface.fillText("bars", width - 8, height / 2, TextAlign.RIGHT);
        }
    }
}
