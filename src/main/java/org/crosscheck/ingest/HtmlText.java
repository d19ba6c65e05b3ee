package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article inside a saved web page: its headline and paragraphs, without scripts, menus,
 * headers, footers and asides, and what the page's head says of it ({@link HtmlMetadata}).
 * Paragraphs are separated by a blank line, as in a text file.
 */
final class HtmlText {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";

    /** Headline, body and the page's metadata. */
    record Article(String title, String body, PageMetadata metadata) {
    }

    private HtmlText() {
    }

    static Article of(String html) {
        Document page = Jsoup.parse(html);
        PageMetadata metadata = HtmlMetadata.of(page);
        page.select(FURNITURE).remove();
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main");
        }
        if (main == null) {
            main = page.body();
        }
        Element headline = main.selectFirst("h1");
        String title = headline != null ? headline.text().strip() : page.title().strip();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : main.select(BLOCKS)) {
            if (insideAnotherBlock(block, main)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(main.text().strip());
        }
        if (!title.isEmpty() && !paragraphs.get(0).equals(title)) {
            paragraphs.add(0, title);
        }
        return new Article(title, String.join("\n\n", paragraphs).strip() + "\n", metadata);
    }

    /** A block inside another block (a <p> in a <blockquote>) is taken with its parent. */
    private static boolean insideAnotherBlock(Element block, Element container) {
        for (Element parent = block.parent(); parent != null && parent != container; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
