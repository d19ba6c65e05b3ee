package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void aSourceIsNamedByItsOutlet() {
        assertThat(Outlets.sourceName("RT", "ISIS has over 10,000 fighters in Afghanistan")).isEqualTo("RT");
    }

    @Test
    void withoutAnOutletItsShortTitleInQuotationMarksNamesIt() {
        assertThat(Outlets.sourceName("", "Islamic State group training Russian-born fighters in Afghanistan, diplomat says"))
                .isEqualTo("\u201cIslamic State group training\u201d");
        assertThat(Outlets.sourceName(Outlets.UNKNOWN, "ISIS amasses 5,000 fighters on Afghan border with CARs: Russian official"))
                .isEqualTo("\u201cISIS amasses 5,000 fighters\u201d");
        assertThat(Outlets.sourceName(null, "  Short   title ")).isEqualTo("\u201cShort title\u201d");
    }

    @Test
    void aShortTitleReadsWholeNeverEndingInAnEllipsisOrOnAWordThatLeavesItHanging() {
        assertThat(Outlets.sourceName(null, "Russia is cooperating with the Taliban to fight"))
                .isEqualTo("\u201cRussia is cooperating\u201d");
        assertThat(Outlets.sourceName(null, "The Taliban, Russia and Iran meet in Moscow"))
                .isEqualTo("\u201cTaliban, Russia and Iran\u201d");
        assertThat(Outlets.sourceName(null, "Kabul: talks fail: envoy leaves"))
                .isEqualTo("\u201cKabul: talks fail: envoy\u201d");
        assertThat(Outlets.sourceName(null, "Envoy says: talks fail, leaves Kabul")).doesNotContain("\u2026", "...");
        // a local news headline, seen cut so in the Comparison tab
        assertThat(Outlets.sourceName(null, "More Details Emerge About Santa Barbara Shooting After Saturday Night"))
                .isEqualTo("\u201cMore Details Emerge\u201d");
        assertThat(Outlets.sourceName(null, "Two men shot near Elm Park")).isEqualTo("\u201cTwo men shot\u201d");
    }

    @Test
    void withNeitherOutletNorTitleItSaysTheOutletIsUnknown() {
        assertThat(Outlets.sourceName(" ", " ")).isEqualTo(Outlets.UNKNOWN);
    }
}
