package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads an article into clean text, or says in words why it cannot: plain text in any common
 * encoding (UTF-8 with or without a byte-order mark, UTF-16, and the Western, Central European,
 * Cyrillic, Greek and Turkish single-byte encodings, see {@link TextDecoder}), a saved web page
 * (the article without the page around it, and what its head says of it), or a PDF with text.
 * Stateless and thread-safe; blocking, so call it off the JavaFX thread.
 */
public final class TextFileReader {

    /** Larger files are not articles; reading them would only stall the app. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final int TITLE_LIMIT = 300;

    public ImportedText read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(file, "is a folder, not a file.");
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // a pipe or a device (a link to /dev/zero) never ends, or waits for a writer forever
                throw new UnreadableFileException(file, "is not an ordinary file (a device or a pipe?); "
                        + "Crosscheck imports files of text.");
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooLarge(file, attributes.size());
            }
            return read(file, readAtMostTheLimit(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "does not exist (was it moved or deleted?).", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, "cannot be opened: permission denied.", e);
        } catch (FileSystemException e) {
            // its reason without the path, which the message already names
            throw new UnreadableFileException(file, "cannot be read: " + e.getReason() + ".", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A file that grew after its size was taken (or lies about it) is still read no further than the limit. */
    private static byte[] readAtMostTheLimit(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file, Math.max(Files.size(file), bytes.length));
            }
            return bytes;
        }
    }

    private static UnreadableFileException tooLarge(Path file, long size) {
        return new UnreadableFileException(file, String.format(Locale.ROOT,
                "is %.1f MB; Crosscheck imports text files of up to %d MB.",
                size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }

    /** Reads bytes that came from a file of this name (used for the sample inside the jar). */
    public ImportedText read(String fileName, byte[] bytes) {
        return read(Path.of(fileName), bytes);
    }

    private ImportedText read(Path file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException(file, "is too large to import as an article.");
        }
        if (BinarySignatures.isPdf(bytes)) {
            return finish(file, PdfText.of(file, bytes), StandardCharsets.UTF_8, PageMetadata.NONE);
        }
        var binary = BinarySignatures.describe(bytes);
        if (binary.isPresent()) {
            throw new UnreadableFileException(file, "is " + binary.get() + ", not a text file.");
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes, isHtml(file, start));
        String text = decoded.text();
        if (isHtml(file, text)) {
            HtmlText.Article article = HtmlText.of(text);
            return finish(file, article.body(), decoded.charset(), article.metadata());
        }
        return finish(file, text, decoded.charset(), PageMetadata.NONE);
    }

    private static ImportedText finish(Path file, String raw, Charset charset, PageMetadata page) {
        String text = clean(raw);
        if (holdsNoText(text)) {
            throw new UnreadableFileException(file, "is empty: it holds no text to import.");
        }
        return new ImportedText(file, titleOf(text, file), text, ContentHash.of(text), charset, page);
    }

    /**
     * Blank to a reader: white space of any kind, including the no-break and zero-width spaces
     * that {@link String#isBlank} counts as text.
     */
    private static boolean holdsNoText(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** By its name, or by how it starts when the name says nothing (a page saved as .txt). */
    private static boolean isHtml(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String start = text.stripLeading();
        start = start.substring(0, Math.min(start.length(), 200)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** One kind of line end and no stray byte-order mark, so offsets mean the same everywhere. */
    private static String clean(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String titleOf(String text, Path file) {
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                return stripped.length() <= TITLE_LIMIT ? stripped : stripped.substring(0, TITLE_LIMIT) + "…";
            }
        }
        return file.getFileName().toString();
    }
}
