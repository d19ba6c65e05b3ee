package org.crosscheck.service.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip of a .qdpx, opened to read: project.qde and the texts in {@code sources/}. Every entry is
 * read with a cap on its size, so a damaged or hostile file cannot fill the memory; a damaged entry
 * is a {@link QdpxFileException}, never half a text.
 */
final class QdpxArchive implements AutoCloseable {

    /** As for a file imported on its own (README, "Import"); project.qde may be larger. */
    private static final long LARGEST_TEXT = 16L << 20;
    private static final long LARGEST_PROJECT = 512L << 20;

    private final Path file;
    private final ZipFile zip;

    private QdpxArchive(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static QdpxArchive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new QdpxFileException(file, "does not exist.");
        }
        try {
            return new QdpxArchive(file, new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw new QdpxFileException(file, "is not a REFI-QDA project (.qdpx) that can be read: a .qdpx is a zip "
                    + "archive, and this file is no zip or a damaged one (cut short, or changed since it was written).", e);
        } catch (IOException e) {
            throw new QdpxFileException(file, "cannot be read (" + e.getMessage() + ").", e);
        }
    }

    Path file() {
        return file;
    }

    /** project.qde, which every .qdpx holds at its top. */
    byte[] project() {
        ZipEntry entry = zip.getEntry("project.qde");
        if (entry == null) {
            throw new QdpxFileException(file, "is a zip archive but no REFI-QDA project: it holds no project.qde.");
        }
        return read(entry, LARGEST_PROJECT);
    }

    /**
     * The text an {@code internal://NAME} path names, in {@code sources/}; empty when the path
     * points outside the file (an absolute or relative:// path, which the standard also allows).
     *
     * @throws QdpxFileException when the file names a text it does not hold, or one that is no UTF-8
     */
    Optional<String> text(String plainTextPath) {
        if (!plainTextPath.startsWith("internal://")) {
            return Optional.empty();
        }
        String name = "sources/" + plainTextPath.substring("internal://".length());
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new QdpxFileException(file, "names the text " + name + ", which is not in it: the file is damaged "
                    + "or was not written whole.");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(read(entry, LARGEST_TEXT))).toString());
        } catch (CharacterCodingException e) {
            throw new QdpxFileException(file, "holds the text " + name + ", which is not in UTF-8 as the standard "
                    + "wants.", e);
        }
    }

    private byte[] read(ZipEntry entry, long largest) {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(largest + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > largest) {
                throw new QdpxFileException(file, "holds " + entry.getName() + ", which is larger than Crosscheck reads ("
                        + (largest >> 20) + " MB).");
            }
            return bytes;
        } catch (ZipException e) {
            throw new QdpxFileException(file, "holds " + entry.getName() + ", which is damaged (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new QdpxFileException(file, "holds " + entry.getName() + ", which cannot be read (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from: nothing is lost when closing fails
        }
    }
}
