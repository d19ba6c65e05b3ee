package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the encoding of a text file and decodes it, or refuses it in words the researcher can act
 * on; it never guesses silently. Order matters: a byte-order mark is certain; UTF-16 without a
 * mark shows as zero bytes in every other position; a web page's declared charset is honoured
 * when the bytes decode in it; strict UTF-8 rarely passes by accident, and mostly-UTF-8 with
 * broken bytes is a damaged UTF-8 file (read as anything else it would be mojibake); text whose
 * only non-ASCII bytes are the punctuation the Windows code pages share reads the same in all of
 * them; the rest goes to {@link CharsetGuess}, which must be confident and must not have a
 * close rival that reads the bytes differently.
 */
final class TextDecoder {

    /** The text and the encoding it was in. */
    record Decoded(String text, Charset charset) {
    }

    /**
     * ICU's confidence below which a reading is not trusted. Measured on one-sentence news texts
     * ({@code CharsetDetectionBenchmark}): the right readings scored 27 to 98 (short Czech lowest,
     * English highest); Ukrainian in windows-1251 scores 13, as ICU knows Russian only; random
     * bytes reach 9 at most in the encodings Crosscheck accepts.
     */
    static final int CONFIDENCE_FLOOR = 20;

    /**
     * How far the best reading's score must lead the next reading's, which gives other letters.
     * On the same sentences the right readings led by 11 or more; the readings refused for it
     * (short Czech, Polish, Turkish and Greek sentences) led by 0 to 7.
     */
    static final int CONFIDENCE_MARGIN = 10;

    private TextDecoder() {
    }

    /**
     * The decoded text.
     *
     * @param html whether the file is a web page, whose declared charset counts
     * @throws UnreadableFileException when the bytes are not text, are damaged UTF-8, or their
     *                                 encoding cannot be told with confidence
     */
    static Decoded decode(Path file, byte[] bytes, boolean html) {
        Optional<UnicodeSigns.Mark> mark = UnicodeSigns.byteOrderMark(bytes);
        if (mark.isPresent()) {
            Optional<Decoded> marked = strictly(bytes, mark.get().length(), mark.get().charset());
            if (marked.isPresent()) {
                return marked.get();
            }
            Utf8Evidence utf8 = Utf8Evidence.of(bytes); // a UTF-8 mark makes every broken byte damage
            throw mark.get().charset().equals(StandardCharsets.UTF_8) && utf8.broken() > 0 ? damaged(file, utf8)
                    : notText(file);
        }
        Optional<Charset> utf16 = UnicodeSigns.utf16WithoutMark(bytes);
        if (utf16.isPresent()) {
            return strictly(bytes, 0, utf16.get()).orElseThrow(() -> notText(file));
        }
        if (UnicodeSigns.hasNul(bytes)) {
            throw notText(file);
        }
        Utf8Evidence utf8 = Utf8Evidence.of(bytes);
        Optional<Decoded> declared = html ? declared(bytes, utf8) : Optional.empty();
        if (declared.isPresent()) {
            return declared.get();
        }
        Optional<Decoded> strictUtf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (strictUtf8.isPresent()) {
            return strictUtf8.get();
        }
        if (utf8.isDamagedUtf8()) {
            throw damaged(file, utf8);
        }
        if (Encodings.onlySharedPunctuation(bytes)) {
            return strictly(bytes, 0, Encodings.WINDOWS_1252).orElseThrow(() -> notText(file));
        }
        return guessed(file, bytes, html);
    }

    /**
     * The page's own charset, when its bytes decode in it. A page whose bytes are UTF-8 with
     * non-ASCII letters, damaged or not, is UTF-8 whatever it declares: saving a page again as
     * UTF-8 often keeps the old declaration, and Latin-2 or Cyrillic bytes are practically never
     * well-formed UTF-8.
     */
    private static Optional<Decoded> declared(byte[] bytes, Utf8Evidence utf8) {
        Optional<Charset> charset = DeclaredCharset.of(bytes);
        if (charset.isEmpty()) {
            return Optional.empty();
        }
        if (!charset.get().equals(StandardCharsets.UTF_8) && utf8.looksLikeUtf8()) {
            return Optional.empty();
        }
        return strictly(bytes, 0, charset.get());
    }

    /**
     * The best reading, unless it is not confident, or an encoding Crosscheck does not read
     * (Hebrew, Arabic, East Asian) scores close to it, or another reading does, or it
     * has a symbol inside a word ("Œwi¹tek") and another reading has fewer. ICU reads English as
     * Western, so an English text in windows-1250 with Polish names scores far higher as
     * windows-1252; the symbols its names turn into are the sign, as real text has none inside words.
     */
    private static Decoded guessed(Path file, byte[] bytes, boolean html) {
        CharsetGuess.Guess guess = CharsetGuess.of(bytes, html);
        List<CharsetGuess.Reading> readings = guess.readings();
        if (readings.isEmpty() || readings.get(0).confidence() < CONFIDENCE_FLOOR
                || guess.unreadConfidence() > readings.get(0).score() - CONFIDENCE_MARGIN) {
            throw notText(file);
        }
        CharsetGuess.Reading best = readings.get(0);
        Optional<CharsetGuess.Reading> rival = readings.stream().skip(1)
                .filter(other -> other.score() > best.score() - CONFIDENCE_MARGIN
                        || other.oddities().symbolsInWords() < best.oddities().symbolsInWords())
                .findFirst();
        if (rival.isPresent()) {
            throw new UnreadableFileException(file, "could be in " + Encodings.nameOf(best.charset()) + " or in "
                    + Encodings.nameOf(rival.get().charset()) + ", and Crosscheck cannot tell which (the wrong one"
                    + " would garble its letters). Open it in a text editor, save it as UTF-8 and import again.");
        }
        return strictly(bytes, 0, best.charset()).orElseThrow(() -> notText(file)); // a byte past the sample it lacks
    }

    private static UnreadableFileException notText(Path file) {
        return new UnreadableFileException(file, "is not a text file, or its encoding is not one Crosscheck can"
                + " recognise. If it is text, open it in a text editor, save it as UTF-8 and import again.");
    }

    private static UnreadableFileException damaged(Path file, Utf8Evidence utf8) {
        String where = utf8.broken() == 1 ? "a byte on line " + utf8.firstBrokenLine() + " is"
                : utf8.broken() + " bytes, the first on line " + utf8.firstBrokenLine() + ", are";
        return new UnreadableFileException(file, "is damaged: it is UTF-8 text, but " + where + " not valid UTF-8,"
                + " so some of its characters are lost. Open it in a text editor, mend those places,"
                + " save it as UTF-8 and import again.");
    }

    /** The bytes decoded in {@code charset}, when every byte is a character of it and the text holds no control characters. */
    static Optional<Decoded> strictly(byte[] bytes, int offset, Charset charset) {
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
}
