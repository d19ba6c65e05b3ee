package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.TimeReference;

/**
 * Gives each quantity what its context says: the speaker and outlet its sentence attributes it to
 * (see {@link FigureSpeakers}), the subject from the organisations named in its sentence
 * (else the article's most named one), the place (see {@link PlaceNames}) and the date its
 * sentence gives. One instance per extraction.
 */
final class ContextLinker {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final FigureSpeakers speakers;
    private final List<Mention> temporals;
    private final BySentence<Mention> temporalsBySentence;
    private final BySentence<EntityMention> entitiesBySentence;
    private final String articleCountry;
    private final String articleOrganisation;

    ContextLinker(String text, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entities,
                  List<Attribution> attributions, List<Mention> temporals) {
        this.temporalsBySentence = BySentence.of(temporals, sentences.size(),
                temporal -> BySentence.atOffset(sentences, temporal.start()));
        this.entitiesBySentence = BySentence.of(entities, sentences.size(),
                mention -> BySentence.atToken(sentences, mention.first()));
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.entities = entities;
        this.speakers = new FigureSpeakers(tokens, sentences, attributions);
        this.temporals = temporals;
        this.articleCountry = mostNamed(EntityType.PLACE);
        this.articleOrganisation = mostNamed(EntityType.ORGANISATION);
    }

    /**
     * The quantity with what its sentence says about it. {@code siblings} are the sentence's other
     * quantities: a date belongs to the figures it is not separated from by another figure
     * ("only 8,400 troops, down from more than 100,000 in 2011": 2011 is the second figure's).
     */
    Mention link(Mention quantity, int sentenceNumber, List<Mention> siblings) {
        Sentence sentence = sentences.get(sentenceNumber);
        List<EntityMention> named = within(sentence, sentenceNumber);
        String subject = nearest(named, EntityType.ORGANISATION, quantity);
        List<EntityMention> places = named.stream().filter(mention -> mention.entity().type() == EntityType.PLACE).toList();
        String place = PlaceNames.placeOf(tokens, sentence, places, articleCountry);
        Attribution said = speakers.of(sentenceNumber, quantity.start());
        return quantity.inContext(subject != null ? subject : articleOrganisation, place,
                FigureSpeakers.voice(said), said == null ? null : said.outlet(),
                time(sentence, sentenceNumber, quantity, siblings));
    }

    /**
     * Whether a figure compared with this one stands between it and a date: "only 8,400 troops, down
     * from more than 100,000 in 2011" gives 2011 to the earlier figure only. A figure that is a
     * conversion or the next step of the same statement ("dipped 1.4% to 86.7bn francs ($74.6bn) in
     * 2004") does not separate: the date holds for the whole statement.
     */
    private boolean separated(Mention quantity, Mention date, List<Mention> siblings) {
        int from = Math.min(quantity.end(), date.end());
        int to = Math.max(quantity.start(), date.start());
        return siblings.stream().anyMatch(other -> other.start() != quantity.start()
                && other.start() >= from && other.end() <= to && ComparedFigures.introduces(text, other.start()));
    }

    private static int distance(Mention quantity, Mention date) {
        return date.start() >= quantity.end() ? date.start() - quantity.end() : quantity.start() - date.end();
    }

    private TimeReference time(Sentence sentence, int sentenceNumber, Mention quantity, List<Mention> siblings) {
        TimeReference own = timeIn(sentence, sentenceNumber, quantity, siblings);
        if (own.isEmpty() && sentenceNumber > 0 && sentences.get(sentenceNumber - 1).paragraph() == sentence.paragraph()) {
            // "The shooting happened early Sunday. Two people were killed.": a figure's sentence without a
            // time of its own holds for the time the sentence before it in the paragraph gives
            return timeIn(sentences.get(sentenceNumber - 1), sentenceNumber - 1, quantity, List.of());
        }
        return own;
    }

    private TimeReference timeIn(Sentence sentence, int sentenceNumber, Mention quantity, List<Mention> siblings) {
        Mention found = null;
        boolean refersBack = false;
        for (Mention temporal : temporalsBySentence.in(sentenceNumber)) {
            // a time of day with its day ("about 6 p.m. Monday", "early Sunday morning") gives that day
            if (temporal.start() >= sentence.start() && temporal.end() <= sentence.end()
                    && (temporal.kind() == MentionKind.DATE || temporal.kind() == MentionKind.TIME)) {
                if (temporal.refersTo().date().isKnown() && !"PRESENT_REF".equals(temporal.value())) {
                    if (!separated(quantity, temporal, siblings)
                            && (found == null || distance(quantity, temporal) < distance(quantity, found))) {
                        found = temporal;
                    }
                } else if ("PAST_REF".equals(temporal.value())) {
                    refersBack = true; // "at the time": the date of an earlier sentence
                }
            }
        }
        if (found == null && refersBack && sentenceNumber > 0
                && sentences.get(sentenceNumber - 1).paragraph() == sentence.paragraph()) {
            return timeIn(sentences.get(sentenceNumber - 1), sentenceNumber - 1, quantity, List.of());
        }
        if (found == null) {
            return TimeReference.NONE;
        }
        TimeReference time = found.refersTo();
        if (time.date().precision() == Precision.DAY && DayBefore.saidIn(tokens, sentence)) {
            // "were hit by gunfire the night before, on Thursday, Sept. 1": the day before the one named
            return new TimeReference(time.words(), FuzzyDate.day(time.date().date().minusDays(1)));
        }
        return time;
    }

    private List<EntityMention> within(Sentence sentence, int sentenceNumber) {
        List<EntityMention> found = new ArrayList<>();
        for (EntityMention mention : entitiesBySentence.in(sentenceNumber)) {
            if (sentence.containsToken(mention.first())) {
                found.add(mention);
            }
        }
        return found;
    }

    private String nearest(List<EntityMention> named, EntityType type, Mention quantity) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention mention : named) {
            if (mention.entity().type() != type) {
                continue;
            }
            int start = tokens.get(mention.first()).start();
            int distance = start < quantity.start() ? quantity.start() - start : 2 * (start - quantity.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = mention.entity().canonical();
            }
        }
        return best;
    }

    /** The entity of a type named most often; a place after "in" and anything in the first lines count double. */
    private String mostNamed(EntityType type) {
        Map<String, Integer> weights = new HashMap<>();
        int firstLines = sentences.size() > 2 ? sentences.get(2).start() : text.length();
        for (EntityMention mention : entities) {
            Entity entity = mention.entity();
            if (entity.type() != type || type == EntityType.PLACE && !entity.within().isEmpty()) {
                continue;
            }
            int weight = 1;
            if (mention.first() > 0 && (tokens.get(mention.first() - 1).is("in") || tokens.get(mention.first() - 1).is("into"))) {
                weight++;
            }
            if (tokens.get(mention.first()).start() < firstLines) {
                weight++;
            }
            weights.merge(entity.canonical(), weight, Integer::sum);
        }
        return weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
