package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crosscheck.model.Entity;

/**
 * Suggests the claims a careful reader would mark in a news text: quantities as intervals,
 * dates resolved against the publication date, durations, sets and attributions, with each
 * quantity's subject, place, speaker, outlet and time. Pure and fast: no I/O after construction.
 * Immutable and thread-safe; build one and reuse it.
 */
public final class Extractor {

    private final AliasTable aliases;
    private final EntityFinder entityFinder;
    private final QuantityFinder quantityFinder;
    private final AttributionFinder attributionFinder;
    private final ImpliedTolls impliedTolls;
    private final NamedVictims namedVictims;
    private final PronounVictims pronounVictims;

    private Extractor(AliasTable aliases, CountedLexicon lexicon, RoleReader roles, AttributionFinder attributionFinder) {
        this.aliases = aliases;
        this.entityFinder = new EntityFinder(aliases);
        this.quantityFinder = new QuantityFinder(lexicon, roles);
        this.attributionFinder = attributionFinder;
        this.impliedTolls = new ImpliedTolls(roles);
        this.namedVictims = new NamedVictims(roles);
        this.pronounVictims = new PronounVictims(roles);
    }

    /** An extractor with the default alias table, counted-noun lexicon and outlet words. */
    public static Extractor withDefaults() {
        return new Extractor(AliasTable.defaults(), CountedLexicon.defaults(), RoleReader.defaults(), AttributionFinder.defaults());
    }

    /** The same extractor with another alias table (the researcher's, stored with the project). */
    public Extractor withAliases(AliasTable table) {
        return new Extractor(Objects.requireNonNull(table, "table"), quantityFinder.lexicon(), quantityFinder.roles(),
                attributionFinder);
    }

    public AliasTable aliases() {
        return aliases;
    }

    /**
     * What a researcher typed as counted ("loyal militants"), normalised as the extractor
     * normalises what it finds: the head noun through the lexicon ("fighters").
     */
    public String normaliseCounted(String counted) {
        String[] words = counted.strip().split("\\s+");
        return words[words.length - 1].isEmpty() ? "" : quantityFinder.lexicon().normalise(words[words.length - 1]);
    }

    /** The canonical name of an entity as typed ("ISIS" → "Islamic State"); unknown names stay as typed. */
    public String canonicalEntity(String name) {
        return aliases.canonical(name.strip()).orElse(name.strip());
    }

    /**
     * Stops the extraction of a long text when its thread is interrupted: an import that was
     * cancelled drops the result, so reading the rest of a 2 MB file would only keep a core busy.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException();
        }
    }

    /**
     * Everything found in {@code text}. Relative dates ("Thursday", "last month") resolve against
     * {@code published}; when it is null they keep TIMEX3 placeholders ("XXXX-04") and no date.
     */
    public Extraction extract(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return new Extraction(List.of(), List.of());
        }
        List<Sentence> sentences = SentenceSplitter.split(tokens);
        boolean[] taken = new boolean[tokens.size()];
        PageFurniture.mark(tokens, sentences, taken);

        List<Mention> temporals = new ArrayList<>();
        for (Sentence sentence : sentences) {
            stopIfInterrupted();
            for (TemporalFound found : DateFinder.find(tokens, sentence, published, taken)) {
                int start = tokens.get(found.first()).start();
                int end = tokens.get(found.end() - 1).end();
                temporals.add(Mention.temporal(found.kind(), start, end, text.substring(start, end),
                        found.resolved().value(), found.resolved().date()));
                for (int index = found.first(); index < found.end(); index++) {
                    taken[index] = true;
                }
            }
        }
        List<Entity> defined = newDefinitions(tokens);
        List<EntityMention> entities = entityFinder.find(tokens);
        if (!defined.isEmpty()) {
            entities = withDefinitions(entities, defined, tokens);
        }
        List<Attribution> attributions = attributionFinder.find(text, tokens, sentences, new People(text, tokens, aliases));
        ContextLinker linker = new ContextLinker(text, tokens, sentences, entities, attributions, temporals);

        List<Mention> mentions = new ArrayList<>(temporals);
        Surnames surnames = new Surnames(tokens);
        for (int number = 0; number < sentences.size(); number++) {
            stopIfInterrupted();
            List<Mention> found = quantityFinder.find(text, tokens, sentences.get(number), taken,
                    ElidedCounts.isHeading(tokens, sentences, number));
            for (Mention quantity : found) {
                mentions.add(Subgroups.refine(linker.link(quantity, number, found), text, tokens, sentences, number,
                        quantityFinder.lexicon()));
            }
            boolean headline = number == 0 && sentences.size() > 1 && sentences.get(1).paragraph() != sentences.get(0).paragraph();
            List<Mention> tolls = impliedTolls.find(text, tokens, sentences.get(number), taken, found, headline);
            tolls = new ArrayList<>(tolls);
            tolls.addAll(namedVictims.find(text, tokens, sentences.get(number), found, tolls, surnames));
            tolls.addAll(pronounVictims.find(text, tokens, sentences.get(number), found, tolls));
            tolls.addAll(FatalEvents.find(text, tokens, sentences.get(number), found, tolls));
            for (Mention toll : tolls) {
                mentions.add(linker.link(toll, number, found));
            }
        }
        for (Attribution attribution : attributions) {
            mentions.add(Mention.attribution(attribution.start(), attribution.end(),
                    text.substring(attribution.start(), attribution.end()), attribution.speaker(), attribution.outlet()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return new Extraction(mentions, defined);
    }

    /**
     * The citation chain of each of {@code claims} of one article (see {@link ChainReader}), in
     * their order. {@code confirmedIdentities} holds the researcher's answers, by
     * {@link org.crosscheck.model.CitationChain#nameKey} of the speaker as written: "a top russian
     * security official" → "Alexander Bortnikov".
     */
    public List<org.crosscheck.model.CitationChain> chains(String text, List<org.crosscheck.model.Claim> claims,
                                                            String articleOutlet, java.util.Map<String, String> confirmedIdentities) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty() || claims.isEmpty()) {
            return claims.stream().map(claim -> new org.crosscheck.model.CitationChain(claim.speaker(),
                    List.of(claim.outlet()), articleOutlet, false)).toList();
        }
        List<Sentence> sentences = SentenceSplitter.split(tokens);
        List<Attribution> attributions = attributionFinder.find(text, tokens, sentences, new People(text, tokens, aliases));
        return new ChainReader(text, tokens, sentences, attributions, confirmedIdentities).chains(claims, articleOutlet);
    }

    /** The acronyms the text defines that the alias table does not know yet. */
    private List<Entity> newDefinitions(List<Token> tokens) {
        return AcronymDefinitions.in(tokens).stream()
                .filter(entity -> aliases.entity(entity.aliases().get(0)).isEmpty())
                .map(entity -> aliases.entity(entity.canonical())
                        .map(known -> new Entity(known.canonical(), known.type(), entity.aliases(), known.within()))
                        .orElse(entity))
                .toList();
    }

    /**
     * The names of the alias table found in the text, with this text's own definitions added where
     * the table found nothing: "ANDSF" after "… Security Forces (ANDSF)". Only the few definitions
     * are searched again, so a text that defines acronyms costs little more than one that does not.
     */
    private static List<EntityMention> withDefinitions(List<EntityMention> known, List<Entity> defined, List<Token> tokens) {
        List<EntityMention> merged = new ArrayList<>(known);
        for (EntityMention mention : new EntityFinder(AliasTable.of(defined)).find(tokens)) {
            boolean taken = known.stream().anyMatch(other -> other.first() < mention.end() && mention.first() < other.end());
            if (!taken) {
                merged.add(mention);
            }
        }
        merged.sort(Comparator.comparingInt(EntityMention::first));
        return merged;
    }
}
