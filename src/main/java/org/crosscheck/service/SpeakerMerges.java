package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SpeakerMerge;
import org.crosscheck.model.Statement;

/**
 * The researcher's answers about speakers across articles, applied to the statements: a described
 * speaker said to be a person named in another article takes that person's name (so the two are one
 * origin, and the chain reads "Zamir Kabulov → …"); a speaker kept apart from a person of another
 * article is no longer that person's origin, though the names match ("Kabulov", "Zamir Kabulov").
 */
final class SpeakerMerges {

    private SpeakerMerges() {
    }

    static List<Statement> apply(List<Statement> statements, List<SpeakerMerge> merges) {
        if (merges.isEmpty()) {
            return statements;
        }
        Map<String, String> nameOf = new HashMap<>(); // "source|key" → the speaker as written there
        for (Statement statement : statements) {
            written(nameOf, statement.claim().sourceId(), statement.chain());
        }
        Map<String, String> becomes = becomes(merges, nameOf);
        Map<String, Set<String>> apart = new HashMap<>();
        for (SpeakerMerge merge : merges) {
            if (!merge.same()) {
                apart.computeIfAbsent(key(merge.sourceId(), merge.written()), k -> new HashSet<>()).add(merge.otherWritten());
                apart.computeIfAbsent(key(merge.otherSourceId(), merge.otherWritten()), k -> new HashSet<>()).add(merge.written());
            }
        }
        List<Statement> applied = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            CitationChain chain = statement.chain();
            String own = key(statement.claim().sourceId(), CitationChain.nameKey(chain.speaker()));
            CitationChain named = named(chain, becomes.get(own));
            Statement changed = named == chain ? statement : statement.withChain(named);
            if (!chain.speaker().isEmpty() && apart.containsKey(own)) {
                changed = changed.withApartFrom(apart.get(own));
            }
            applied.add(changed);
        }
        return applied;
    }

    /**
     * The chains of one article's claims as the answers make them, as {@link #apply} makes its
     * statements' chains: for the claim editor and the Claims list, which show one article.
     *
     * @param chains       the article's chains, by claim id
     * @param chainsOf     the chains of every article an answer about this article's speakers names, by its id
     */
    static Map<Long, CitationChain> apply(long sourceId, Map<Long, CitationChain> chains, List<SpeakerMerge> merges,
                                          Map<Long, ? extends java.util.Collection<CitationChain>> chainsOf) {
        if (merges.isEmpty()) {
            return chains;
        }
        Map<String, String> nameOf = new HashMap<>();
        chains.values().forEach(chain -> written(nameOf, sourceId, chain));
        chainsOf.forEach((article, ofArticle) -> ofArticle.forEach(chain -> written(nameOf, article, chain)));
        Map<String, String> becomes = becomes(merges, nameOf);
        Map<Long, CitationChain> applied = new HashMap<>();
        chains.forEach((claimId, chain) -> applied.put(claimId,
                named(chain, becomes.get(key(sourceId, CitationChain.nameKey(chain.speaker()))))));
        return applied;
    }

    /**
     * The chains of claims of the whole project as the answers make them, as {@link #apply(List, List)}
     * makes its statements' chains: for the exports, which write every claim's chain as the window
     * shows it. A claim whose article is not among {@code claims} keeps its chain.
     *
     * @param chains the claims' chains as their own articles tell them, by claim id
     * @param claims the claims, for the article each chain is of
     */
    static Map<Long, CitationChain> apply(Map<Long, CitationChain> chains, java.util.Collection<Claim> claims,
                                          List<SpeakerMerge> merges) {
        if (merges.isEmpty()) {
            return chains;
        }
        Map<Long, Long> sourceOf = new HashMap<>();
        claims.forEach(claim -> sourceOf.put(claim.id(), claim.sourceId()));
        Map<String, String> nameOf = new HashMap<>();
        chains.forEach((claimId, chain) -> {
            if (sourceOf.containsKey(claimId)) {
                written(nameOf, sourceOf.get(claimId), chain);
            }
        });
        Map<String, String> becomes = becomes(merges, nameOf);
        Map<Long, CitationChain> applied = new HashMap<>();
        chains.forEach((claimId, chain) -> applied.put(claimId, !sourceOf.containsKey(claimId) ? chain
                : named(chain, becomes.get(key(sourceOf.get(claimId), CitationChain.nameKey(chain.speaker()))))));
        return applied;
    }

    /** The ids of the other articles whose speakers the answers say something about with this article's. */
    static Set<Long> othersOf(long sourceId, List<SpeakerMerge> merges) {
        Set<Long> others = new HashSet<>();
        for (SpeakerMerge merge : merges) {
            if (merge.sourceId() == sourceId) {
                others.add(merge.otherSourceId());
            } else if (merge.otherSourceId() == sourceId) {
                others.add(merge.sourceId());
            }
        }
        return others;
    }

    private static void written(Map<String, String> nameOf, long sourceId, CitationChain chain) {
        String speaker = chain.speaker();
        if (!speaker.isEmpty()) {
            nameOf.putIfAbsent(key(sourceId, CitationChain.nameKey(speaker)), speaker);
        }
    }

    /** The name each described speaker takes ("source|key" → "Zamir Kabulov"), from the answers that they are one. */
    private static Map<String, String> becomes(List<SpeakerMerge> merges, Map<String, String> nameOf) {
        Map<String, String> becomes = new HashMap<>();
        for (SpeakerMerge merge : merges) {
            String one = key(merge.sourceId(), merge.written());
            String other = key(merge.otherSourceId(), merge.otherWritten());
            if (merge.same()) {
                // the described one takes the name: "the Russian official" becomes "Zamir Kabulov", not the reverse
                if (nameOf.containsKey(other) && isDescribed(nameOf.get(one))) {
                    becomes.put(one, nameOf.get(other));
                } else if (nameOf.containsKey(one) && isDescribed(nameOf.get(other))) {
                    becomes.put(other, nameOf.get(one));
                }
            }
        }
        return becomes;
    }

    /** The chain with its speaker named so; the chain itself when there is no such name or no speaker. */
    private static CitationChain named(CitationChain chain, String name) {
        return name == null || chain.speaker().isEmpty() ? chain
                : new CitationChain(name, chain.carriers(), chain.outlet(), chain.edited());
    }

    private static boolean isDescribed(String speaker) {
        return speaker != null && org.crosscheck.model.SpeakerNames.isDescription(speaker);
    }

    static String key(long sourceId, String nameKey) {
        return sourceId + "|" + nameKey;
    }
}
