package org.crosscheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the extractor against reference annotations in the format of seeds-gold.json (its
 * "about" field gives the matching rules): quantities found and extra, negatives extracted,
 * dates resolved, speakers attributed, and for each figure found its time and its speaker. An
 * empty category scores 0, never 1: nothing measured is nothing shown.
 */
final class GoldScorer {

    private GoldScorer() {
    }

    /** Counts of one document or of all. */
    static final class Score {
        int goldTimes;
        int rightTimes;
        int goldFigureSpeakers;
        int rightFigureSpeakers;
        final List<String> negativesFound = new ArrayList<>();
        int goldQuantities;
        int foundQuantities;
        int extracted;
        int falsePositives;
        int goldDates;
        int rightDates;
        int goldSpeakers;
        int foundSpeakers;

        void add(Score other) {
            goldQuantities += other.goldQuantities;
            foundQuantities += other.foundQuantities;
            extracted += other.extracted;
            falsePositives += other.falsePositives;
            goldDates += other.goldDates;
            rightDates += other.rightDates;
            goldSpeakers += other.goldSpeakers;
            foundSpeakers += other.foundSpeakers;
            goldTimes += other.goldTimes;
            rightTimes += other.rightTimes;
            goldFigureSpeakers += other.goldFigureSpeakers;
            rightFigureSpeakers += other.rightFigureSpeakers;
            negativesFound.addAll(other.negativesFound);
        }

        /** Of the figures found whose annotation gives the time they hold for, the share found with it. */
        double timeAccuracy() {
            return ratio(rightTimes, goldTimes);
        }

        /** Of the figures found whose annotation gives a speaker, the share found with that speaker. */
        double figureSpeakerAccuracy() {
            return ratio(rightFigureSpeakers, goldFigureSpeakers);
        }

        double quantityRecall() {
            return ratio(foundQuantities, goldQuantities);
        }

        double quantityPrecision() {
            return ratio(extracted - falsePositives, extracted);
        }

        double dateAccuracy() {
            return ratio(rightDates, goldDates);
        }

        double speakerRecall() {
            return ratio(foundSpeakers, goldSpeakers);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-28s quantities R %.2f (%d/%d) P %.2f (%d/%d)  dates %.2f (%d/%d)  speakers %.2f (%d/%d)"
                            + "  figure times %.2f (%d/%d)  figure speakers %.2f (%d/%d)",
                    name, quantityRecall(), foundQuantities, goldQuantities, quantityPrecision(), extracted - falsePositives,
                    extracted, dateAccuracy(), rightDates, goldDates, speakerRecall(), foundSpeakers, goldSpeakers,
                    timeAccuracy(), rightTimes, goldTimes, figureSpeakerAccuracy(), rightFigureSpeakers, goldFigureSpeakers);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole; // an empty category scores nothing
        }
    }

    /** Decodes as an importer does: UTF-8, no byte-order mark, Unix line ends. */
    static String read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    static Score score(String name, String text, JsonNode gold, Extraction extraction, StringBuilder card) {
        Score score = new Score();
        List<Mention> quantities = extraction.of(MentionKind.QUANTITY);
        List<JsonNode> goldQuantities = new ArrayList<>();
        gold.path("quantities").forEach(goldQuantities::add);
        for (JsonNode item : goldQuantities) {
            if (item.path("optional").asBoolean()) {
                continue;
            }
            score.goldQuantities++;
            Mention match = quantities.stream().filter(found -> matches(found, item, text)).findFirst().orElse(null);
            if (match != null) {
                score.foundQuantities++;
                scoreFigure(match, item, score, card);
            } else {
                card.append("  missed quantity: ").append(item.get("text").asText()).append('\n');
            }
        }
        for (Mention found : quantities) {
            boolean required = goldQuantities.stream().anyMatch(item -> !item.path("optional").asBoolean() && matches(found, item, text));
            boolean optional = goldQuantities.stream().anyMatch(item -> item.path("optional").asBoolean() && matches(found, item, text));
            if (required || !optional) {
                score.extracted++;
            }
            if (!required && !optional) {
                score.falsePositives++;
                card.append("  extra quantity: ").append(describe(found)).append('\n');
            }
        }
        for (JsonNode negative : gold.path("negatives")) {
            for (int[] span : spans(text, negative.asText(), 0)) {
                quantities.stream().filter(found -> found.overlaps(span[0], span[1])).forEach(found -> {
                    score.negativesFound.add(name + ": " + describe(found));
                    card.append("  NEGATIVE extracted: ").append(describe(found)).append('\n');
                });
            }
        }
        scoreDates(text, gold, extraction, score, card);
        scoreSpeakers(text, gold, extraction, score, card);
        return score;
    }

    /** The time and speaker of a figure found, against its annotation where that gives them. */
    private static void scoreFigure(Mention found, JsonNode item, Score score, StringBuilder card) {
        JsonNode time = item.path("refersTo");
        if (time.isTextual()) {
            score.goldTimes++;
            String value = found.refersTo() == null || !found.refersTo().date().isKnown() ? null
                    : found.refersTo().date().display();
            if (value != null && sameValue(value, time.asText())) {
                score.rightTimes++;
            } else {
                card.append("  wrong time: ").append(item.get("text").asText()).append(" = ").append(time.asText())
                        .append(", found ").append(value).append('\n');
            }
        }
        JsonNode speaker = item.path("speaker");
        if (speaker.isTextual()) {
            score.goldFigureSpeakers++;
            if (found.speaker() != null && sameSpeaker(found.speaker(), speaker.asText())) {
                score.rightFigureSpeakers++;
            } else {
                card.append("  wrong speaker: ").append(item.get("text").asText()).append(" = ").append(speaker.asText())
                        .append(", found ").append(found.speaker()).append('\n');
            }
        }
    }

    private static void scoreDates(String text, JsonNode gold, Extraction extraction, Score score, StringBuilder card) {
        for (JsonNode item : gold.path("dates")) {
            for (int[] span : spans(text, item.get("text").asText(), item.path("occurrence").asInt(0))) {
                score.goldDates++;
                String value = item.get("value").asText();
                boolean right = extraction.mentions().stream().anyMatch(found -> found.kind().isTemporal()
                        && found.overlaps(span[0], span[1]) && sameValue(found.value(), value));
                if (right) {
                    score.rightDates++;
                } else {
                    card.append("  wrong date: ").append(item.get("text").asText()).append(" = ").append(value).append(", found ")
                            .append(extraction.mentions().stream().filter(found -> found.overlaps(span[0], span[1]))
                                    .map(Mention::value).toList()).append('\n');
                }
            }
        }
    }

    private static void scoreSpeakers(String text, JsonNode gold, Extraction extraction, Score score, StringBuilder card) {
        for (JsonNode item : gold.path("attributions")) {
            if (item.path("speaker").isNull() || item.path("speaker").isMissingNode()) {
                continue;
            }
            score.goldSpeakers++;
            String speaker = item.get("speaker").asText();
            List<int[]> cues = spans(text, item.get("cue").asText(), 0);
            boolean found = extraction.of(MentionKind.ATTRIBUTION).stream().anyMatch(mention -> mention.speaker() != null
                    && sameSpeaker(mention.speaker(), speaker)
                    && cues.stream().anyMatch(cue -> mention.start() < cue[1] + 300 && cue[0] - 300 < mention.end()));
            if (found) {
                score.foundSpeakers++;
            } else {
                card.append("  missed speaker: ").append(speaker).append(" (").append(item.get("cue").asText()).append(")\n");
            }
        }
    }

    /**
     * Whether two names are of one speaker: one contains the other ("Kabulov", "Zamir Kabulov"), once a
     * courtesy title is set aside, since "Dr Bjorn" names Michael Bjorn as "Bjorn" does.
     */
    static boolean sameSpeaker(String found, String gold) {
        String a = withoutTitle(found.toLowerCase(Locale.ROOT).replace('’', '\''));
        String b = withoutTitle(gold.toLowerCase(Locale.ROOT).replace('’', '\''));
        return a.contains(b) || b.contains(a);
    }

    private static String withoutTitle(String name) {
        return name.replaceFirst("^(mr|mrs|ms|dr|prof|sir)\\.? (?=\\S)", "");
    }

    static boolean sameValue(String found, String gold) {
        if (found == null) {
            return false;
        }
        if (gold.contains("-W") && !found.contains("-W") && found.length() == 10) {
            LocalDate day = LocalDate.parse(found);
            return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).equals(gold);
        }
        return found.equals(gold);
    }

    static boolean matches(Mention found, JsonNode item, String text) {
        List<int[]> spans = spans(text, item.get("text").asText(), item.path("occurrence").asInt(0));
        if (spans.stream().noneMatch(span -> found.overlaps(span[0], span[1]))) {
            return false;
        }
        String qualifier = item.path("qualifier").asText("");
        boolean vague = qualifier.contains("hundreds") || qualifier.contains("several hundred") || qualifier.contains("dozens");
        return agrees(found.low(), item.get("low"), vague) && agrees(found.high(), item.get("high"), vague);
    }

    private static boolean agrees(Double found, JsonNode gold, boolean vague) {
        if (gold == null || gold.isNull()) {
            return found == null;
        }
        if (found == null) {
            return false;
        }
        double expected = gold.asDouble();
        if (vague) {
            return found >= expected / 2 && found <= expected * 2;
        }
        return Math.abs(found - expected) <= 0.15 * Math.abs(expected) + 1e-9; // 3.4 against 4 is within 15 %, whatever the rounding
    }

    /** Where a text occurs: every occurrence, or only the n-th (1-based) when n > 0. */
    static List<int[]> spans(String text, String needle, int occurrence) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        int count = 0;
        while ((from = text.indexOf(needle, from)) >= 0) {
            count++;
            if (occurrence == 0 || occurrence == count) {
                spans.add(new int[] {from, from + needle.length()});
            }
            from += 1;
        }
        return spans;
    }

    private static String describe(Mention found) {
        return "\"" + found.text() + "\" [" + found.low() + ", " + found.high() + "] " + found.counted()
                + " subject=" + found.subject() + " place=" + found.place() + " speaker=" + found.speaker()
                + " outlet=" + found.outlet() + " time=" + (found.refersTo() == null ? "" : found.refersTo().date().display());
    }

}
