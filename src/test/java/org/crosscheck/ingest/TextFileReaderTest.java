package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

    private static final String ARTICLE = "Café talks “collapse”\r\n\r\nThe envoy said 3,500 fighters – 12 € each.\r\n";
    private static final String CLEAN = "Café talks “collapse”\n\nThe envoy said 3,500 fighters – 12 € each.\n";

    @TempDir
    Path folder;

    private final TextFileReader reader = new TextFileReader();

    @Test
    void utf8FilesAreReadAsTheyAre() throws IOException {
        ImportedText text = reader.read(write("plain.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)));

        assertThat(text.text()).isEqualTo(CLEAN);
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theByteOrderMarkOfUtf8IsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ImportedText text = reader.read(write("bom.txt", concat(bom, ARTICLE.getBytes(StandardCharsets.UTF_8))));

        assertThat(text.text()).isEqualTo(CLEAN);
        assertThat(text.title()).isEqualTo("Café talks “collapse”");
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkGivesTheSameText() throws IOException {
        ImportedText marked = reader.read(write("marked.txt", ARTICLE.getBytes(StandardCharsets.UTF_16)));
        ImportedText little = reader.read(write("le.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        ImportedText big = reader.read(write("be.txt", ARTICLE.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(marked.text()).isEqualTo(CLEAN);
        assertThat(little.text()).isEqualTo(CLEAN);
        assertThat(big.text()).isEqualTo(CLEAN);
    }

    @Test
    void windows1252FilesGiveTheSameTextAsUtf8() throws IOException {
        ImportedText text = reader.read(write("ansi.txt", ARTICLE.getBytes(Charset.forName("windows-1252"))));

        assertThat(text.text()).isEqualTo(CLEAN);
        assertThat(text.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void theSameTextInAnyEncodingHasTheSameHash() throws IOException {
        String utf8 = reader.read(write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8))).contentHash();
        String utf16 = reader.read(write("b.txt", ARTICLE.getBytes(StandardCharsets.UTF_16))).contentHash();
        String ansi = reader.read(write("c.txt", ARTICLE.getBytes(Charset.forName("windows-1252")))).contentHash();
        String other = reader.read(write("d.txt", "Another article".getBytes(StandardCharsets.UTF_8))).contentHash();

        assertThat(utf16).isEqualTo(utf8);
        assertThat(ansi).isEqualTo(utf8);
        assertThat(other).isNotEqualTo(utf8);
    }

    @Test
    void theTitleIsTheFirstNonEmptyLine() throws IOException {
        ImportedText text = reader.read(write("t.txt", "\n\n   Headline here  \nBody".getBytes(StandardCharsets.UTF_8)));

        assertThat(text.title()).isEqualTo("Headline here");
    }

    @Test
    void anEmptyFileGetsAClearMessageNamingIt() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("empty.txt is empty: it holds no text to import.");
        assertThatThrownBy(() -> reader.read(blank)).hasMessageContaining("blank.txt is empty");
    }

    @Test
    void noBreakAndZeroWidthSpacesAreNoText() throws IOException {
        Path spaces = write("spaces.txt", "\u00A0\u202F\n\u200B\u3000\uFEFF".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(spaces)).hasMessage("spaces.txt is empty: it holds no text to import.");
    }

    @Test
    void aDeviceBehindALinkIsRefusedWithoutBeingRead() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path endless = Files.createSymbolicLink(folder.resolve("endless.txt"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> reader.read(endless))
                .hasMessage("endless.txt is not an ordinary file (a device or a pipe?); Crosscheck imports files of text.");
    }

    @Test
    void aBinaryFileIsRecognisedAndNamed() throws IOException {
        Path zip = write("archive.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path png = write("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path noise = write("noise.bin", new byte[] {1, 2, 3, 0, (byte) 200, 0, 7, 8, 9, 0, 0, 1});

        assertThatThrownBy(() -> reader.read(zip)).hasMessage("archive.txt is a ZIP archive or Office document, not a text file.");
        assertThatThrownBy(() -> reader.read(png)).hasMessage("picture.txt is a PNG image, not a text file.");
        assertThatThrownBy(() -> reader.read(noise)).hasMessageStartingWith("noise.bin is not a text file");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        assertThatThrownBy(() -> reader.read(huge))
                .hasMessage("huge.txt is 50.0 MB; Crosscheck imports text files of up to 16 MB.");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> reader.read(folder.resolve("gone.txt")))
                .hasMessage("gone.txt does not exist (was it moved or deleted?).");
    }

    @Test
    void foldersExpandToTheirTextFilesInNameOrder() throws IOException {
        write("b.txt", "b".getBytes(StandardCharsets.UTF_8));
        write("a.md", "a".getBytes(StandardCharsets.UTF_8));
        write("sources.json", "{}".getBytes(StandardCharsets.UTF_8));
        write(".hidden.txt", "h".getBytes(StandardCharsets.UTF_8));
        write("photo.png", new byte[] {1});

        ImportableFiles.Survey survey = ImportableFiles.survey(java.util.List.of(folder));
        assertThat(survey.files()).extracting(path -> path.getFileName().toString()).containsExactly("a.md", "b.txt");
        assertThat(survey.skipped()).extracting(path -> path.getFileName().toString()).containsExactly("photo.png");
        assertThat(survey.unreadable()).isEmpty();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
