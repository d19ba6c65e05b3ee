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
 * cut short must be caught here: H2 writes in whole blocks of 4 KiB, every write ends with a
 * chunk footer, and the header names a block that must lie inside the file.
 */
final class FileShape {

    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final Pattern HEADER_BLOCK = Pattern.compile("[,:]block:([0-9a-f]{1,15})[,\\n]");

    private FileShape() {
    }

    /** Why the file is not whole, or null when it looks whole. */
    static String damage(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * BLOCK || size % BLOCK != 0) {
                return "it ends part-way through a block (" + size + " bytes)";
            }
            if (!read(channel, size - FOOTER, FOOTER).startsWith("chunk:")) {
                return "its last part is missing";
            }
            Matcher header = HEADER_BLOCK.matcher(read(channel, 0, BLOCK));
            if (header.find() && Long.parseLong(header.group(1), 16) * BLOCK >= size) {
                return "its header points past the end of the file";
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
