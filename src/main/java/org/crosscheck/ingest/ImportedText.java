package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A file read as clean text: line ends are {@code \n}, a byte-order mark is gone, and the
 * offsets of claims into {@link #text()} stay valid for as long as the text is stored.
 *
 * @param title       the first non-empty line, which is how news text files begin
 * @param contentHash identifies the same text imported twice, whatever its file name or encoding
 * @param charset     the encoding the bytes were decoded from
 * @param page        what a web page's head says of the article; {@link PageMetadata#NONE} for other files
 */
public record ImportedText(Path file, String title, String text, String contentHash, Charset charset,
                           PageMetadata page) {
}
