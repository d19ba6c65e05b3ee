package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.crosscheck.corpus.GvaCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on news its rules were not written from: the development reference set of
 * src/test/resources/gold/dev (42 local shooting reports of 18 GVA dev incidents and 30 BBC
 * articles, annotated by hand before the extractor was run on them; see each file's "about").
 * The texts are research data and stay out of the repository: they are read from ../shared
 * when it is there, and the test is skipped with a message otherwise. Floors may only rise.
 */
class DevGoldAccuracyTest {

    private static final double GVA_RECALL_FLOOR = 0.93;
    private static final double GVA_PRECISION_FLOOR = 0.96;
    private static final double BBC_RECALL_FLOOR = 0.94;
    private static final double BBC_PRECISION_FLOOR = 0.96;
    private static final double TIME_FLOOR = 0.94;
    private static final double SPEAKER_FLOOR = 0.91;

    private static final Extractor EXTRACTOR = Extractor.withDefaults();
    private static final GoldScorer.Score GVA = new GoldScorer.Score();
    private static final GoldScorer.Score BBC = new GoldScorer.Score();
    private static boolean scored;

    @BeforeAll
    static void scoreTheDevelopmentSet() throws IOException {
        Path data = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"));
        Path gva = data.resolve("semeval2018-task5-gva-incidents");
        Path bbc = data.resolve("bbc-news-2004-2005");
        if (!Files.isDirectory(gva) || !Files.isDirectory(bbc)) {
            System.out.println("DevGoldAccuracyTest skipped: no research data under " + data.toAbsolutePath());
            return;
        }
        StringBuilder card = new StringBuilder("\n== Extraction scorecard (gold/dev: GVA reports and BBC articles) ==\n");
        Map<String, String> gvaTexts = gvaTexts();
        for (String part : new String[] {"gva-part1.json", "gva-part2.json"}) {
            JsonNode gold = resource("/gold/dev/" + part);
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("documents").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> document = it.next();
                String text = gvaTexts.get(document.getKey());
                assertThat(text).as("GVA article " + document.getKey()).isNotNull();
                score(document.getKey(), text, document.getValue(), GVA, card);
            }
        }
        JsonNode gold = resource("/gold/dev/bbc.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> document = it.next();
            score("bbc/" + document.getKey(), bbcText(bbc.resolve(document.getKey())), document.getValue(), BBC, card);
        }
        card.append(GVA.line("GVA TOTAL")).append('\n').append(BBC.line("BBC TOTAL")).append('\n');
        System.out.println(card);
        scored = true;
    }

    private static void score(String name, String text, JsonNode gold, GoldScorer.Score total, StringBuilder card) {
        JsonNode published = gold.path("published");
        LocalDate date = published.isTextual() ? LocalDate.parse(published.asText()) : null;
        GoldScorer.Score score = GoldScorer.score(name, text, gold, EXTRACTOR.extract(text, date), card);
        card.append(score.line(name.length() > 28 ? name.substring(0, 28) : name)).append('\n');
        total.add(score);
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = DevGoldAccuracyTest.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The texts of the dev incidents' reports by article id; the held-out incidents are never parsed. */
    private static Map<String, String> gvaTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        GvaCorpus.dev(1).orElseThrow().incidents().forEach(incident -> incident.reports()
                .forEach(report -> texts.put(report.articleId(), report.text())));
        return texts;
    }

    /** A BBC file as the importer decodes it: UTF-8, or Latin-1 where it is not UTF-8. */
    private static String bbcText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    @Test
    void localNewsQuantitiesHoldTheirFloors() {
        assumeTrue(scored, "no research data");
        assertThat(GVA.quantityRecall()).isGreaterThanOrEqualTo(GVA_RECALL_FLOOR);
        assertThat(GVA.quantityPrecision()).isGreaterThanOrEqualTo(GVA_PRECISION_FLOOR);
    }

    @Test
    void bbcQuantitiesHoldTheirFloors() {
        assumeTrue(scored, "no research data");
        assertThat(BBC.quantityRecall()).isGreaterThanOrEqualTo(BBC_RECALL_FLOOR);
        assertThat(BBC.quantityPrecision()).isGreaterThanOrEqualTo(BBC_PRECISION_FLOOR);
    }

    @Test
    void figuresKeepTheirTimesAndSpeakers() {
        assumeTrue(scored, "no research data");
        GoldScorer.Score all = new GoldScorer.Score();
        all.add(GVA);
        all.add(BBC);
        assertThat(all.timeAccuracy()).isGreaterThanOrEqualTo(TIME_FLOOR);
        assertThat(all.figureSpeakerAccuracy()).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    }
}
