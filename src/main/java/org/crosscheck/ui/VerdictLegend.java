package org.crosscheck.ui;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.crosscheck.ui.chart.FxSurface;
import org.crosscheck.model.chart.VerdictMark;
import org.crosscheck.model.Verdict;

/** What the verdict marks of the charts mean, drawn with the charts' own marks. */
final class VerdictLegend {

    private VerdictLegend() {
    }

    static FlowPane create() {
        FlowPane legend = new FlowPane(12, 4);
        legend.setId("verdictLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Verdict kind : Verdict.values()) {
            Canvas mark = new Canvas(14, 14);
            VerdictMark.paint(new FxSurface(mark.getGraphicsContext2D()), kind, 7, 7, 12);
            Label label = new Label(kind.label(), mark);
            label.setGraphicTextGap(4);
            legend.getChildren().add(label);
        }
        legend.getChildren().add(new Label("● confirmed   ○ suggestion"));
        return legend;
    }
}
