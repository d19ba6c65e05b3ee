package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The charset a web page declares in {@code <meta charset>} or in
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=…">}. The head is read as
 * ISO-8859-1, which keeps every byte and is enough for the ASCII the declaration is written in.
 */
final class DeclaredCharset {

    /** Browsers look at the first 1,024 bytes; saved pages put long scripts first, so look further. */
    private static final int HEAD_LENGTH = 16 * 1024;
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)",
            Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    static Optional<Charset> of(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, HEAD_LENGTH), StandardCharsets.ISO_8859_1);
        Document document = Jsoup.parse(head);
        for (Element meta : document.select("meta[charset], meta[http-equiv]")) {
            String name = meta.hasAttr("charset") ? meta.attr("charset") : parameter(meta);
            Optional<Charset> charset = named(name);
            if (charset.isPresent()) {
                return charset;
            }
        }
        return Optional.empty();
    }

    private static String parameter(Element meta) {
        if (!meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
            return "";
        }
        Matcher matcher = CHARSET_PARAMETER.matcher(meta.attr("content"));
        return matcher.find() ? matcher.group(1) : "";
    }

    /**
     * As browsers read it: ISO-8859-1 and ASCII mean Windows-1252 (pages labelled so use its curly
     * quotes), and a byte-wise page cannot be UTF-16, whatever it says.
     */
    private static Optional<Charset> named(String name) {
        String label = name.strip().toLowerCase(Locale.ROOT);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(Encodings.WINDOWS_1252);
        }
        try {
            Charset charset = Charset.forName(label);
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
                    ? Optional.empty() : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // a misspelt declaration: judge the bytes as if there were none
        }
    }
}
