package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor against the reference annotations of the five sample articles
 * (src/test/resources/gold/seeds-gold.json; its "about" field gives the matching rules).
 * Prints a scorecard and holds the floors, which may only rise.
 */
class GoldAccuracyTest {

    private static final double QUANTITY_RECALL_FLOOR = 0.95;
    private static final double QUANTITY_PRECISION_FLOOR = 0.95;
    private static final double DATE_ACCURACY_FLOOR = 0.9;
    private static final double SPEAKER_RECALL_FLOOR = 0.85;
    private static final double FIGURE_SPEAKER_FLOOR = 0.75;

    private static final Extractor EXTRACTOR = Extractor.withDefaults();
    private static final GoldScorer.Score TOTAL = new GoldScorer.Score();

    @BeforeAll
    static void scoreEveryDocument() throws IOException {
        JsonNode gold;
        try (InputStream in = GoldAccuracyTest.class.getResourceAsStream("/gold/seeds-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        StringBuilder card = new StringBuilder("\n== Extraction scorecard (seeds-gold.json) ==\n");
        Iterator<Map.Entry<String, JsonNode>> documents = gold.get("documents").fields();
        while (documents.hasNext()) {
            Map.Entry<String, JsonNode> document = documents.next();
            String text = GoldScorer.read(Path.of("seeds", document.getKey()));
            LocalDate published = LocalDate.parse(document.getValue().get("published").asText());
            Extraction extraction = EXTRACTOR.extract(text, published);
            GoldScorer.Score score = GoldScorer.score(document.getKey(), text, document.getValue(), extraction, card);
            card.append(score.line(document.getKey())).append('\n');
            TOTAL.add(score);
        }
        card.append(TOTAL.line("TOTAL")).append('\n');
        System.out.println(card);
    }

    @Test
    void quantityRecallHoldsItsFloor() {
        assertThat(TOTAL.quantityRecall()).isGreaterThanOrEqualTo(QUANTITY_RECALL_FLOOR);
    }

    @Test
    void quantityPrecisionHoldsItsFloor() {
        assertThat(TOTAL.quantityPrecision()).isGreaterThanOrEqualTo(QUANTITY_PRECISION_FLOOR);
    }

    @Test
    void noNegativeIsExtractedAsAQuantity() {
        assertThat(TOTAL.negativesFound).isEmpty();
    }

    @Test
    void resolvedDatesHoldTheirFloor() {
        assertThat(TOTAL.dateAccuracy()).isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
    }

    @Test
    void attributedSpeakersHoldTheirFloor() {
        assertThat(TOTAL.speakerRecall()).isGreaterThanOrEqualTo(SPEAKER_RECALL_FLOOR);
    }

    @Test
    void figuresKeepTheirSpeakers() {
        assertThat(TOTAL.figureSpeakerAccuracy()).isGreaterThanOrEqualTo(FIGURE_SPEAKER_FLOOR);
    }
}
