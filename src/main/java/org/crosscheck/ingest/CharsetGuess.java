package org.crosscheck.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a text that is neither UTF-8 nor UTF-16 may say in each single-byte encoding Crosscheck
 * reads ({@link Encodings}), with ICU's confidence (0–100) that the encoding is right. ICU scores
 * the letter triples of the languages it knows (English, French, German …, Polish, Czech,
 * Hungarian, Romanian, Russian, Greek, Turkish), so it tells Central European and Cyrillic text
 * from Western text that decodes without error but wrongly. The caller decides what is enough.
 */
final class CharsetGuess {

    /**
     * One way to read the bytes, judged on the sample ICU read: where the non-ASCII bytes are,
     * which is where encodings differ. The caller decodes the whole file in the chosen one.
     *
     * @param sample   the sample as this encoding reads it
     * @param oddities what in the sample looks like a wrong decoding
     */
    record Reading(Charset charset, String sample, int confidence, Oddities oddities) {

        /**
         * The confidence less 15 points for each oddity. ICU gives the ISO-8859-2 and windows-1250
         * readings of one text confidences up to 4 apart whichever is right, so one oddity must
         * outweigh that and the margin the caller asks for; yet a far more confident reading
         * keeps its lead over one that is odd-free by chance ("pøišli" for Czech "přišli").
         */
        int score() {
            return confidence - ODDITY_COST * oddities.count();
        }
    }

    /**
     * The readings, best {@link Reading#score() score} first, each text once; and ICU's best
     * confidence in an encoding Crosscheck does not read (0 when none), which a reading must beat.
     */
    record Guess(List<Reading> readings, int unreadConfidence) {
    }

    private static final int ODDITY_COST = 15;

    /** ICU looks at this many bytes only, so a long file is sampled where its non-ASCII bytes are. */
    private static final int SAMPLE_LIMIT = 8000;
    private static final int CONTEXT = 200;

    private CharsetGuess() {
    }

    static Guess of(byte[] bytes, boolean html) {
        byte[] sample = sample(bytes);
        List<Reading> readings = new ArrayList<>();
        int unread = 0;
        for (CharsetMatch match : detect(sample, html)) {
            Optional<Charset> accepted = Encodings.accepted(match.getName());
            if (accepted.isEmpty()) {
                unread = Encodings.isUnicode(match.getName()) ? unread : Math.max(unread, match.getConfidence());
                continue;
            }
            Optional<Encodings.Twins> twins = Encodings.twinsOf(accepted.get());
            if (twins.isEmpty()) {
                add(readings, sample, accepted.get(), match.getConfidence());
                continue;
            }
            if (accepted.get().equals(twins.get().iso())) {
                add(readings, sample, twins.get().iso(), match.getConfidence());
            }
            // the Windows reading, written in the ISO encoding, is scored with the table that was made for it
            add(readings, sample, twins.get().windows(), rescored(sample, twins.get(), html));
        }
        readings.sort(Comparator.comparingInt(Reading::score).reversed());
        return new Guess(distinct(readings), unread);
    }

    private static int rescored(byte[] sample, Encodings.Twins twins, boolean html) {
        Optional<byte[]> rewritten = reencode(sample, twins.windows(), twins.iso());
        if (rewritten.isEmpty()) {
            return 0;
        }
        for (CharsetMatch match : detect(rewritten.get(), html)) {
            if (match.getName().equals(twins.iso().name())) {
                return match.getConfidence();
            }
        }
        return 0;
    }

    private static void add(List<Reading> readings, byte[] sample, Charset charset, int confidence) {
        if (readings.stream().anyMatch(reading -> reading.charset().equals(charset))) {
            return;
        }
        TextDecoder.strictly(sample, 0, charset).ifPresent(decoded ->
                readings.add(new Reading(charset, decoded.text(), confidence, Oddities.in(decoded.text()))));
    }

    /** Two encodings that give the same text are one reading (ISO-8859-2 and windows-1250 agree on most letters). */
    private static List<Reading> distinct(List<Reading> sorted) {
        List<Reading> distinct = new ArrayList<>();
        for (Reading reading : sorted) {
            if (distinct.stream().noneMatch(kept -> kept.sample().equals(reading.sample()))) {
                distinct.add(reading);
            }
        }
        return distinct;
    }

    private static CharsetMatch[] detect(byte[] bytes, boolean html) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        return matches == null ? new CharsetMatch[0] : matches;
    }

    /** The bytes around the non-ASCII ones, which are where encodings differ. */
    private static byte[] sample(byte[] bytes) {
        if (bytes.length <= SAMPLE_LIMIT) {
            return bytes;
        }
        ByteArrayOutputStream sample = new ByteArrayOutputStream(SAMPLE_LIMIT + 2 * CONTEXT);
        int covered = 0;
        for (int i = 0; i < bytes.length && sample.size() < SAMPLE_LIMIT; i++) {
            if (bytes[i] < 0) {
                int from = Math.max(covered, i - CONTEXT);
                int to = Math.min(bytes.length, i + CONTEXT);
                if (from > covered && sample.size() > 0) {
                    sample.write('\n');
                }
                sample.write(bytes, from, to - from);
                covered = to;
                i = to - 1;
            }
        }
        return sample.size() == 0 ? Arrays.copyOf(bytes, SAMPLE_LIMIT) : sample.toByteArray();
    }

    /** The bytes read in one encoding and written in another; what the other lacks becomes a space. */
    private static Optional<byte[]> reencode(byte[] bytes, Charset from, Charset to) {
        try {
            CharBuffer text = from.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            ByteBuffer written = to.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(new byte[] {' '})
                    .encode(text);
            byte[] result = new byte[written.remaining()];
            written.get(result);
            return Optional.of(result);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
