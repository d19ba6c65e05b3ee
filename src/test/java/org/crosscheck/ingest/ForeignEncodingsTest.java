package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text in the single-byte encodings is read as written, or refused in words; never garbled. */
class ForeignEncodingsTest {

    private static final String POLISH = String.join(" ", Texts.POLISH) + "\n";
    private static final String CZECH = String.join(" ", Texts.CZECH) + "\n";
    private static final String RUSSIAN = String.join(" ", Texts.RUSSIAN) + "\n";
    private static final String ENGLISH = "Talks “collapse”, envoy says\n\nThe envoy said the talks had cost €2.5 million"
            + " – and that the mayor’s café owners… had “lost a week”.\n";

    @TempDir
    Path folder;

    private final TextFileReader reader = new TextFileReader();

    @Test
    void polishAndCzechInBothCentralEuropeanEncodingsKeepTheirLetters() throws IOException {
        for (String charset : new String[] {"windows-1250", "ISO-8859-2"}) {
            ImportedText polish = read("pl-" + charset + ".txt", POLISH, charset);
            ImportedText czech = read("cs-" + charset + ".txt", CZECH, charset);

            assertThat(polish.text()).isEqualTo(POLISH).contains("ą", "ę", "ł", "ś", "ż");
            assertThat(polish.charset().name()).isEqualTo(charset);
            assertThat(czech.text()).isEqualTo(CZECH).contains("ž", "č", "ř", "ů");
            assertThat(czech.charset().name()).isEqualTo(charset);
        }
    }

    @Test
    void russianInKoi8rAndWindows1251KeepsItsLetters() throws IOException {
        for (String charset : new String[] {"KOI8-R", "windows-1251"}) {
            ImportedText russian = read("ru-" + charset + ".txt", RUSSIAN, charset);

            assertThat(russian.text()).isEqualTo(RUSSIAN);
            assertThat(russian.charset().name()).isEqualTo(charset);
        }
    }

    @Test
    void greekAndTurkishKeepTheirLettersAndEastAsianEncodingsAreRefused() throws IOException {
        String greek = String.join(" ", Texts.GREEK) + "\n";
        String turkish = String.join(" ", Texts.TURKISH) + "\n";
        Path japanese = Files.write(folder.resolve("ja.txt"),
                "東京都は月曜日、橋を再開すると発表した。警察によると、少なくとも十二人が負傷した。".getBytes("Shift_JIS"));

        assertThat(read("el.txt", greek, "ISO-8859-7").text()).isEqualTo(greek);
        assertThat(read("tr.txt", turkish, "windows-1254").text()).isEqualTo(turkish);
        assertThatThrownBy(() -> reader.read(japanese)).hasMessageStartingWith("ja.txt is not a text file");
    }

    @Test
    void englishInWindows1252WithCurlyQuotesAndTheEuroReadsAsBefore() throws IOException {
        ImportedText english = read("en.txt", ENGLISH, "windows-1252");
        ImportedText quotesOnly = read("short.txt", "“Yes” – he said…", "windows-1252");

        assertThat(english.text()).isEqualTo(ENGLISH);
        assertThat(english.charset().name()).isEqualTo("windows-1252");
        assertThat(quotesOnly.text()).isEqualTo("“Yes” – he said…");
    }

    @Test
    void utf8WithAFewBrokenBytesIsRefusedAsDamagedNotReadAsAnotherEncoding() throws IOException {
        byte[] bytes = ("Zürich, München und Köln\nÜber 3.500 Kämpfer – „eine Bedrohung“, sagte er.\n")
                .getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 20] = (byte) 0xE9;
        bytes[bytes.length - 10] = (byte) 0x96;
        Path damaged = Files.write(folder.resolve("damaged.txt"), bytes);

        assertThatThrownBy(() -> reader.read(damaged)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("damaged.txt is damaged: it is UTF-8 text, but 2 bytes, the first on line 2, are not valid"
                        + " UTF-8, so some of its characters are lost. Open it in a text editor, mend those places,"
                        + " save it as UTF-8 and import again.");
    }

    @Test
    void aByteOrderMarkMakesEvenOneBrokenByteDamage() throws IOException {
        byte[] text = "\uFEFFCafé talks\n".getBytes(StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0x96;
        Path marked = Files.write(folder.resolve("marked.txt"), text);

        assertThatThrownBy(() -> reader.read(marked))
                .hasMessageStartingWith("marked.txt is damaged: it is UTF-8 text, but a byte on line 1 is not valid UTF-8");
    }

    @Test
    void aDamagedUtf8PageIsRefusedWhateverCharsetItDeclares() throws IOException {
        byte[] bytes = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich, München und Köln:"
                + " über 3.500 Kämpfer.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 30] = (byte) 0xFF;
        Path page = Files.write(folder.resolve("page.html"), bytes);

        assertThatThrownBy(() -> reader.read(page)).hasMessageStartingWith("page.html is damaged: it is UTF-8 text");
    }

    @Test
    void aLongEnglishStartDoesNotHideTheEncodingOfWhatFollows() throws IOException {
        // the detector reads 8,000 bytes; these are taken where the non-ASCII bytes are
        String text = "Bridge closes on Monday for repairs.\n".repeat(2000) + RUSSIAN;
        ImportedText read = read("long.txt", text, "windows-1251");

        assertThat(read.charset().name()).isEqualTo("windows-1251");
        assertThat(read.text()).endsWith(RUSSIAN);
    }

    @Test
    void bytesThatOnlyLookLikeTextAreRefused() throws IOException {
        Random random = new Random(3);
        byte[] high = new byte[3000];
        byte[] controls = new byte[3000];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + random.nextInt(128)); // reads as East Asian text to a detector
            controls[i] = (byte) (1 + random.nextInt(255));
        }
        Path east = Files.write(folder.resolve("east.txt"), high);
        Path binary = Files.write(folder.resolve("data.txt"), controls);

        assertThatThrownBy(() -> reader.read(east)).hasMessageStartingWith("east.txt is not a text file")
                .hasMessageContaining("save it as UTF-8 and import again");
        assertThatThrownBy(() -> reader.read(binary)).hasMessageStartingWith("data.txt is not a text file");
    }

    @Test
    void aShortTextThatReadsTwoWaysIsRefusedNamingBoth() throws IOException {
        Path czech = Files.write(folder.resolve("brief.txt"),
                "Mluvčí ministerstva odmítl situaci komentovat.".getBytes(Charset.forName("windows-1250")));

        assertThatThrownBy(() -> reader.read(czech)).hasMessage("brief.txt could be in Central European (ISO-8859-2)"
                + " or in Western (Windows-1252), and Crosscheck cannot tell which (the wrong one would garble its"
                + " letters). Open it in a text editor, save it as UTF-8 and import again.");
    }

    @Test
    void englishWithPolishNamesInWindows1250IsRefusedRatherThanGarbled() throws IOException {
        Path names = Files.write(folder.resolve("names.txt"), "The envoy, Łukasz Świątek, said the talks in Łódź had failed."
                .getBytes(Charset.forName("windows-1250")));

        assertThatThrownBy(() -> reader.read(names)).hasMessageStartingWith("names.txt could be in Western (Windows-1252)"
                + " or in Central European (Windows-1250)");
    }

    @Test
    void aWebPageIsReadInTheCharsetItDeclaresEvenWhereTheBytesAloneCouldNotTell() throws IOException {
        // Ukrainian: ICU knows Russian only, so these bytes alone are refused (confidence 13)
        String body = "<body><h1>Вінниця</h1><p>Відомо, що їх було троє; міністр заявив, що війська вийшли.</p></body></html>";
        String meta = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>";
        String short5 = "<!DOCTYPE html><html><head><meta charset='koi8-r'></head><body><h1>Мэр</h1><p>Мост.</p></body></html>";
        Charset windows1251 = Charset.forName("windows-1251");
        Path declared = Files.write(folder.resolve("uk.html"), (meta + body).getBytes(windows1251));
        Path undeclared = Files.write(folder.resolve("bare.html"), ("<html><head></head>" + body).getBytes(windows1251));
        Path tiny = Files.write(folder.resolve("tiny.txt"), short5.getBytes(Charset.forName("KOI8-R")));

        ImportedText text = reader.read(declared);
        ImportedText koi8 = reader.read(tiny);

        assertThat(text.charset().name()).isEqualTo("windows-1251");
        assertThat(text.text()).isEqualTo("Вінниця\n\nВідомо, що їх було троє; міністр заявив, що війська вийшли.\n");
        assertThat(koi8.charset().name()).isEqualTo("KOI8-R");
        assertThat(koi8.text()).isEqualTo("Мэр\n\nМост.\n");
        assertThatThrownBy(() -> reader.read(undeclared)).hasMessageStartingWith("bare.html is not a text file");
    }

    @Test
    void aPageResavedAsUtf8IsUtf8WhateverItStillDeclares() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RUSSIAN.strip() + "</p></body></html>";
        Path resaved = Files.write(folder.resolve("resaved.html"), page.getBytes(StandardCharsets.UTF_8));

        ImportedText text = reader.read(resaved);

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.text()).isEqualTo(RUSSIAN);
        assertThat(text.title()).startsWith("Мэр заявил");
    }

    @Test
    void aPageWhoseBytesContradictItsDeclarationIsJudgedByItsBytes() throws IOException {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + RUSSIAN.strip() + "</p></body></html>";
        Path mislabelled = Files.write(folder.resolve("wrong.html"), page.getBytes(Charset.forName("windows-1251")));

        ImportedText text = reader.read(mislabelled);

        assertThat(text.charset().name()).isEqualTo("windows-1251");
        assertThat(text.text()).isEqualTo(RUSSIAN);
    }

    private ImportedText read(String name, String text, String charset) throws IOException {
        return reader.read(Files.write(folder.resolve(name), text.getBytes(Charset.forName(charset))));
    }
}
