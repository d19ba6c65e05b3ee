package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** A verdict's reason in words is written when it is shown, once, and not for every pair of a group. */
class PairVerdictTest {

    private final Statements.Sample sample = new Statements.Sample();

    @Test
    void aReasonIsWrittenOnlyWhenFirstAskedForAndThenKept() {
        AtomicInteger written = new AtomicInteger();
        PairVerdict pair = PairVerdict.computed(0, 1, Verdict.CONTRADICTS, () -> {
            written.incrementAndGet();
            return "\u2265 10,000 vs \u2248 3,000: far apart";
        });

        assertThat(pair.verdict()).isEqualTo(Verdict.CONTRADICTS);
        assertThat(written).as("written before anyone asked").hasValue(0);
        assertThat(pair.reason()).isEqualTo("\u2265 10,000 vs \u2248 3,000: far apart");
        assertThat(pair.reason()).isEqualTo("\u2265 10,000 vs \u2248 3,000: far apart");
        assertThat(written).as("written once").hasValue(1);
    }

    @Test
    void aVerdictMovedToOtherPositionsOrOverriddenSharesTheReasonWrittenOnce() {
        AtomicInteger written = new AtomicInteger();
        PairVerdict pair = PairVerdict.computed(2, 5, Verdict.TENSION, () -> "close #" + written.incrementAndGet());

        PairVerdict moved = pair.at(0, 1);
        PairVerdict overridden = pair.overriddenBy(Verdict.AGREES, "same survey");

        assertThat(written).hasValue(0);
        assertThat(moved.reason()).isEqualTo("close #1");
        assertThat(overridden.reason()).isEqualTo("close #1");
        assertThat(pair.reason()).isEqualTo("close #1");
        assertThat(moved.a()).isEqualTo(0);
        assertThat(overridden.verdict()).isEqualTo(Verdict.AGREES);
        assertThat(overridden.overridden()).isTrue();
        assertThat(overridden.overrideNote()).isEqualTo("same survey");
    }

    @Test
    void theRulesReasonReadsAsBeforeWhenShown() {
        PairVerdict pair = VerdictRules.judge(0, 1, sample.kabulov2017, sample.afghanIntelligence);

        assertThat(pair.reason()).isEqualTo("\u2265 10,000 vs \u2248 3,000 (2,550\u20133,450): far apart; "
                + "6 months apart; different speakers (Zamir Kabulov; Afghan intelligence officials)");
        assertThat(pair).isEqualTo(VerdictRules.judge(0, 1, sample.kabulov2017, sample.afghanIntelligence));
    }
}
