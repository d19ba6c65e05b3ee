package org.crosscheck.report;

/** Measures text the way the PDF will print it, so lines wrap where the printed text ends. */
interface TextMeasure {

    /** The width of the text in points. The text must be printable (see {@link #printable}). */
    float width(String text, TextStyle style);

    /** The text with characters the fonts cannot draw replaced, so measuring and printing agree. */
    String printable(String text);
}
