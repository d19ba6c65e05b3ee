package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.FuzzyDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page's head says of its article: Open Graph and article meta tags, the author meta
 * tag, the canonical link, {@code <time datetime>} in the article, and JSON-LD structured data of
 * a {@code NewsArticle} (or another article type). For each field the first source that gives it
 * wins: title og:title, then JSON-LD headline (which search engines want cut at 110 characters);
 * outlet og:site_name, then the publisher's name; author the author meta tag, article:author
 * (unless it is a link to a profile), then the JSON-LD authors; date article:published_time,
 * og:published_time, JSON-LD datePublished, then a {@code <time>} of the article; URL the
 * canonical link, og:url, then the JSON-LD url.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    /** Read before the page's scripts are removed: JSON-LD is a script. */
    static PageMetadata of(Document page) {
        JsonNode article = jsonLdArticle(page).orElse(JSON.createObjectNode());
        String title = first(meta(page, "og:title"), text(article.path("headline")));
        String outlet = first(meta(page, "og:site_name"), names(article.path("publisher")));
        String author = first(meta(page, "author"), notALink(meta(page, "article:author")), names(article.path("author")));
        String url = first(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"),
                text(article.path("url")));
        FuzzyDate published = FuzzyDate.UNKNOWN;
        for (String date : List.of(meta(page, "article:published_time"), meta(page, "og:published_time"),
                text(article.path("datePublished")), articleTime(page))) {
            published = PublicationDate.parse(date);
            if (published.isKnown()) {
                break;
            }
        }
        return new PageMetadata(title, outlet, author, url, published);
    }

    /** A meta tag by {@code property} (as Open Graph writes it) or by {@code name} (as many sites do). */
    private static String meta(Document page, String key) {
        Element meta = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return meta == null ? "" : meta.attr("content").strip();
    }

    /** The time of the article itself; a page's header often shows today's date in a {@code <time>} too. */
    private static String articleTime(Document page) {
        Element time = page.selectFirst("article time[datetime], main time[datetime], time[pubdate][datetime]");
        return time == null ? "" : time.attr("datetime");
    }

    private static String notALink(String author) {
        return author.startsWith("http://") || author.startsWith("https://") ? "" : author;
    }

    private static Optional<JsonNode> jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> article = findArticle(JSON.readTree(script.data()));
                if (article.isPresent()) {
                    return article;
                }
            } catch (JsonProcessingException e) {
                // broken structured data is common; the meta tags may still say what it meant to
            }
        }
        return Optional.empty();
    }

    /** The first article node in a JSON-LD document: an object, an array of them, or an {@code @graph}. */
    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<JsonNode> found = findArticle(element);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.path("@type"))) {
            return Optional.of(node);
        }
        return findArticle(node.path("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.endsWith("Article") || name.endsWith("BlogPosting");
    }

    /** A person or organisation given by name, as an object with a name, as a plain string, or several of them. */
    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode each : node.isArray() ? node : List.of(node)) {
            String name = each.isObject() ? text(each.path("name")) : text(each);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText("").strip() : "";
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
