package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Extraction time of one long article dense with figures, quotations and attributions, at 1 MB and
 * at 4 MB and at 16 MB (the import limit), in one process: the ratio shows whether time grows with the length (about 4) or with its
 * square (about 16). The time includes reading every figure's citation chain, as an import does. Prints its figures; run with
 * {@code mvn test -Dtest=LongArticleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LongArticleBenchmark {

    private static final String PARAGRAPH = "Police said 12 people were injured and two were killed on Saturday night in "
            + "Dallas, according to the sheriff's office. \"We found 35 shell casings,\" said Sgt. Jane Doe, a department "
            + "spokeswoman. About 300 residents were evacuated, officials told WXYZ. The death toll rose to 3 on Monday. "
            + "A 23-year-old man was shot and killed, Doe said.\n\n";

    @Test
    void extractionGrowsWithTheLengthOfTheArticle() {
        Extractor extractor = Extractor.withDefaults();
        String small = article(1_000_000);
        String large = article(4_000_000);
        String largest = article(16_000_000);
        extractor.extract(small, LocalDate.of(2016, 5, 10)); // warm up
        double smallSeconds = seconds(extractor, small);
        double largeSeconds = seconds(extractor, large);
        double largestSeconds = seconds(extractor, largest);
        System.out.printf(Locale.ROOT, "One article dense with figures: 1 MB in %.2f s, 4 MB in %.2f s, 16 MB in %.2f s; "
                + "ratios %.1f and %.1f (4 when time grows with the length, 16 with its square)%n", smallSeconds,
                largeSeconds, largestSeconds, largeSeconds / smallSeconds, largestSeconds / largeSeconds);
    }

    private static String article(int characters) {
        StringBuilder text = new StringBuilder("A long report\n\n");
        while (text.length() < characters) {
            text.append(PARAGRAPH);
        }
        return text.toString();
    }

    private static double seconds(Extractor extractor, String text) {
        long started = System.nanoTime();
        java.util.List<org.crosscheck.model.Claim> claims = extractor.extract(text, LocalDate.of(2016, 5, 10))
                .suggestions(1);
        int found = extractor.chains(text, claims, "WXYZ", java.util.Map.of()).size();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (found == 0) {
            throw new AssertionError("the article should be full of figures");
        }
        return seconds;
    }
}
