package org.crosscheck.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an H2 file is whole, judged from its bytes alone before H2 opens it. H2 reads a cut
 * file without complaint, falling back to an older state and writing over the rest, so a file
 * cut short must be caught here. H2 writes in whole blocks of 4 KiB, and the header it writes
 * when it closes a project cleanly names the last chunk of blocks: a file that ends part-way
 * through a block, or, closed cleanly, before the end of that chunk, was cut. What follows that chunk may be a write
 * that a crash or a full disk interrupted; H2 rolls that back itself, so it is no damage.
 */
final class FileShape {

    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final Pattern HEADER_BLOCK = Pattern.compile("[,:]block:([0-9a-f]{1,15})[,\\n]");
    private static final Pattern CLEAN = Pattern.compile("^H:2,[^\\n]*[,]clean:1[,\\n]");
    private static final Pattern CHUNK_LENGTH = Pattern.compile("^chunk:[0-9a-f]+,(?:[a-z]+:[0-9a-f]+,)*?len:([0-9a-f]{1,15})[,\\n ]");

    private FileShape() {
    }

    /** Why the file is not whole, or null when it looks whole. */
    static String damage(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * BLOCK || size % BLOCK != 0) {
                return "it ends part-way through a block (" + size + " bytes)";
            }
            String headerText = read(channel, 0, BLOCK);
            Matcher header = HEADER_BLOCK.matcher(headerText);
            if (!CLEAN.matcher(headerText).find() || !header.find()) {
                // only a header written at a clean close names the file's last chunk; one written while
                // the project was open may name a chunk since moved or overwritten, which is no damage
                return null;
            }
            long start = Long.parseLong(header.group(1), 16) * BLOCK;
            if (start >= size) {
                return "its header points past the end of the file";
            }
            Matcher chunk = CHUNK_LENGTH.matcher(read(channel, start, FOOTER));
            if (!chunk.find()) {
                return "the part its header points to is missing";
            }
            long end = start + Long.parseLong(chunk.group(1), 16) * BLOCK;
            if (end > size || !read(channel, end - FOOTER, FOOTER).startsWith("chunk:")) {
                return "it ends before the last part its header names";
            }
            return null;
        }
    }

    private static String read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until full or at the end
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }
}
