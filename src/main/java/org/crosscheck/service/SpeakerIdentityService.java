package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.extract.Extractor;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.SpeakerMerge;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.model.Statement;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.SpeakerIdentityRepository;
import org.crosscheck.store.SpeakerMergeRepository;

/**
 * The review list of who speakers are (Tags › Speakers and identities…): within an article, a
 * described speaker proposed to be a person ("a top Russian security official" is "Alexander
 * Bortnikov"), and across articles, a speaker proposed to be a person named in another ("Kabulov"
 * here is "Zamir Kabulov" there). Confirming or correcting an identity within an article is the
 * claim editor's Confirm this chain / Said first by ({@link ChainService#edit}); every answer is one
 * undoable, signed edit. Blocking: call from a background thread.
 */
public final class SpeakerIdentityService {

    /** Where an identity within an article stands. */
    public enum IdentityState { PROPOSED, CONFIRMED, CORRECTED, REJECTED }

    /**
     * A described speaker of an article and who they are proposed (or said) to be.
     *
     * @param claimId  the first claim the description speaks, whose chain an answer edits
     * @param written  the speaker as the article writes it: "A top Russian security official"
     * @param proposed whom the text proposes ("Alexander Bortnikov"), empty when it proposes no one
     * @param person   who the speaker counts as now: the researcher's answer, else the proposal
     * @param sentence the sentence the claim comes from
     */
    public record Identity(long sourceId, String article, long claimId, String written, String proposed,
                           String person, String sentence, IdentityState state) {
    }

    /** Where a proposal across articles stands: not answered, said to be one speaker, kept apart. */
    public enum MergeState { PROPOSED, CONFIRMED, KEPT_APART }

    /**
     * A speaker of one article proposed to be a person named in another.
     *
     * @param surname whether the proposal is a surname matching a full name ("Kabulov", "Zamir
     *                Kabulov"), which counts as one speaker until kept apart; a description
     *                ("the Russian official") counts as its own until confirmed
     * @param sentence the sentence of the first article the speaker speaks in
     */
    public record CrossProposal(long sourceId, String article, String speaker, long otherSourceId,
                                String otherArticle, String otherSpeaker, String sentence, boolean surname,
                                MergeState state) {

        /** Whether the comparison now counts the two as one origin. */
        public boolean countedAsOne() {
            return state == MergeState.CONFIRMED || surname && state == MergeState.PROPOSED;
        }

        SpeakerMerge answer(boolean same) {
            return new SpeakerMerge(sourceId, CitationChain.nameKey(speaker), otherSourceId,
                    CitationChain.nameKey(otherSpeaker), same);
        }
    }

    private final Database database;
    private final UndoHistory history;
    private final Supplier<Extractor> extractor;
    private final ChainService chains;
    private final ComparisonService comparison;
    private final ClaimRepository claims = new ClaimRepository();
    private final SourceRepository sources = new SourceRepository();
    private final SpeakerIdentityRepository identities = new SpeakerIdentityRepository();
    private final SpeakerMergeRepository merges = new SpeakerMergeRepository();

    SpeakerIdentityService(Database database, UndoHistory history, Supplier<Extractor> extractor, ChainService chains,
                           ComparisonService comparison) {
        this.database = database;
        this.history = history;
        this.extractor = extractor;
        this.chains = chains;
        this.comparison = comparison;
    }

    /**
     * Every described speaker of every article with whom the text proposes they are, or whom the
     * researcher said they are, in article order. The proposal is read from the text as if nobody
     * had answered, so a corrected identity still shows what was proposed.
     */
    public List<Identity> identities() {
        Extractor reader = extractor.get(); // built outside the transaction: building it reads the project
        return database.inTransaction("list the speakers' identities", transaction -> {
            Map<Long, Map<String, String>> answered = identities.all(transaction);
            // the claims in one query and the texts of only the articles that describe a speaker:
            // at 10,000 articles, reading each article with its claims took seconds
            Map<Long, List<Claim>> claimsOf = new HashMap<>();
            for (Claim claim : claims.all(transaction)) {
                if (claim.status() != ClaimStatus.REJECTED) {
                    claimsOf.computeIfAbsent(claim.sourceId(), id -> new ArrayList<>()).add(claim);
                }
            }
            Set<Long> asked = new HashSet<>(answered.keySet());
            claimsOf.forEach((sourceId, ofSource) -> {
                if (ofSource.stream().anyMatch(claim -> SpeakerNames.isDescription(claim.speaker())
                        && SpeakerNames.isSingular(claim.speaker()))) {
                    asked.add(sourceId);
                }
            });
            Map<Long, String> texts = asked.isEmpty() ? Map.of() : sources.textsOf(transaction, asked);
            List<Identity> found = new ArrayList<>();
            for (org.crosscheck.model.SourceHeading source : sources.headings(transaction)) {
                String text = texts.get(source.id());
                if (text == null) {
                    continue;
                }
                List<Claim> ofSource = claimsOf.getOrDefault(source.id(), List.of());
                Map<String, String> answers = answered.getOrDefault(source.id(), Map.of());
                List<CitationChain> read = reader.chains(text, ofSource, "", Map.of());
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < ofSource.size(); i++) {
                    Claim claim = ofSource.get(i);
                    String written = CitationChain.nameKey(claim.speaker());
                    if (claim.speaker().isBlank() || !SpeakerNames.isDescription(claim.speaker()) || !seen.add(written)) {
                        continue;
                    }
                    String proposed = read.get(i).speaker();
                    boolean proposes = !proposed.isEmpty() && !CitationChain.nameKey(proposed).equals(written);
                    String answer = answers.get(written);
                    if (!proposes && answer == null) {
                        continue;
                    }
                    IdentityState state = answer == null ? IdentityState.PROPOSED
                            : CitationChain.nameKey(answer).equals(written) ? IdentityState.REJECTED
                            : proposes && CitationChain.nameKey(answer).equals(CitationChain.nameKey(proposed))
                            ? IdentityState.CONFIRMED : IdentityState.CORRECTED;
                    found.add(new Identity(source.id(), source.title(), claim.id(), claim.speaker(),
                            proposes ? proposed : "", answer == null ? proposed : answer,
                            sentenceOf(text, claim), state));
                }
            }
            return found;
        });
    }

    /** Confirms the proposal: as the claim editor's Confirm this chain, the chain as read is kept. */
    public void confirm(Identity identity) {
        if (identity.proposed().isEmpty()) {
            throw new IllegalArgumentException("Nobody is proposed for \u201c" + identity.written() + "\u201d.");
        }
        chains.edit(identity.claimId(), identity.proposed(), chains.chainOf(identity.claimId()).carriersWritten());
    }

    /** The speaker is {@code person}: as the claim editor's Said first by, for the whole article. */
    public void correct(Identity identity, String person) {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("Say who the speaker is.");
        }
        chains.edit(identity.claimId(), person.strip(), chains.chainOf(identity.claimId()).carriersWritten());
    }

    /** The description is nobody else: "a top Russian security official" is an origin of its own. */
    public void reject(Identity identity) {
        chains.speaksForItself(identity.claimId(), chains.chainOf(identity.claimId()).carriersWritten());
    }

    /**
     * Speakers of one article that may be a person named in another, among the statements of one
     * comparison group: a surname alone and a full name ending in it, or a described speaker
     * (one person, whom their own article does not name) and a person's full name. The same full
     * name in two articles is one speaker and is not asked about.
     */
    public List<CrossProposal> acrossArticles() {
        List<Statement> asRead = comparison.statementsAsRead();
        Map<Long, Statement> byClaim = new HashMap<>();
        asRead.forEach(statement -> byClaim.put(statement.claim().id(), statement));
        List<SpeakerMerge> answers = database.inTransaction("load the merged speakers", merges::all);
        Map<String, CrossProposal> found = new LinkedHashMap<>();
        Map<String, Claim> sayer = new HashMap<>(); // the claim each proposal's sentence is read around
        for (ComparisonGroup group : comparison.compare().groups()) {
            List<Statement> members = group.statements().stream().map(s -> byClaim.get(s.claim().id()))
                    .filter(java.util.Objects::nonNull).toList();
            for (Statement one : members) {
                for (Statement other : members) {
                    if (one.claim().sourceId() == other.claim().sourceId()) {
                        continue;
                    }
                    String speaker = one.chain().speaker();
                    String person = other.chain().speaker();
                    if (speaker.isEmpty() || !SpeakerNames.isPersonName(person) || person.indexOf(' ') < 0) {
                        continue;
                    }
                    String key = CitationChain.nameKey(speaker);
                    String personKey = CitationChain.nameKey(person);
                    boolean surname = SpeakerNames.isPersonName(speaker) && key.indexOf(' ') < 0
                            && personKey.endsWith(" " + key);
                    boolean described = SpeakerNames.isDescription(speaker) && SpeakerNames.isSingular(speaker);
                    String id = one.claim().sourceId() + "|" + key + "|" + personKey;
                    if (!(surname || described) || found.containsKey(id)) {
                        continue;
                    }
                    MergeState state = MergeState.PROPOSED;
                    for (SpeakerMerge answer : answers) {
                        if (answer.concerns(one.claim().sourceId(), key, other.claim().sourceId(), personKey)) {
                            state = answer.same() ? MergeState.CONFIRMED : MergeState.KEPT_APART;
                        }
                    }
                    found.put(id, new CrossProposal(one.claim().sourceId(), one.sourceTitle(), speaker,
                            other.claim().sourceId(), other.sourceTitle(), person, one.quote(), surname, state));
                    sayer.put(id, one.claim());
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> articles = new HashSet<>();
        sayer.values().forEach(claim -> articles.add(claim.sourceId()));
        Map<Long, String> texts = database.inTransaction("read the articles of the proposals",
                transaction -> sources.textsOf(transaction, articles));
        List<CrossProposal> withSentences = new ArrayList<>();
        found.forEach((id, proposal) -> {
            Claim claim = sayer.get(id);
            String text = texts.get(claim.sourceId());
            withSentences.add(text == null ? proposal : new CrossProposal(proposal.sourceId(), proposal.article(),
                    proposal.speaker(), proposal.otherSourceId(), proposal.otherArticle(), proposal.otherSpeaker(),
                    sentenceOf(text, claim), proposal.surname(), proposal.state()));
        });
        return withSentences;
    }

    /** The two are one speaker, so one origin. Undoable. */
    public void confirm(CrossProposal proposal) {
        answer(proposal, true);
    }

    /** The two are different speakers, so two origins, though their names match. Undoable. */
    public void keepApart(CrossProposal proposal) {
        answer(proposal, false);
    }

    private void answer(CrossProposal proposal, boolean same) {
        SpeakerMerge wanted = proposal.answer(same);
        SpeakerMerge before = database.inTransaction("load the merged speakers", transaction -> merges.all(transaction)
                .stream().filter(m -> m.concerns(wanted.sourceId(), wanted.written(), wanted.otherSourceId(),
                        wanted.otherWritten())).findFirst().orElse(null));
        String editor = EditorName.CURRENT.get();
        history.perform(new Edits(same ? "Count two speakers as one" : "Keep two speakers apart",
                db -> db.inTransaction("answer whether two speakers are one", transaction -> {
                    merges.put(transaction, wanted, editor);
                    return null;
                }),
                db -> db.inTransaction("take back whether two speakers are one", transaction -> {
                    if (before == null) {
                        merges.forget(transaction, wanted);
                    } else {
                        merges.put(transaction, before, editor);
                    }
                    return null;
                })));
    }

    /** The sentence around a claim: from the end of the sentence before to the end of its own. */
    static String sentenceOf(String text, Claim claim) {
        int start = Math.max(0, Math.min(claim.start(), text.length()));
        int end = Math.max(start, Math.min(claim.end(), text.length()));
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).replaceAll("\\s+", " ").strip();
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }
}
