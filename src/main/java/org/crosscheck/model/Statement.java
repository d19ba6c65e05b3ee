package org.crosscheck.model;

import java.util.Objects;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.FuzzyDate;

/**
 * A claim as the comparison sees it: with the source it comes from and the words it quotes.
 *
 * @param quote      the claim's own words in its source
 * @param trendWords whether its sentence says the figure is changing ("growing", "rising"), which
 *                   makes a far-apart figure from another time a change rather than a contradiction
 * @param story      the story its source is in, null when none
 * @param file       the name of the file its source was imported from ("report.txt"), empty when unknown
 * @param chain      who said it first and who carried it; when not read from the text, the claim's
 *                   speaker, its outlet and the source's outlet
 * @param apartFrom  the name keys of the people of other articles the researcher said its speaker is not
 *                   ("kabulov" here is not "zamir kabulov" there), so it is not their origin
 * @param entities   the entities its claim's subject and place refer to by id, where the alias table knows them
 */
public record Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                        boolean trendWords, StoryRef story, String file, CitationChain chain,
                        java.util.Set<String> apartFrom, EntityRefs entities) {

    /** The story a statement's source is in: its id, stable across re-clustering, and its name. */
    public record StoryRef(long id, String name) {

        public StoryRef {
            Objects.requireNonNull(name, "name");
        }
    }

    public Statement {
        Objects.requireNonNull(claim, "claim");
        sourceTitle = sourceTitle == null ? "" : sourceTitle;
        outlet = outlet == null ? "" : outlet;
        published = published == null ? FuzzyDate.UNKNOWN : published;
        quote = quote == null ? "" : quote;
        file = file == null ? "" : file;
        chain = chain == null ? new CitationChain(claim.speaker(), java.util.List.of(claim.outlet()), outlet, false) : chain;
        apartFrom = apartFrom == null ? java.util.Set.of() : java.util.Set.copyOf(apartFrom);
        entities = entities == null ? EntityRefs.NONE : entities;
    }

    /** A statement whose claim refers to no entity by id: its words are compared. */
    public Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                     boolean trendWords, StoryRef story, String file, CitationChain chain,
                     java.util.Set<String> apartFrom) {
        this(claim, sourceTitle, outlet, published, quote, trendWords, story, file, chain, apartFrom, null);
    }

    /** The same statement, its claim referring to these entities. */
    public Statement withEntities(EntityRefs refs) {
        return new Statement(claim, sourceTitle, outlet, published, quote, trendWords, story, file, chain, apartFrom, refs);
    }

    /** What the claim is about: the entity's name as the alias table has it now, else the claim's own words. */
    public String subjectName() {
        return entities.subject() != null ? entities.subject().name() : claim.subject().strip();
    }

    /** Whether two statements are about one entity: by id where both have one, else by their words. */
    public boolean isAboutTheSameAs(Statement other) {
        if (entities.subject() != null && other.entities.subject() != null) {
            return entities.subject().isSameAs(other.entities.subject());
        }
        return !subjectName().isBlank() && subjectName().equalsIgnoreCase(other.subjectName());
    }

    /**
     * The place the claim's place lies in, or that place itself ("Afghanistan" for "Nangarhar, Afghanistan"
     * and for "northern Afghanistan"): by the alias table where it knows the place, else read from the words.
     */
    public String basePlace() {
        return entities.base() != null ? entities.base().name() : Places.base(claim.place());
    }

    /** Whether the claim's place is only a part of its base place: a place inside it, or a part named in words. */
    public boolean placeIsPart() {
        if (entities.place() != null && entities.place().id() != entities.base().id()) {
            return true;
        }
        return Places.isPart(claim.place());
    }

    /** Whether two statements' places lie in one place: by id where both have one, else by their words. */
    public boolean hasTheBasePlaceOf(Statement other) {
        if (entities.base() != null && other.entities.base() != null) {
            return entities.base().isSameAs(other.entities.base());
        }
        return basePlace().equalsIgnoreCase(other.basePlace());
    }

    /** A statement whose speaker the researcher kept apart from nobody. */
    public Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                     boolean trendWords, StoryRef story, String file, CitationChain chain) {
        this(claim, sourceTitle, outlet, published, quote, trendWords, story, file, chain, null);
    }

    /** The same statement, its speaker kept apart from the people of other articles with these name keys. */
    public Statement withApartFrom(java.util.Set<String> keys) {
        return new Statement(claim, sourceTitle, outlet, published, quote, trendWords, story, file, chain, keys, entities);
    }

    /** A statement whose chain is only what the claim says: its speaker, its outlet and the source's. */
    public Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                     boolean trendWords, StoryRef story, String file) {
        this(claim, sourceTitle, outlet, published, quote, trendWords, story, file, null);
    }

    /** The same statement with its chain as read or edited. */
    public Statement withChain(CitationChain newChain) {
        return new Statement(claim, sourceTitle, outlet, published, quote, trendWords, story, file, newChain, apartFrom,
                entities);
    }

    /** A statement whose source is in no story. */
    public Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                     boolean trendWords) {
        this(claim, sourceTitle, outlet, published, quote, trendWords, null, "", null);
    }

    /** When the statement holds: the time it refers to, or else when its source was published. */
    public FuzzyDate when() {
        FuzzyDate refersTo = claim.refersTo().date();
        return refersTo.isKnown() ? refersTo : published;
    }

    /** Who is quoted: the claim's speaker, or else its outlet, or else the source's outlet. */
    public String voice() {
        if (!claim.speaker().isBlank()) {
            return claim.speaker();
        }
        return !claim.outlet().isBlank() ? claim.outlet() : outlet;
    }

    /**
     * Whether it counts a part of a count given before it: "three of them critically" (a partitive
     * with no total of its own), "including two children".
     */
    public boolean countsAPart() {
        String counted = claim.quantity().counted().toLowerCase(java.util.Locale.ROOT);
        return counted.startsWith("of ") || claim.quantity().qualifier().toLowerCase(java.util.Locale.ROOT)
                .startsWith("including");
    }

    /**
     * Whether it is a toll the grammar implies, one victim the report names ("A 53-year-old man
     * was shot"): an event claim counting one, which may be one of many.
     */
    public boolean isOneVictim() {
        return claim.kind() == org.crosscheck.model.ClaimKind.EVENT && Double.valueOf(1.0).equals(claim.quantity().low())
                && Double.valueOf(1.0).equals(claim.quantity().high());
    }

    public String outletOrSource() {
        return !claim.outlet().isBlank() ? claim.outlet() : outlet;
    }
}
