package org.crosscheck.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.Tag;
import org.crosscheck.model.Verdict;

/** The sample with one hand edit of every kind a project keeps: what a JSON project file must carry. */
public final class HandEditedSample {

    private HandEditedSample() {
    }

    /** Edits the sample project open in {@code workbench}. */
    public static void edit(Workbench workbench) {
        List<Entity> aliases = new ArrayList<>(workbench.aliases().table().entities());
        aliases.add(new Entity("Taliban", EntityType.ORGANISATION, List.of("Afghan Taliban"), ""));
        workbench.aliases().save(aliases);

        ComparisonGroup fighters = workbench.comparison().compare().groups().get(0);
        List<Claim> statements = fighters.statements().stream().map(statement -> statement.claim()).toList();
        workbench.claims().confirm(statements.get(0).id());
        workbench.claims().reject(statements.get(1).id());
        Tag parent = workbench.tags().create("Militant strength", "#aa3300");
        Tag child = workbench.tags().nest(workbench.tags().create("Estimates", "#0033aa").id(), parent.id());
        Claim tagged = workbench.claims().allClaims().stream()
                .filter(claim -> claim.id() == statements.get(2).id()).findFirst().orElseThrow();
        workbench.claims().update(tagged.withTags(Set.of(child.id(), parent.id())));

        Source source = workbench.library().source(statements.get(3).sourceId());
        workbench.library().updateMetadata(source.id(), new SourceMetadata(source.title() + " (edited)",
                "Edited Outlet", "A. Writer", "https://example.org/a",
                FuzzyDate.of(LocalDate.of(2017, 6, 1), Precision.MONTH), new Grade('B', 2), "a note on it"));
        StoryService.StoryEntry story = workbench.stories().all().get(0);
        workbench.stories().rename(story.story().id(), "A story renamed by hand");
        workbench.stories().split(Set.of(story.sourceIds().get(0)), "A story made by hand");

        editGroups(workbench, fighters);
        editChains(workbench);
    }

    /** Who a described speaker is, and a chain set by hand. */
    private static void editChains(Workbench workbench) {
        Claim described = workbench.claims().allClaims().stream()
                .filter(claim -> claim.speaker().equals("A top Russian security official")).findFirst().orElseThrow();
        workbench.chains().edit(described.id(), "Alexander Bortnikov", "RT → TASS");
        // an answer across articles that changes no origin: no speaker there is written "Kabulov" alone
        List<Source> sources = workbench.library().all();
        workbench.speakerIdentities().keepApart(new SpeakerIdentityService.CrossProposal(sources.get(2).id(),
                sources.get(2).title(), "Kabulov", sources.get(1).id(), sources.get(1).title(), "Zamir Kabulov", "",
                true, SpeakerIdentityService.MergeState.PROPOSED));
    }

    private static void editGroups(Workbench workbench, ComparisonGroup fighters) {
        List<ComparisonGroup> groups = workbench.comparison().compare().groups();
        ComparisonGroup current = groups.get(0);
        workbench.comparison().rename(current.id(), "ISIS fighters (hand-named)");
        workbench.comparison().note(current.id(), "a note on the group");
        PairVerdict pair = current.verdicts().get(0);
        long a = current.statements().get(pair.a()).claim().id();
        long b = current.statements().get(pair.b()).claim().id();
        workbench.comparison().override(a, b, Verdict.CHANGED_OVER_TIME, "years apart");
        workbench.comparison().merge(groups.get(2).id(), groups.get(1).id());
        List<Claim> others = workbench.claims().allClaims().stream()
                .filter(claim -> claim.status() != ClaimStatus.REJECTED)
                .filter(claim -> fighters.statements().stream().noneMatch(s -> s.claim().id() == claim.id()))
                .sorted(Comparator.comparingLong(Claim::id)).toList();
        workbench.comparison().linkEvent("Linked by hand", Set.of(others.get(0).id(), others.get(1).id()));
        workbench.comparison().exclude(others.get(2).id());
        workbench.comparison().move(others.get(3).id(), current.id());
        workbench.comparison().dismiss(others.get(4).id(), others.get(5).id());
    }
}
