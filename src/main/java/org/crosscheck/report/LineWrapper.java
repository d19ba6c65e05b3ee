package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a width, measured with the fonts the PDF prints in.
 * Breaks at spaces; a word wider than the line (a URL) is broken between characters. A line feed
 * in the text always starts a new line. Each line comes back as spans with their x offsets.
 */
final class LineWrapper {

    /** A piece of a line, printed at x. */
    record Piece(float x, String text, TextStyle style) {
    }

    private static final String BREAK_AFTER = "/-.?&=_";
    /** Signs written before a figure with a space: "≈ 3,000", "≥ 10,000", "< 5". */
    private static final String STAYS_WITH_NEXT = "≈≥≤<>~±";

    private final TextMeasure measure;

    LineWrapper(TextMeasure measure) {
        this.measure = measure;
    }

    List<List<Piece>> wrap(String text, TextStyle style, float width) {
        return wrap(List.of(new Span(text, style)), width);
    }

    List<List<Piece>> wrap(List<Span> spans, float width) {
        LineBuilder lines = new LineBuilder(width);
        for (Span span : spans) {
            String text = measure.printable(span.text());
            int start = 0;
            while (start < text.length()) {
                char first = text.charAt(start);
                if (first == '\n') {
                    lines.breakLine();
                    start++;
                    continue;
                }
                int end = start;
                if (first == ' ') {
                    while (end < text.length() && text.charAt(end) == ' ') {
                        end++;
                    }
                } else {
                    end = wordEnd(text, start);
                    // "≈ 2,000–3,000": a sign standing before its figure does not end a line, unless the
                    // two are wider than a whole line, which is better broken at the space than in the figure
                    if (end - start == 1 && STAYS_WITH_NEXT.indexOf(first) >= 0 && end + 1 < text.length()
                            && text.charAt(end) == ' ' && text.charAt(end + 1) != ' ' && text.charAt(end + 1) != '\n') {
                        int withFigure = wordEnd(text, end + 1);
                        if (measure.width(text.substring(start, withFigure), span.style()) <= width) {
                            end = withFigure;
                        }
                    }
                }
                lines.add(text.substring(start, end), span.style());
                start = end;
            }
        }
        return lines.finish();
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    /** Collects words into lines, merging neighbours of the same style into one piece. */
    private final class LineBuilder {
        private final float width;
        private final List<List<Piece>> lines = new ArrayList<>();
        private List<Piece> line = new ArrayList<>();
        private float x;

        LineBuilder(float width) {
            this.width = width;
        }

        void add(String token, TextStyle style) {
            boolean blank = token.isBlank();
            if (blank && line.isEmpty()) {
                return; // a line never starts with spaces
            }
            float tokenWidth = measure.width(token, style);
            if (!blank && x + tokenWidth > width && !line.isEmpty()) {
                breakLine();
            }
            if (!blank && tokenWidth > width) {
                addBrokenWord(token, style);
                return;
            }
            append(token, style, tokenWidth);
        }

        private void addBrokenWord(String word, TextStyle style) {
            int start = 0;
            while (start < word.length()) {
                int end = start + 1;
                while (end < word.length()
                        && x + measure.width(word.substring(start, end + 1), style) <= width) {
                    end++;
                }
                end = preferredBreak(word, start, end);
                String piece = word.substring(start, end);
                append(piece, style, measure.width(piece, style));
                start = end;
                if (start < word.length()) {
                    breakLine();
                }
            }
        }

        /** Within a URL, break after a slash or similar rather than mid-name when one is close. */
        private int preferredBreak(String word, int start, int end) {
            if (end >= word.length()) {
                return end;
            }
            for (int at = end - 1; at > start + (end - start) / 2; at--) {
                if (BREAK_AFTER.indexOf(word.charAt(at)) >= 0) {
                    return at + 1;
                }
            }
            return end;
        }

        private void append(String token, TextStyle style, float tokenWidth) {
            int last = line.size() - 1;
            if (last >= 0 && line.get(last).style().equals(style)) {
                Piece previous = line.get(last);
                line.set(last, new Piece(previous.x(), previous.text() + token, style));
            } else {
                line.add(new Piece(x, token, style));
            }
            x += tokenWidth;
        }

        void breakLine() {
            lines.add(trimmed(line));
            line = new ArrayList<>();
            x = 0;
        }

        List<List<Piece>> finish() {
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(trimmed(line));
            }
            return lines;
        }

        /** Trailing spaces are not printed; they would only confuse text extraction. */
        private List<Piece> trimmed(List<Piece> pieces) {
            List<Piece> result = new ArrayList<>();
            for (Piece piece : pieces) {
                result.add(piece);
            }
            while (!result.isEmpty()) {
                int last = result.size() - 1;
                String stripped = result.get(last).text().stripTrailing();
                if (!stripped.isEmpty()) {
                    result.set(last, new Piece(result.get(last).x(), stripped, result.get(last).style()));
                    break;
                }
                result.remove(last);
            }
            return result;
        }
    }
}
