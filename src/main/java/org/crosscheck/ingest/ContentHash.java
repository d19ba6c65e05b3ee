package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint by which the same article is recognised when it is imported again: SHA-256
 * of its text with line ends unified and outer whitespace dropped, so a copy saved in another
 * encoding or with other line ends is still the same text.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        String canonical = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
