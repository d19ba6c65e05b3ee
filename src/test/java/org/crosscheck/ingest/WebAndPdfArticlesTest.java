package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAndPdfArticlesTest {

    @TempDir
    Path folder;

    private final TextFileReader reader = new TextFileReader();

    @Test
    void aSavedWebPageGivesItsHeadlineAndParagraphsWithoutThePageAround() throws IOException {
        Path page = Files.writeString(folder.resolve("story.html"), """
                <!DOCTYPE html><html><head><title>Site name | Story</title><script>var x = 1;</script></head>
                <body><nav>Home · World · Sport</nav>
                <article><h1>ISIS has over 10,000 fighters</h1>
                <p>The group has <b>over 10,000</b> loyal fighters, the envoy said.</p>
                <blockquote><p>Our estimate is growing.</p></blockquote></article>
                <footer>© Site 2017</footer></body></html>""");

        ImportedText text = reader.read(page);

        assertThat(text.title()).isEqualTo("ISIS has over 10,000 fighters");
        assertThat(text.text()).isEqualTo("ISIS has over 10,000 fighters\n\n"
                + "The group has over 10,000 loyal fighters, the envoy said.\n\nOur estimate is growing.\n");
    }

    @Test
    void aPdfWithTextIsImportedAsItsText() throws IOException {
        Path pdf = folder.resolve("article.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Nearly 3,500 jihadists, the envoy said.");
                content.endText();
            }
            document.save(pdf.toFile());
        }

        ImportedText text = reader.read(pdf);

        assertThat(text.title()).isEqualTo("Nearly 3,500 jihadists, the envoy said.");
    }

    @Test
    void aBrokenPdfGetsAClearMessage() throws IOException {
        Path broken = Files.write(folder.resolve("broken.pdf"),
                "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("broken.pdf is a damaged PDF that cannot be read");
    }
}
