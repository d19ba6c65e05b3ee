package org.crosscheck.service;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;

/**
 * A corpus of files a researcher might drop on Crosscheck by mistake, or that arrive damaged,
 * written by code so that no large file is kept in the repository. Each case says what it should
 * give: an article, a refusal, or either (where a lenient parser may recover what is left).
 */
final class MalformedFiles {

    /** PARTLY: a folder whose readable articles import while what cannot be read is named. */
    enum Outcome { IMPORTED, REFUSED, EITHER, PARTLY }

    /** Writes one file (or folder, or link) into a folder and returns the path to import. */
    interface Writer {
        Path write(Path folder) throws Exception;
    }

    /** One malformed file: its name in the test report, what it should give, and how long it may take. */
    record Case(String name, Outcome outcome, Duration limit, Writer writer) {
    }

    /** Each of these takes well under a second; the limit leaves room for a slow machine. */
    private static final Duration QUICK = Duration.ofSeconds(15);
    /** About 1 s here; extraction that grew with the square of the length would take a minute. */
    private static final Duration FIGURES = Duration.ofSeconds(30);
    /**
     * Multi-megabyte files are read, extracted and stored in 1 to 15 s here, and took 30 s with the machine
     * loaded by other builds; the limit is there to catch a hang, not to time them.
     */
    private static final Duration LARGE = Duration.ofSeconds(120);

    private MalformedFiles() {
    }

    static List<Case> all() {
        return List.of(
                new Case("a zero-byte file", Outcome.REFUSED, QUICK, folder -> bytes(folder, "empty.txt", new byte[0])),
                new Case("a file of white space of every kind", Outcome.REFUSED, QUICK, folder ->
                        text(folder, "blank.txt", " \t\r\n\f\n\u00A0\u2007\u202F\u200B\u3000\uFEFF \n")),
                new Case("random bytes named .txt", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "noise.txt", random(64 * 1024))),
                new Case("a PNG image named .txt", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "picture.txt", signed(0x89, 'P', 'N', 'G', 13, 10, 26, 10))),
                new Case("a ZIP archive named .txt", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "archive.txt", signed('P', 'K', 3, 4, 20, 0))),
                new Case("a program (ELF) named .txt", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "program.txt", signed(0x7F, 'E', 'L', 'F', 2, 1, 1))),
                new Case("a truncated PDF", Outcome.EITHER, QUICK, folder -> {
                    byte[] whole = pdf(null);
                    return bytes(folder, "truncated.pdf", Arrays.copyOf(whole, whole.length / 2));
                }),
                new Case("a PDF header followed by garbage", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "garbage.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                                random(32 * 1024)))),
                new Case("a PDF that needs a password", Outcome.REFUSED, QUICK, folder ->
                        bytes(folder, "locked.pdf", pdf("secret"))),
                new Case("a PDF that claims to be encrypted but is not", Outcome.EITHER, QUICK, folder ->
                        bytes(folder, "fake-encrypted.pdf", fakeEncryptedPdf())),
                new Case("a .pdf that is really text", Outcome.IMPORTED, QUICK, folder ->
                        text(folder, "really-text.pdf", "Really a text file\n\nAbout 40 people were evacuated.\n")),
                new Case("10 MB of nested <div> elements", Outcome.EITHER, LARGE, MalformedFiles::nestedDivs),
                new Case("a web page without a body", Outcome.EITHER, QUICK, folder ->
                        text(folder, "no-body.html", "<!DOCTYPE html><html><head><title>Only a head</title></head></html>")),
                new Case("a text file of 17 MB, over the limit", Outcome.REFUSED, QUICK, folder -> {
                    Path huge = folder.resolve("huge.txt");
                    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                        file.setLength(17L * 1024 * 1024); // sparse: nothing is written
                    }
                    return huge;
                }),
                new Case("an article of 15 MB, just under the limit", Outcome.IMPORTED, LARGE, folder ->
                        text(folder, "long-article.txt", prose(15 * 1024 * 1024, 5))),
                new Case("a single line of 5 MB without a space", Outcome.IMPORTED, LARGE, folder ->
                        text(folder, "one-word.txt", letters(5 * 1024 * 1024))),
                new Case("2 MB of nothing but digits and commas", Outcome.IMPORTED, FIGURES, folder ->
                        text(folder, "figures.txt", digitsAndCommas(2 * 1024 * 1024))),
                new Case("lines ended by a bare carriage return", Outcome.IMPORTED, QUICK, folder ->
                        text(folder, "old-mac.txt", "Old Mac headline\r\rSome 12 people were hurt.\r\rThe end.\r")),
                new Case("invalid UTF-8 sequences", Outcome.EITHER, QUICK, folder ->
                        bytes(folder, "bad-utf8.txt", concat("Bad bytes\n\nThe toll rose to 11 ".getBytes(StandardCharsets.UTF_8),
                                signed(0xC0, 0xAF, 0x80, 0xE2, 0x82, 0xED, 0xA0, 0x80, 0xFF, 0xC3, '(', '\n')))),
                new Case("UTF-16 with a byte-order mark and an odd number of bytes", Outcome.EITHER, QUICK, folder ->
                        bytes(folder, "odd-utf16.txt", concat(
                                "Odd headline\r\n\r\nNearly 3,500 fighters.".getBytes(StandardCharsets.UTF_16), signed('x')))),
                new Case("UTF-16 without a byte-order mark and an odd number of bytes", Outcome.EITHER, QUICK, folder ->
                        bytes(folder, "odd-utf16le.txt", concat(
                                "Odd headline\r\n\r\nRoughly 3,000 fighters.".getBytes(StandardCharsets.UTF_16LE), signed('x')))),
                new Case("markdown nested 20,000 levels deep", Outcome.IMPORTED, LARGE, MalformedFiles::nestedMarkdown),
                new Case("a file name with accents, spaces and an emoji", Outcome.IMPORTED, QUICK, folder ->
                        text(folder, "Überfall in Köln – 3 Tote 😀 (1).txt", "Überfall in Köln\n\nDrei Menschen starben, 3 dead.\n")),
                new Case("a symbolic link to itself", Outcome.REFUSED, QUICK, folder ->
                        link(folder.resolve("loop.txt"), Path.of("loop.txt"))),
                new Case("a link to an endless device", Outcome.REFUSED, QUICK, folder ->
                        link(folder.resolve("endless.txt"), Path.of("/dev/zero"))),
                new Case("a named pipe nobody writes to", Outcome.REFUSED, QUICK, MalformedFiles::namedPipe),
                new Case("a folder named x.txt", Outcome.REFUSED, QUICK, folder ->
                        Files.createDirectories(folder.resolve("x.txt"))),
                new Case("a file nobody may read", Outcome.REFUSED, QUICK, Unreadable::file),
                new Case("a folder with a subfolder nobody may read", Outcome.PARTLY, QUICK, Unreadable::folder));
    }

    private static Path text(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path bytes(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** A fixed seed, so a failure shows the same bytes every time. */
    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(12).nextBytes(bytes);
        return bytes;
    }

    /** A known signature followed by the binary rubbish that real files of that kind hold. */
    private static byte[] signed(int... start) {
        byte[] head = new byte[start.length];
        for (int i = 0; i < start.length; i++) {
            head[i] = (byte) start[i];
        }
        return start.length > 2 ? concat(head, random(4096)) : head;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** A one-page PDF with text; with a password, readable only with it. */
    private static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (int line = 0; line < 40; line++) {
                    content.showText("Line " + line + ": about 2,000 to 3,000 fighters, the envoy said.");
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The trailer names an /Encrypt dictionary that holds nothing an encryption needs. */
    private static byte[] fakeEncryptedPdf() {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "3 0 obj << /Filter /Standard /V 9 /R 99 >> endobj\n"
                + "trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<01> <02>] >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private static Path nestedDivs(Path folder) throws IOException {
        StringBuilder page = new StringBuilder(10 * 1024 * 1024 + 100).append("<html><body>");
        int level = 0;
        while (page.length() < 10 * 1024 * 1024) {
            page.append("<div>");
            if (++level % 1000 == 0) {
                page.append("level ").append(level).append(' ');
            }
        }
        return text(folder, "nested.html", page.append("</body></html>").toString());
    }

    private static Path nestedMarkdown(Path folder) throws IOException {
        StringBuilder text = new StringBuilder("Deep markdown\n\n");
        for (int level = 1; level <= 20_000; level++) {
            text.append(">".repeat(Math.min(level, 200))).append(" ".repeat(level % 40)).append("- [*_")
                    .append(level % 7 == 0 ? "3 killed" : "item").append("_*](").append('\n');
        }
        return text(folder, "deep.md", text.toString());
    }

    /** News prose with a figure every five sentences or so, about as often as real news gives one. */
    static String prose(int length, int sentencesPerFigure) {
        StringBuilder text = new StringBuilder(length + 200).append("A very long report\n\n");
        for (int sentence = 0; text.length() < length; sentence++) {
            if (sentence % sentencesPerFigure == 0) {
                text.append("On day ").append(sentence % 28 + 1).append(", about ").append(sentence % 997 * 10 + 10)
                        .append(" people were displaced, officials said. ");
            } else {
                text.append("The council met again in the town hall, and the talks went on late into the night. ");
            }
            if (sentence % 8 == 7) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    private static String letters(int length) {
        Random random = new Random(5);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }

    private static String digitsAndCommas(int length) {
        Random random = new Random(7);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = random.nextInt(4) == 0 ? ',' : (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    /** Skipped where links cannot be made (Windows without the right), or there is no /dev/zero. */
    private static Path link(Path link, Path target) throws IOException {
        Assumptions.assumeTrue(!target.isAbsolute() || Files.exists(target), target + " does not exist here");
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e.getMessage());
            return link;
        }
    }

    private static Path namedPipe(Path folder) throws Exception {
        Path pipe = folder.resolve("pipe.txt");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed here");
        } catch (IOException noMkfifo) {
            Assumptions.abort("mkfifo is not available here");
        }
        return pipe;
    }
}
