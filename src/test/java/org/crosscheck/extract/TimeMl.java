package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TimeML document as TempEval-3 ships it: the creation date from {@code <DCT>}, the plain
 * text of {@code <TEXT>} with every tag stripped, and its TIMEX3 elements as character spans of
 * that plain text.
 */
record TimeMl(String text, LocalDate created, List<TimeMl.Timex> timexes) {

    /** A time expression: its span in the plain text, its TIMEX3 type and value. */
    record Timex(int start, int end, String type, String value) {
        boolean overlaps(Timex other) {
            return start < other.end && other.start < end;
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    static TimeMl parse(String xml) {
        LocalDate created = null;
        Matcher dct = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>").matcher(xml);
        if (dct.find()) {
            created = LocalDate.parse(attribute(dct.group(1), "value").substring(0, 10));
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        int openAt = -1;
        String openAttributes = null;
        while (tag.find()) {
            text.append(unescape(body.substring(last, tag.start())));
            last = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                openAt = text.length();
                openAttributes = tag.group(3);
            } else if (openAt >= 0) {
                timexes.add(new Timex(openAt, text.length(), attribute(openAttributes, "type"), attribute(openAttributes, "value")));
                openAt = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        return new TimeMl(text.toString(), created, timexes);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = ATTRIBUTE.matcher(attributes);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return "";
    }

    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
