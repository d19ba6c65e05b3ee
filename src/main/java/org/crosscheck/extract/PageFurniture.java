package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Marks lines that are page furniture rather than text: image file names such as
 * "Screen Shot 2017-06-19 at 8.58.32 PM.png" left behind by a web page. Their numbers are neither
 * quantities nor dates.
 */
final class PageFurniture {

    private static final Set<String> FILE_EXTENSIONS = Words.of(
            "png", "jpg", "jpeg", "gif", "webp", "svg", "pdf", "doc", "docx", "mp4", "mov", "htm", "html", "php", "aspx");

    private PageFurniture() {
    }

    static void mark(List<Token> tokens, List<Sentence> sentences, boolean[] taken) {
        for (Sentence sentence : sentences) {
            if (isFileName(tokens, sentence)) {
                for (int index = sentence.first(); index < sentence.last(); index++) {
                    taken[index] = true;
                }
            }
        }
    }

    private static boolean isFileName(List<Token> tokens, Sentence sentence) {
        if (sentence.size() < 3 || sentence.size() > 20) {
            return false;
        }
        Token last = tokens.get(sentence.last() - 1);
        Token dot = tokens.get(sentence.last() - 2);
        return FILE_EXTENSIONS.contains(last.lower()) && last.glued() && dot.is(".") && dot.glued();
    }
}
