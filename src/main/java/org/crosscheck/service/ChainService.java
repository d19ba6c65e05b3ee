package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.extract.Extractor;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.SpeakerMerge;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.store.CitationChainRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.SpeakerIdentityRepository;
import org.crosscheck.store.SpeakerMergeRepository;
import org.crosscheck.store.Transaction;

/**
 * The citation chain of a claim as the researcher sees and edits it, and who a described speaker
 * is. An edited chain is kept through re-scans; a speaker given for a description ("a top Russian
 * security official" is "Alexander Bortnikov") is the answer for that description throughout its
 * article. Every change is one undoable edit. Blocking: call from a background thread. Thread-safe.
 */
public final class ChainService {

    private final Database database;
    private final UndoHistory history;
    private final Supplier<Extractor> extractor;
    private final CitationChainRepository chains = new CitationChainRepository();
    private final SpeakerIdentityRepository identities = new SpeakerIdentityRepository();
    private final SpeakerMergeRepository merges = new SpeakerMergeRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final SourceRepository sources = new SourceRepository();

    ChainService(Database database, UndoHistory history, Supplier<Extractor> extractor) {
        this.database = database;
        this.history = history;
        this.extractor = extractor;
    }

    /**
     * The chain of a claim: the one saved, or else read from its article now; ending in the article's
     * outlet, and with the researcher's answers across articles: a described speaker said (in Tags ›
     * Speakers and identities…) to be a person named in another article reads as that person.
     */
    public CitationChain chainOf(long claimId) {
        Extractor reader = extractor.get();
        return database.inTransaction("load the chain of claim " + claimId, transaction -> {
            Claim claim = claims.find(transaction, claimId).orElseThrow(
                    () -> new IllegalArgumentException("The claim no longer exists."));
            Source source = sources.find(transaction, claim.sourceId()).orElseThrow(
                    () -> new IllegalArgumentException("The claim's article no longer exists."));
            CitationChain saved = chains.find(transaction, claimId).orElse(null);
            if (saved == null) {
                List<Claim> ofSource = claims.ofSource(transaction, claim.sourceId());
                Map<Long, CitationChain> read = CitationChains.read(reader, Map.of(claim.sourceId(), List.of(claim)),
                        ofSource, Map.of(claim.sourceId(), source.text()), identities.all(transaction));
                saved = read.getOrDefault(claimId, CitationChains.ofClaim(claim));
            }
            Map<Long, CitationChain> own = Map.of(claimId, saved.withOutlet(source.outlet()));
            return acrossArticles(transaction, reader, claim.sourceId(), own).get(claimId);
        });
    }

    /**
     * The chains of every claim of an article, by claim id: the ones saved, the others read from
     * the text now, each ending in the article's outlet, with the researcher's answers across
     * articles as {@link #chainOf} has them. For the article's list of claims.
     */
    public Map<Long, CitationChain> chainsOf(long sourceId) {
        Extractor reader = extractor.get();
        return database.inTransaction("load the chains of source " + sourceId,
                transaction -> acrossArticles(transaction, reader, sourceId, asRead(transaction, reader, sourceId)));
    }

    /** The chains of an article's claims as the article tells them, before any answer across articles. */
    private Map<Long, CitationChain> asRead(Transaction connection, Extractor reader, long sourceId) {
        Source source = sources.find(connection, sourceId).orElse(null);
        if (source == null) {
            return Map.of(); // the article went meanwhile
        }
        List<Claim> ofSource = claims.ofSource(connection, sourceId);
        Map<Long, CitationChain> saved = new java.util.HashMap<>();
        for (Claim claim : ofSource) { // one claim at a time: the project's every chain is far more
            chains.find(connection, claim.id()).ifPresent(chain -> saved.put(claim.id(), chain));
        }
        List<Claim> lacking = ofSource.stream().filter(claim -> !saved.containsKey(claim.id())).toList();
        Map<Long, CitationChain> read = lacking.isEmpty() ? Map.of() : CitationChains.read(reader,
                Map.of(sourceId, lacking), ofSource, Map.of(sourceId, source.text()), identities.all(connection));
        Map<Long, CitationChain> found = new java.util.HashMap<>();
        for (Claim claim : ofSource) {
            CitationChain chain = saved.containsKey(claim.id()) ? saved.get(claim.id())
                    : read.getOrDefault(claim.id(), CitationChains.ofClaim(claim));
            found.put(claim.id(), chain.withOutlet(source.outlet()));
        }
        return found;
    }

    /** An article's chains with the answers about its speakers and those of other articles ({@link SpeakerMerges}). */
    private Map<Long, CitationChain> acrossArticles(Transaction transaction, Extractor reader, long sourceId,
                                                    Map<Long, CitationChain> ofArticle) {
        List<SpeakerMerge> answers = merges.all(transaction).stream()
                .filter(merge -> merge.sourceId() == sourceId || merge.otherSourceId() == sourceId).toList();
        if (answers.isEmpty()) {
            return ofArticle;
        }
        Map<Long, java.util.Collection<CitationChain>> others = new java.util.HashMap<>();
        for (long other : SpeakerMerges.othersOf(sourceId, answers)) {
            others.put(other, asRead(transaction, reader, other).values());
        }
        return SpeakerMerges.apply(sourceId, ofArticle, answers, others);
    }

    /**
     * Sets a claim's chain by hand: its original speaker and the carriers, written "Interfax → The
     * Moscow Times". When the claim's speaker only describes someone and another speaker is given,
     * that is who the description is in the whole article. Both blank gives the chain back to the text.
     */
    public CitationChain edit(long claimId, String speaker, String carriers) {
        Claim claim = database.inTransaction("load claim " + claimId, transaction -> claims.find(transaction, claimId))
                .orElseThrow(() -> new IllegalArgumentException("The claim no longer exists."));
        CitationChain wanted = CitationChain.edited(speaker, carriers, "");
        boolean reset = wanted.speaker().isEmpty() && wanted.carriers().isEmpty();
        String written = CitationChain.nameKey(claim.speaker());
        boolean identifies = !reset && SpeakerNames.isDescription(claim.speaker())
                && !wanted.speaker().isEmpty() && !CitationChain.nameKey(wanted.speaker()).equals(written);
        State before = database.inTransaction("load the chain of claim " + claimId, transaction -> new State(
                chains.find(transaction, claimId).orElse(null), identities.find(transaction, claim.sourceId(), written)));
        State after = new State(reset ? null : wanted, identifies ? wanted.speaker() : reset ? null : before.identity());
        history.perform(new Edits(reset ? "Read the chain from the text again" : "Edit the citation chain",
                db -> save(db, claim, after), db -> save(db, claim, before)));
        return chainOf(claimId);
    }

    /**
     * The claim's described speaker is nobody the text names: "a top Russian security official" is
     * an origin of its own throughout the article, whoever the text proposed. Undoable.
     */
    public CitationChain speaksForItself(long claimId, String carriers) {
        Claim claim = database.inTransaction("load claim " + claimId, transaction -> claims.find(transaction, claimId))
                .orElseThrow(() -> new IllegalArgumentException("The claim no longer exists."));
        if (claim.speaker().isBlank()) {
            throw new IllegalArgumentException("The claim names no speaker.");
        }
        String written = CitationChain.nameKey(claim.speaker());
        State before = database.inTransaction("load the chain of claim " + claimId, transaction -> new State(
                chains.find(transaction, claimId).orElse(null), identities.find(transaction, claim.sourceId(), written)));
        State after = new State(CitationChain.edited(claim.speaker(), carriers, ""), claim.speaker().strip());
        history.perform(new Edits("Keep the described speaker as their own",
                db -> save(db, claim, after), db -> save(db, claim, before)));
        return chainOf(claimId);
    }

    /** A claim's saved chain (null: read from the text) and who its written speaker is in its article (null: not said). */
    private record State(CitationChain chain, String identity) {
    }

    private void save(Database db, Claim claim, State state) {
        db.inTransaction("save the chain of claim " + claim.id(), transaction -> {
            identities.put(transaction, claim.sourceId(), CitationChain.nameKey(claim.speaker()), state.identity(),
                    EditorName.CURRENT.get());
            chains.forgetRead(transaction, claim.sourceId()); // the article's other chains follow the answer
            if (state.chain() == null) {
                chains.delete(transaction, claim.id());
            } else {
                chains.saveAll(transaction, Map.of(claim.id(), state.chain()));
            }
            return null;
        });
    }
}
