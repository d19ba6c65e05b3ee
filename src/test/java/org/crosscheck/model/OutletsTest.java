package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void aSourceIsNamedByItsOutlet() {
        assertThat(Outlets.sourceName("RT", "ISIS has over 10,000 fighters in Afghanistan")).isEqualTo("RT");
    }

    @Test
    void withoutAnOutletTheFirstThreeWordsOfTheTitleNameIt() {
        assertThat(Outlets.sourceName("", "Islamic State group training Russian-born fighters"))
                .isEqualTo("Islamic State group …");
        assertThat(Outlets.sourceName(Outlets.UNKNOWN, "ISIS amasses 5,000 fighters")).isEqualTo("ISIS amasses 5,000 …");
        assertThat(Outlets.sourceName(null, "  Short   title ")).isEqualTo("Short   title");
    }

    @Test
    void withNeitherOutletNorTitleItSaysTheOutletIsUnknown() {
        assertThat(Outlets.sourceName(" ", " ")).isEqualTo(Outlets.UNKNOWN);
    }
}
