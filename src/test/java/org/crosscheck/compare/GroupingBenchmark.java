package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;

/**
 * Not a test: times grouping 1,000,000 generated claims over 10,000 keys and prints the figure
 * (target ≤ 3 s). Run with {@code mvn test -Dtest=GroupingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GroupingBenchmark {

    private static final int CLAIMS = 1_000_000;
    private static final int KEYS = 10_000;

    @Test
    void groupOneMillionClaims() {
        List<Statement> statements = generate();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            Grouper.keysOnly(statements);
        }
        long best = Long.MAX_VALUE;
        int groups = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            groups = Grouper.keysOnly(statements).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Grouped %,d claims into %,d groups in %.0f ms (best of 5; target ≤ 3,000 ms)%n",
                CLAIMS, groups, best / 1e6);
    }

    private static List<Statement> generate() {
        Random random = new Random(42);
        String[] counted = {"fighters", "troops", "civilians", "refugees", "missiles", "casualties", "bases"};
        List<Statement> statements = new ArrayList<>(CLAIMS);
        for (int i = 0; i < CLAIMS; i++) {
            int key = random.nextInt(KEYS);
            double figure = 100 + random.nextInt(10_000);
            String place = (key % 3 == 0 ? "northern " : "") + "Country " + (key / counted.length % 500);
            Claim claim = new Claim(i + 1, i % 5000, 0, 10, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED,
                    ClaimOrigin.EXTRACTED, "Group " + key / 500 / counted.length, "", "", place, TimeReference.NONE,
                    new Quantity(figure, figure * 1.1, "about", counted[key % counted.length],
                            counted[key % counted.length]), Set.of(), "");
            statements.add(new Statement(claim, "", "", FuzzyDate.UNKNOWN, "", false));
        }
        return statements;
    }
}
