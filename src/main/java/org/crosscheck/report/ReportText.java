package org.crosscheck.report;

/** Small text helpers shared by the document model and the renderers. */
final class ReportText {

    private ReportText() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** "Zamir Kabulov · Interfax", leaving out the empty parts. */
    static String joined(String separator, String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (joined.length() > 0) {
                    joined.append(separator);
                }
                joined.append(part.strip());
            }
        }
        return joined.toString();
    }
}
