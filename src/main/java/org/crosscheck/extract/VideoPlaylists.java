package org.crosscheck.extract;

import java.util.Locale;

/**
 * A page's list of other videos, each line a clip's length and its title ("1:37 Ex-boyfriend of
 * missing woman faces questions Pause", "0:52 Kansas City Quadruple Shooting"): what a site plays
 * beside every story that week, not the story of the page. Two pages that share the list share a
 * site and a week, and its titles are full of rare names. Stateless and thread-safe.
 */
final class VideoPlaylists {

    /** One clip-length line alone may be a time of day; a list has at least this many. */
    static final int SHORTEST_LIST = 2;

    private VideoPlaylists() {
    }

    /** The text without its clip lines when it holds a list of them; otherwise the text itself. */
    static String without(String text) {
        if (count(text) < SHORTEST_LIST) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            if (!isClip(text, start, lineEnd)) {
                kept.append(text, start, lineEnd).append('\n');
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return kept.toString();
    }

    private static int count(String text) {
        int clips = 0;
        int start = 0;
        while (start < text.length() && clips < SHORTEST_LIST) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            if (isClip(text, start, lineEnd)) {
                clips++;
            }
            start = lineEnd + 1;
        }
        return clips;
    }

    /**
     * "1:37 Title": one or two digits, a colon, two digits, a space and a title that does not start
     * as a time of day does ("10:30 a.m. Police said …", "9:15 PM").
     */
    static boolean isClip(String text, int start, int end) {
        int at = start;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        int digits = 0;
        while (at < end && Character.isDigit(text.charAt(at))) {
            at++;
            digits++;
        }
        if (digits < 1 || digits > 2 || at + 4 >= end || text.charAt(at) != ':'
                || !Character.isDigit(text.charAt(at + 1)) || !Character.isDigit(text.charAt(at + 2))
                || text.charAt(at + 3) != ' ') {
            return false;
        }
        int title = at + 4;
        char first = text.charAt(title);
        if (!Character.isLetterOrDigit(first) && "'\"‘“$#".indexOf(first) < 0) {
            return false;
        }
        String next = text.substring(title, Math.min(end, title + 5)).toLowerCase(Locale.ROOT);
        return !(next.startsWith("a.m") || next.startsWith("p.m") || next.startsWith("am ") || next.startsWith("pm ")
                || next.equals("am") || next.equals("pm") || next.startsWith("am,") || next.startsWith("pm,")
                || next.startsWith("am.") || next.startsWith("pm."));
    }
}
