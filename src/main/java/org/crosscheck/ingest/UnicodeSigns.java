package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the first bytes of a file say for certain: a byte-order mark, UTF-16 without one, or a
 * zero byte, which only UTF-16 and binary files hold.
 */
final class UnicodeSigns {

    /** A byte-order mark: the encoding it names and how many bytes it takes. */
    record Mark(Charset charset, int length) {
    }

    private static final int SNIFF_LENGTH = 4096;

    private UnicodeSigns() {
    }

    static Optional<Mark> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Mark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new Mark(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new Mark(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    /** English text in UTF-16 has a zero byte in nearly every high half of a code unit. */
    static Optional<Charset> utf16WithoutMark(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
        if (length < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < length; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int units = length / 2;
        if (zeroOdd > units * 0.4 && zeroEven < units * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > units * 0.4 && zeroOdd < units * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFF_LENGTH); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
