package org.crosscheck.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Recognises the common binary formats researchers drop by mistake, so the message can say
 * what the file is ("a PDF document") rather than only that it is not text.
 */
final class BinarySignatures {

    private record Signature(String description, byte[] magic) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("a PDF document", bytes('%', 'P', 'D', 'F', '-')),
            new Signature("a PNG image", bytes(0x89, 'P', 'N', 'G')),
            new Signature("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
            new Signature("a GIF image", bytes('G', 'I', 'F', '8')),
            new Signature("a ZIP archive or Office document", bytes('P', 'K', 3, 4)),
            new Signature("a gzip archive", bytes(0x1F, 0x8B)),
            new Signature("a legacy Office document", bytes(0xD0, 0xCF, 0x11, 0xE0)),
            new Signature("a program", bytes(0x7F, 'E', 'L', 'F')));

    private BinarySignatures() {
    }

    static boolean isPdf(byte[] content) {
        return startsWith(content, SIGNATURES.get(0).magic());
    }

    /** What the bytes are, when they start like a known binary format. */
    static Optional<String> describe(byte[] content) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(content, signature.magic())) {
                return Optional.of(signature.description());
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
