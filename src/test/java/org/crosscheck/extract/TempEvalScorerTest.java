package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TempEvalScorerTest {

    private static final String SNIPPET = """
            <?xml version="1.0" ?><TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-08" functionInDocument="CREATION_TIME">May 8, 2020</TIMEX3></DCT>
            <TEXT>The fair opened on <TIMEX3 tid="t1" type="DATE" value="2020-05-07">Thursday</TIMEX3> &amp; runs \
            for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> after <TIMEX3 tid="t3" type="DATE" \
            value="2020-W18">last week</TIMEX3>'s rain.</TEXT></TimeML>
            """;

    @Test
    void timeMlIsReadAsPlainTextWithSpans() {
        TimeMl document = TimeMl.parse(SNIPPET);

        assertThat(document.created()).isEqualTo(LocalDate.of(2020, 5, 8));
        assertThat(document.timexes()).hasSize(3);
        TimeMl.Timex thursday = document.timexes().get(0);
        assertThat(document.text().substring(thursday.start(), thursday.end())).isEqualTo("Thursday");
        assertThat(document.text()).contains("Thursday & runs");
    }

    @Test
    void relaxedMatchesOverlapAndValuesMustBeEqual() {
        TimeMl document = TimeMl.parse(SNIPPET);
        List<TimeMl.Timex> gold = document.timexes();
        TimeMl.Timex thursday = gold.get(0);
        TimeMl.Timex days = gold.get(1);
        List<TimeMl.Timex> system = List.of(
                new TimeMl.Timex(thursday.start() - 3, thursday.end(), "DATE", "2020-05-07"),
                new TimeMl.Timex(days.start() + 6, days.end(), "DURATION", "P2D"),
                new TimeMl.Timex(0, 3, "DATE", "PRESENT_REF"));

        TempEvalScorer.Counts counts = new TempEvalScorer.Counts();
        counts.add(gold, system);

        assertThat(counts.relaxed).isEqualTo(2);
        assertThat(counts.strict).isZero();
        assertThat(counts.rightValue).isEqualTo(1);
        assertThat(counts.precision(counts.rightValue)).isEqualTo(1 / 3.0);
        assertThat(counts.recall(counts.rightValue)).isEqualTo(1 / 3.0);
        assertThat(counts.f1(counts.relaxed)).isEqualTo(2 / 3.0);
    }

    @Test
    void theExtractorScoresTheSnippetFully() {
        TimeMl document = TimeMl.parse(SNIPPET);
        Extraction extraction = Extractor.withDefaults().extract(document.text(), document.created());

        TempEvalScorer.Counts counts = new TempEvalScorer.Counts();
        counts.add(document.timexes(), TempEvalScorer.timexesOf(extraction));

        assertThat(counts.f1(counts.rightValue)).isEqualTo(1.0);
    }
}
