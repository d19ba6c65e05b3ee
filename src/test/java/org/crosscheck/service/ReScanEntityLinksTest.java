package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.service.ClaimDeletionUndoTest.claimsOf;
import static org.crosscheck.service.ClaimDeletionUndoTest.group;
import static org.crosscheck.service.ClaimDeletionUndoTest.links;
import static org.crosscheck.service.ClaimDeletionUndoTest.renameIslamicStateOutright;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim that a re-scan keeps (a suggestion it finds again, on the same words) keeps the entities it was
 * linked to, unless the re-scan reads it as about another entity of the table; only the suggestions it
 * finds anew are linked by their words, as at import. Undoing a re-scan gives every claim it changed or
 * removed back exactly the links it had.
 */
class ReScanEntityLinksTest {

    private static final String RENAMED = "q:daesh khorasan|fighters|afghanistan";

    @TempDir
    Path folder;

    @Test
    void aSuggestionTheReScanFindsAgainStaysWithTheEntityRenamedOutrightThoughItsNewWordsNameNoEntity() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Map<Long, EntityLink> before = links(workbench);
            long islamicState = before.get(firstAbout(workbench, "Islamic State")).subjectEntityId();
            Set<Long> aboutIt = before.entrySet().stream().filter(link -> link.getValue().subjectEntityId() == islamicState)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());

            renameIslamicStateOutright(workbench); // and re-scans every article with the new table

            // without "ISIS" and its other names the re-scan spells some subjects as the text does
            // ("Islamic State of Iraq and Syria"), which no entity of the table names now
            Map<Long, EntityLink> after = links(workbench);
            Set<Claim> stillItsOwn = workbench.claims().allClaims().stream()
                    .filter(claim -> aboutIt.contains(claim.id()) && namesNoEntity(workbench, claim))
                    .collect(Collectors.toSet());
            assertThat(stillItsOwn).extracting(Claim::subject).contains("Islamic State of Iraq and Syria");
            stillItsOwn.forEach(claim -> assertThat(after.get(claim.id()).subjectEntityId())
                    .as("claim %d about %s", claim.id(), claim.subject()).isEqualTo(islamicState));
            assertThat(claimsOf(group(workbench, RENAMED))).containsAll(stillItsOwn.stream()
                    .filter(claim -> claim.quantity().normalized().equals("fighters")).map(Claim::id).toList());
        }
    }

    @Test
    void aSuggestionWhoseSubjectTheResearcherNamedIsNotKeptOnThatEntityWhenTheReScanSpellsItInOtherWords() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            renameIslamicStateOutright(workbench);
            Claim suggestion = workbench.claims().allClaims().stream()
                    .filter(claim -> claim.status() == ClaimStatus.SUGGESTED && namesNoEntity(workbench, claim)
                            && links(workbench).getOrDefault(claim.id(), new EntityLink(0, 0)).subjectEntityId() != 0)
                    .findFirst().orElseThrow();
            String spelled = suggestion.subject();
            workbench.claims().update(withSubject(suggestion, "Kabulov")); // still a suggestion
            long kabulov = links(workbench).get(suggestion.id()).subjectEntityId();
            assertThat(kabulov).isNotZero();

            workbench.suggestions().rescan(suggestion.sourceId(), Progress.NONE);

            Claim reread = workbench.claims().claimsOf(suggestion.sourceId()).stream()
                    .filter(claim -> claim.id() == suggestion.id()).findFirst().orElseThrow();
            assertThat(reread.subject()).isEqualTo(spelled);
            // "Kabulov" gave that link, and the words now name no one: the claim is no longer his
            assertThat(links(workbench).getOrDefault(suggestion.id(), new EntityLink(0, 0)).subjectEntityId()).isZero();
        }
    }

    @Test
    void undoingAReScanGivesTheSuggestionItRemovedBackTheEntityRenamedOutright() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            renameIslamicStateOutright(workbench);
            Set<Long> grouped = claimsOf(group(workbench, RENAMED));
            // a suggestion of the renamed entity whose words no entity of the table names now
            Claim suggestion = workbench.claims().allClaims().stream()
                    .filter(claim -> grouped.contains(claim.id()) && claim.status() == ClaimStatus.SUGGESTED)
                    .filter(claim -> namesNoEntity(workbench, claim)).findFirst().orElseThrow();
            EntityLink link = links(workbench).get(suggestion.id());
            // the researcher makes it a quote, still a suggestion: a re-scan finds the figure there anew
            // and takes the quote away, as a suggestion it no longer finds
            workbench.claims().update(withKind(suggestion, ClaimKind.QUOTE));
            assertThat(claimsOf(group(workbench, RENAMED))).contains(suggestion.id());
            assertThat(workbench.suggestions().rescan(suggestion.sourceId(), Progress.NONE)).isPositive();
            assertThat(workbench.claims().claimsOf(suggestion.sourceId())).extracting(Claim::id).doesNotContain(suggestion.id());

            workbench.history().undo();

            assertThat(links(workbench)).containsEntry(suggestion.id(), link);
            assertThat(claimsOf(group(workbench, RENAMED))).contains(suggestion.id());
            workbench.history().redo();
            workbench.history().undo();
            assertThat(links(workbench)).containsEntry(suggestion.id(), link);
        }
    }

    private static long firstAbout(Workbench workbench, String subject) {
        return workbench.claims().allClaims().stream().filter(claim -> claim.subject().equals(subject))
                .map(Claim::id).findFirst().orElseThrow();
    }

    /** Whether the claim's subject names no entity of the project's table now. */
    private static boolean namesNoEntity(Workbench workbench, Claim claim) {
        return workbench.aliases().table().entity(claim.subject()).isEmpty();
    }

    private static Claim withSubject(Claim claim, String subject) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), subject, claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }

    private static Claim withKind(Claim claim, ClaimKind kind) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), kind, claim.status(), claim.origin(),
                claim.subject(), claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(), claim.quantity(),
                claim.tagIds(), claim.note());
    }
}
