package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF article, in reading order, or a clear reason why there is none. */
final class PdfText {

    private PdfText() {
    }

    static String of(Path file, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new UnreadableFileException(file,
                        "is a PDF without text (a scan?); Crosscheck needs text it can select.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(file, "is a password-protected PDF; open it and save a copy without a password.", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "is a damaged PDF that cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
