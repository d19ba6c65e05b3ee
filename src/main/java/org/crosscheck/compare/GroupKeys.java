package org.crosscheck.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.GroupKey;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;

/**
 * Finds the {@link GroupKey} of a statement: whether it is a toll of one story or a figure about an
 * actor, what it counts with its role, and where. Pure.
 */
public final class GroupKeys {

    private GroupKeys() {
    }

    /** Words for people that, in a toll, all count the same people: "two men", "two victims", "two others". */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "person", "victims", "victim", "men", "man",
            "women", "woman", "males", "male", "females", "female", "others", "individuals", "adults", "deaths", "casualties", "fatalities", "injuries",
            "residents", "bystanders", "patrons", "customers", "civilians", "suspects", "spectators", "shoppers",
            "partygoers", "attendees", "occupants", "passengers", "motorists", "pedestrians", "neighbors", "neighbours");
    /**
     * Words for young people, which a toll counts as people too: one report's "two children were
     * shot" is another's "two people were shot". A part named apart ("including two children")
     * stays a part (see {@link Statement#countsAPart()}).
     */
    private static final Set<String> YOUNG = Set.of("children", "kids", "boys", "girls", "teens", "teenagers",
            "juveniles", "youths", "minors", "students", "toddlers", "babies", "infants", "sons", "daughters");

    /**
     * What a figure without a role cannot be compared on within a story: a count of people that
     * says nothing of them ("two people": arrested? shot? present?) and a bare unit ("percent",
     * "miles", "dollars") could be any of the story's figures.
     */
    private static final Set<String> TOO_VAGUE_FOR_A_STORY = Set.of("people", "persons", "person", "men", "man",
            "women", "woman", "males", "male", "females", "female", "others", "individuals", "adults", "percent", "%", "dollars", "pounds", "euros",
            "miles", "kilometres", "kilometers", "km", "feet", "metres", "meters", "yards", "hours", "minutes",
            "days", "weeks", "months", "years", "times");

    /**
     * Roles that count the same wounded people more or less widely, from the widest: the victims,
     * those shot, those injured, those taken to hospital. Reports of one shooting say "five people
     * were shot" and "four were wounded" of the same people, so these are compared in one group
     * ({@link #HURT}); the verdict rules know which is a part of which (see {@link #breadth}).
     */
    private static final List<String> HURT_ROLES = List.of("victims", "shot", "injured", "hospitalized");
    /** What a group of the {@link #HURT_ROLES} counts. */
    static final String HURT = "shot or injured";

    /** How widely a role of the {@link #HURT_ROLES} counts: higher is wider; -1 for any other role. */
    public static int breadth(String role) {
        int index = HURT_ROLES.indexOf(role);
        return index < 0 ? -1 : HURT_ROLES.size() - index;
    }

    /** The key of a statement with a figure, or empty when it has nothing to be compared on. */
    public static Optional<GroupKey> of(Statement statement) {
        Quantity quantity = statement.claim().quantity();
        if (statement.claim().status() == ClaimStatus.REJECTED
                || (quantity.low() == null && quantity.high() == null)
                || (quantity.normalized().isBlank() && quantity.role().isBlank())) {
            return Optional.empty();
        }
        String counted = counted(quantity);
        if (quantity.role().isBlank() && PEOPLE.contains(counted.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "two people" of an entity, with no role: doing what?
        }
        Statement.StoryRef story = statement.story();
        String subject = statement.subjectName();
        if (!quantity.role().isBlank() || subject.isBlank()) {
            if (story == null) {
                return subject.isBlank() ? Optional.empty() : Optional.of(ofSubject(subject, counted, statement));
            }
            if (quantity.role().isBlank() && TOO_VAGUE_FOR_A_STORY.contains(counted.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String place = quantity.role().isBlank() ? statement.basePlace() : "";
            String id = "s" + story.id() + "|" + fold(counted) + "|" + fold(place);
            return Optional.of(new GroupKey(story.name(), counted, place, id, story.id()));
        }
        return Optional.of(ofSubject(subject, counted, statement));
    }

    private static GroupKey ofSubject(String subject, String counted, Statement statement) {
        String place = statement.basePlace();
        return new GroupKey(subject, counted, place, fold(subject) + "|" + fold(counted) + "|" + fold(place), 0);
    }

    /**
     * What is counted with its role: "people killed", "officers injured", "fighters". In a toll
     * every word for people, young or old, counts the same people; a group by occupation
     * ("officers", "soldiers") stays apart. A part of an earlier count ("three of them critically")
     * counts the same thing.
     */
    static String counted(Quantity quantity) {
        String thing = quantity.normalized().strip();
        if (quantity.role().isBlank()) {
            return thing;
        }
        String lower = thing.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.startsWith("of ") || PEOPLE.contains(lower) || YOUNG.contains(lower)) {
            thing = "people";
        }
        String role = quantity.role().strip();
        return thing + " " + (breadth(role) >= 0 ? HURT : role);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
