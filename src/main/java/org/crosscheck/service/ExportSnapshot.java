package org.crosscheck.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.compare.Grouper;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

/**
 * What the claims table, the verdicts table and the ClaimReview export read: the whole project from
 * one transaction and its comparison groups computed from that same read, so every row of one export
 * fits every other even when the researcher edits while it is written; the chains and the groups
 * with the researcher's answers about speakers across articles, as the window has them. Immutable.
 */
final class ExportSnapshot {

    private final ProjectContents contents;
    private final Map<Long, Source> sources = new HashMap<>();
    private final Map<Long, Tag> tags = new HashMap<>();
    private final Map<Long, ComparisonGroup> groupOfClaim = new HashMap<>();
    private final List<ComparisonGroup> groups;

    private final Map<Long, org.crosscheck.model.CitationChain> chains = new HashMap<>();
    private final Map<Long, org.crosscheck.model.CitationChain> answered = new HashMap<>();

    /** {@code extractor} reads the chains of claims that have none saved, as the comparison does. */
    ExportSnapshot(ProjectContents contents, org.crosscheck.extract.Extractor extractor) {
        this.contents = contents;
        contents.tags().forEach(tag -> tags.put(tag.id(), tag));
        Map<Long, Story> stories = new HashMap<>();
        contents.stories().forEach(story -> stories.put(story.id(), story));
        List<Statement> statements = new ArrayList<>();
        Map<Long, Statement.StoryRef> storyOfSource = new HashMap<>();
        for (ProjectRows.Article article : contents.sources()) {
            sources.put(article.source().id(), article.source());
            Story story = article.storyId() == null ? null : stories.get(article.storyId());
            if (story != null) {
                storyOfSource.put(article.source().id(), new Statement.StoryRef(story.id(), story.name()));
            }
        }
        readChains(contents, extractor);
        ClaimEntityRefs refs = ClaimEntityRefs.of(contents); // grouped by the entities, as the comparison groups
        for (Claim claim : contents.claims()) {
            Source source = sources.get(claim.sourceId());
            if (source != null && claim.status() != ClaimStatus.REJECTED) {
                statements.add(ComparisonService.statement(claim, source, storyOfSource.get(source.id()))
                        .withChain(asRead(claim)).withEntities(refs.of(claim.id())));
            }
        }
        // the researcher's answers about speakers across articles, applied as the comparison applies them
        if (!contents.speakerMerges().isEmpty()) {
            answered.putAll(SpeakerMerges.apply(asReadOfEveryClaim(), contents.claims(), contents.speakerMerges()));
        }
        groups = Grouper.group(SpeakerMerges.apply(statements, contents.speakerMerges()), contents.groupEdits());
        for (ComparisonGroup group : groups) {
            group.statements().forEach(statement -> groupOfClaim.putIfAbsent(statement.claim().id(), group));
        }
    }

    private void readChains(ProjectContents contents, org.crosscheck.extract.Extractor extractor) {
        chains.putAll(contents.chains());
        List<Claim> compared = contents.claims().stream().filter(claim -> claim.status() != ClaimStatus.REJECTED)
                .filter(claim -> sources.containsKey(claim.sourceId())).toList();
        Map<Long, List<Claim>> lacking = CitationChains.lacking(compared, chains);
        Map<Long, String> texts = new HashMap<>();
        lacking.keySet().forEach(id -> texts.put(id, sources.get(id).text()));
        chains.putAll(CitationChains.read(extractor, lacking, compared, texts, contents.identities()));
    }

    /**
     * A claim's citation chain as the window shows it: ending in its article's outlet, and with the
     * researcher's answers about speakers across articles ({@link SpeakerMerges}).
     */
    org.crosscheck.model.CitationChain chainOf(Claim claim) {
        org.crosscheck.model.CitationChain shown = answered.get(claim.id());
        return shown != null ? shown : asRead(claim);
    }

    /** A claim's chain as its own article tells it, ending in the article's outlet. */
    private org.crosscheck.model.CitationChain asRead(Claim claim) {
        Source source = sources.get(claim.sourceId());
        return chains.getOrDefault(claim.id(), CitationChains.ofClaim(claim))
                .withOutlet(source == null ? "" : source.outlet());
    }

    private Map<Long, org.crosscheck.model.CitationChain> asReadOfEveryClaim() {
        Map<Long, org.crosscheck.model.CitationChain> asRead = new HashMap<>();
        for (Claim claim : contents.claims()) {
            if (sources.containsKey(claim.sourceId())) {
                asRead.put(claim.id(), asRead(claim));
            }
        }
        return asRead;
    }

    /** The comparison groups, most contested first, as the Comparison tab lists them. */
    List<ComparisonGroup> groups() {
        return groups;
    }

    /** Every claim, article by article (in the order they were imported) and in text order within each. */
    List<Claim> claimsByArticle() {
        return contents.claims().stream().filter(claim -> sources.containsKey(claim.sourceId()))
                .sorted(Comparator.comparingLong(Claim::sourceId).thenComparing(Claim.IN_TEXT_ORDER)).toList();
    }

    Source source(long id) {
        return sources.get(id);
    }

    /** The tag's name, or empty for a tag id that names no tag. */
    String tagName(long id) {
        Tag tag = tags.get(id);
        return tag == null ? "" : tag.name();
    }

    Optional<ComparisonGroup> groupOf(long claimId) {
        return Optional.ofNullable(groupOfClaim.get(claimId));
    }

    /** The project's own alias table, else the one Crosscheck ships with: who is a person, who an organisation. */
    AliasTable aliases() {
        return contents.aliases() == null ? AliasTable.defaults() : AliasTable.of(contents.aliases());
    }
}
