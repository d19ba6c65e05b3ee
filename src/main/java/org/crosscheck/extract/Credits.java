package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * The names of a page that credit who wrote or photographed it rather than tell its story: by-lines
 * ("By Rick McCrabb"), photo credits ("Photo: Mike Glenn, Chronicle", "Sam Charles/Sun-Times"), a
 * reporter's telephone line ("Teresa Stepzinski: (904) 359-4075") and a site's offer to follow its
 * reporter ("notifications on Molly Parker", "Whenever Molly Parker posts new content"). A reporter's name is rare and so weighs much, yet two
 * pages that share it share a desk, not a story.
 */
final class Credits {

    /** Words after which "by" introduces who made the page: "Photo by …", "Story by …". */
    private static final Set<String> MADE_BY = Set.of("photo", "photos", "video", "story", "written", "posted",
            "reported", "compiled", "edited", "words", "images");
    /** Words before a colon that introduce a credit: "Photo: …". */
    private static final Set<String> CREDIT_LABELS = Set.of("photo", "photos", "video", "credit", "image",
            "images", "photographer", "author");

    private Credits() {
    }

    /** Clears in {@code names} (indexed from the sentence's first token) the names that credit the page's makers. */
    static void clear(List<Token> tokens, Sentence sentence, boolean[] names) {
        int index = sentence.first();
        while (index < sentence.last()) {
            if (!names[index - sentence.first()]) {
                index++;
                continue;
            }
            int end = index;
            while (end < sentence.last() && (names[end - sentence.first()] || tokens.get(end).is(".") && end + 1 < sentence.last()
                    && names[end + 1 - sentence.first()])) {
                end++;
            }
            if (isCredit(tokens, sentence, index, end)) {
                for (int name = index; name < end; name++) {
                    names[name - sentence.first()] = false;
                }
            }
            index = end;
        }
    }

    private static boolean isCredit(List<Token> tokens, Sentence sentence, int start, int end) {
        Token before = start > sentence.first() ? tokens.get(start - 1) : null;
        Token beforeThat = start - 1 > sentence.first() ? tokens.get(start - 2) : null;
        Token after = end < sentence.last() ? tokens.get(end) : null;
        Token afterThat = end + 1 < sentence.last() ? tokens.get(end + 1) : null;
        if (before != null && before.is("by")) {
            return start - 1 == sentence.first() || beforeThat != null && MADE_BY.contains(beforeThat.lower());
        }
        if (before != null && before.is(":") && beforeThat != null && CREDIT_LABELS.contains(beforeThat.lower())) {
            return true;
        }
        if (before != null && before.is("on") && beforeThat != null && beforeThat.is("notifications")) {
            return true;
        }
        if (before != null && before.is("whenever") && after != null && after.is("posts")) {
            return true; // "Whenever Molly Parker posts new content, you'll get an email"
        }
        if (after != null && after.is("/") && afterThat != null && afterThat.isCapitalized()) {
            return true;
        }
        return after != null && after.is(":") && afterThat != null && (afterThat.is("(") || afterThat.isNumber());
    }
}
