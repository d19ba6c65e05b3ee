package org.crosscheck.report;

/** A piece of text in one style; a cell or paragraph is a list of spans. */
record Span(String text, TextStyle style) {

    Span {
        text = ReportText.orEmpty(text);
    }
}
