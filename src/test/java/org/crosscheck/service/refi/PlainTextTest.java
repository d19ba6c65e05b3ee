package org.crosscheck.service.refi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text from another tool made Crosscheck's, and its positions (Unicode characters) made UTF-16 offsets. */
class PlainTextTest {

    @Test
    void aTextWithNothingToChangeKeepsItsPositions() {
        PlainText plain = PlainText.of("Forty people came.");

        assertThat(plain.text()).isEqualTo("Forty people came.");
        assertThat(plain.index(6)).isEqualTo(6);
        assertThat(plain.index(18)).isEqualTo(18);
        assertThat(plain.index(19)).isEqualTo(-1);
        assertThat(plain.index(-1)).isEqualTo(-1);
    }

    @Test
    void windowsLineEndsBecomeOneNewlineAndThePositionsAfterThemMove() {
        PlainText plain = PlainText.of("Title\r\n\r\nForty people came.");

        assertThat(plain.text()).isEqualTo("Title\n\nForty people came.");
        int forty = "Title\r\n\r\n".length();
        assertThat(plain.text().substring(plain.index(forty), plain.index(forty + 5))).isEqualTo("Forty");
    }

    @Test
    void anOldMacLineEndBecomesANewlineAndAByteOrderMarkIsDropped() {
        PlainText plain = PlainText.of("\uFEFFTitle\rBody");

        assertThat(plain.text()).isEqualTo("Title\nBody");
        assertThat(plain.text().substring(plain.index(7), plain.index(11))).isEqualTo("Body");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnceInTheFileAndTwiceInJava() {
        String text = "Smile \uD83D\uDE00 then 40 people";
        PlainText plain = PlainText.of(text);
        int forty = text.codePointCount(0, text.indexOf("40"));

        assertThat(forty).isEqualTo(text.indexOf("40") - 1);
        assertThat(plain.text().substring(plain.index(forty), plain.index(forty + 9))).isEqualTo("40 people");
    }

    @Test
    void exportedPositionsCountCodePointsTheSameWay() {
        String text = "Smile \uD83D\uDE00 then 40 people";
        CodePoints positions = new CodePoints(text);

        assertThat(positions.toCodePoints(text.indexOf("40"))).isEqualTo(text.codePointCount(0, text.indexOf("40")));
        assertThat(positions.toCodePoints(text.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(new CodePoints("plain").toCodePoints(3)).isEqualTo(3);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndPairsKept() {
        assertThat(XmlOut.clean("page\u000Cbreak \uD83D\uDE00 lone \uD800 end"))
                .isEqualTo("page\uFFFDbreak \uD83D\uDE00 lone \uFFFD end");
        String fine = "nothing to change\n\tat all";
        assertThat(XmlOut.clean(fine)).isSameAs(fine);
    }
}
