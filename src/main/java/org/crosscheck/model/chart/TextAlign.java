package org.crosscheck.model.chart;

/** Where a chart's text stands against its x: starting there, centred on it, or ending there. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
