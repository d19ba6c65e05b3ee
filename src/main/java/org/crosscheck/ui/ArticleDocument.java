package org.crosscheck.ui;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;

/**
 * An article's text with its highlights as a finished rich-text document. Built off the JavaFX
 * thread: handing the text area a 1 MB string makes it cut the paragraphs on the JavaFX thread
 * (50–200 ms here), while putting a built document in its place takes a few milliseconds.
 */
final class ArticleDocument {

    private ArticleDocument() {
    }

    /** Paragraphs end at line ends, as the text area cuts them; styles as the highlights give them, none outlined. */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(String text,
                                                                                    ClaimHighlights highlights) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        int from = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', from);
            int to = lineEnd < 0 ? text.length() : lineEnd;
            if (to == from) {
                builder.addParagraph("", List.of());
            } else {
                builder.addParagraph(text.substring(from, to), highlights.spans(from, to, null));
            }
            if (lineEnd < 0) {
                return builder.build();
            }
            from = lineEnd + 1;
        }
    }
}
