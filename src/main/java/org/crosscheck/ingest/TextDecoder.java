package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the encoding of a text file and decodes it. Order matters: a byte-order mark is
 * certain; strict UTF-8 rarely passes by accident; UTF-16 without a mark shows as zero bytes in
 * every other position; Windows-1252 decodes almost anything, so it comes last and is checked
 * for control characters that real text never holds.
 */
final class TextDecoder {

    /** The text and the encoding it was in. */
    record Decoded(String text, Charset charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_LENGTH = 4096;

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes are not text in an encoding we read. */
    static Optional<Decoded> decode(byte[] bytes) {
        Optional<Decoded> marked = byBom(bytes);
        if (marked.isPresent()) {
            return marked;
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return strictly(bytes, 0, utf16.get());
        }
        if (hasNul(bytes)) {
            return Optional.empty();
        }
        Optional<Decoded> utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8;
        }
        return strictly(bytes, 0, WINDOWS_1252).filter(decoded -> looksLikeText(decoded.text()));
    }

    private static Optional<Decoded> byBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** English text in UTF-16 has a zero byte in nearly every high half of a code unit. */
    private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
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

    private static Optional<Decoded> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            return looksLikeText(text) ? Optional.of(new Decoded(text, charset)) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFF_LENGTH); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Text holds no control characters but tab, line ends and form feed. */
    private static boolean looksLikeText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            if (c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                return false;
            }
        }
        return true;
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
