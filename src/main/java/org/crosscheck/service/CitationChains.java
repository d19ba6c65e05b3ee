package org.crosscheck.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Extractor;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;

/**
 * Reads the citation chains of claims from their articles' texts, article by article, for the
 * claims that have none saved (read before, or set by the researcher). A claim's chain depends on
 * the other claims of its article (a headline figure takes the chain of the figure it repeats), so
 * each article is read with all its claims.
 */
final class CitationChains {

    private CitationChains() {
    }

    /**
     * The chains of the claims of {@code lacking} (by article id) that have none, read with every
     * claim of their article, by claim id; their outlets are empty (they are the articles').
     */
    static Map<Long, CitationChain> read(Extractor extractor, Map<Long, List<Claim>> lacking,
                                         List<Claim> compared, Map<Long, String> texts,
                                         Map<Long, Map<String, String>> identities) {
        Map<Long, List<Claim>> claimsOfSource = new HashMap<>();
        for (Claim claim : compared) {
            if (lacking.containsKey(claim.sourceId())) {
                claimsOfSource.computeIfAbsent(claim.sourceId(), id -> new java.util.ArrayList<>()).add(claim);
            }
        }
        Map<Long, CitationChain> read = new HashMap<>();
        lacking.forEach((sourceId, claims) -> {
            String text = texts.get(sourceId);
            if (text == null) {
                return;
            }
            List<Claim> all = claimsOfSource.getOrDefault(sourceId, claims);
            List<CitationChain> chains = extractor.chains(text, all, "", identities.getOrDefault(sourceId, Map.of()));
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            claims.forEach(claim -> wanted.add(claim.id()));
            for (int i = 0; i < all.size(); i++) {
                if (wanted.contains(all.get(i).id())) {
                    read.put(all.get(i).id(), chains.get(i));
                }
            }
        });
        return read;
    }

    /**
     * Every claim's chain as the window shows it, by claim id: the saved ones, the others read from
     * their articles now, each with the researcher's answers about speakers across articles
     * ({@link SpeakerMerges}); their outlets are empty (they are the articles'). For the exports.
     */
    static Map<Long, CitationChain> asShown(ProjectContents contents, Extractor extractor) {
        Map<Long, String> texts = new HashMap<>();
        contents.sources().forEach(article -> texts.put(article.source().id(), article.source().text()));
        Map<Long, CitationChain> chains = new HashMap<>(contents.chains());
        chains.putAll(read(extractor, lacking(contents.claims(), chains), contents.claims(), texts,
                contents.identities()));
        return SpeakerMerges.apply(chains, contents.claims(), contents.speakerMerges());
    }

    /** The claims that have no saved chain, by the id of their article. */
    static Map<Long, List<Claim>> lacking(List<Claim> claims, Map<Long, CitationChain> saved) {
        Map<Long, List<Claim>> lacking = new HashMap<>();
        for (Claim claim : claims) {
            if (!saved.containsKey(claim.id())) {
                lacking.computeIfAbsent(claim.sourceId(), id -> new java.util.ArrayList<>()).add(claim);
            }
        }
        return lacking;
    }

    /** What a claim says of its chain on its own: its speaker and its outlet. */
    static CitationChain ofClaim(Claim claim) {
        return new CitationChain(claim.speaker(), List.of(claim.outlet()), "", false);
    }
}
