package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.compare.Statement;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.SpeakerMerge;

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
            String speaker = statement.chain().speaker();
            if (!speaker.isEmpty()) {
                nameOf.putIfAbsent(key(statement.claim().sourceId(), CitationChain.nameKey(speaker)), speaker);
            }
        }
        Map<String, String> becomes = new HashMap<>();
        Map<String, Set<String>> apart = new HashMap<>();
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
            } else {
                apart.computeIfAbsent(one, k -> new HashSet<>()).add(merge.otherWritten());
                apart.computeIfAbsent(other, k -> new HashSet<>()).add(merge.written());
            }
        }
        List<Statement> applied = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            CitationChain chain = statement.chain();
            String own = key(statement.claim().sourceId(), CitationChain.nameKey(chain.speaker()));
            Statement changed = statement;
            if (!chain.speaker().isEmpty() && becomes.containsKey(own)) {
                changed = changed.withChain(new CitationChain(becomes.get(own), chain.carriers(), chain.outlet(),
                        chain.edited()));
            }
            if (!chain.speaker().isEmpty() && apart.containsKey(own)) {
                changed = changed.withApartFrom(apart.get(own));
            }
            applied.add(changed);
        }
        return applied;
    }

    private static boolean isDescribed(String speaker) {
        return speaker != null && org.crosscheck.extract.SpeakerNames.isDescription(speaker);
    }

    static String key(long sourceId, String nameKey) {
        return sourceId + "|" + nameKey;
    }
}
