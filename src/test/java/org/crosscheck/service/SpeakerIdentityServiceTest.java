package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Statement;
import org.crosscheck.service.SpeakerIdentityService.CrossProposal;
import org.crosscheck.service.SpeakerIdentityService.Identity;
import org.crosscheck.service.SpeakerIdentityService.IdentityState;
import org.crosscheck.service.SpeakerIdentityService.MergeState;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.SpeakerIdentityRepository;
import org.crosscheck.store.SpeakerMergeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags › Speakers and identities… as a service, on the sample: who a described speaker is within an
 * article, and whether speakers of two articles are one; each answer undoable, signed, kept through
 * re-scans and reopening, and followed by the group's count of independent origins.
 */
class SpeakerIdentityServiceTest {

    private static final String FIGHTERS = "Islamic State · fighters · Afghanistan";
    private static final String DESCRIBED = "A top Russian security official";

    @TempDir
    Path folder;

    private Workbench workbench;
    private String userBefore;

    @BeforeEach
    void openTheSample() {
        userBefore = System.getProperty("crosscheck.user");
        System.setProperty("crosscheck.user", "carol");
        workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
        if (userBefore == null) {
            System.clearProperty("crosscheck.user");
        } else {
            System.setProperty("crosscheck.user", userBefore);
        }
    }

    private SpeakerIdentityService service() {
        return workbench.speakerIdentities();
    }

    private Identity described() {
        return service().identities().stream().filter(i -> i.written().equals(DESCRIBED)).findFirst().orElseThrow();
    }

    private ComparisonGroup fighters() {
        return workbench.comparison().compare().groups().stream().filter(g -> g.name().equals(FIGHTERS))
                .findFirst().orElseThrow();
    }

    private String origins() {
        String evidence = fighters().evidence();
        return evidence.substring(evidence.lastIndexOf(" · ") + 3);
    }

    @Test
    void theDescribedOfficialIsProposedToBeBortnikovWithTheSentenceItComesFrom() {
        Identity identity = described();

        assertThat(identity.proposed()).isEqualTo("Alexander Bortnikov");
        assertThat(identity.person()).isEqualTo("Alexander Bortnikov");
        assertThat(identity.state()).isEqualTo(IdentityState.PROPOSED);
        assertThat(identity.article()).contains("5,000 fighters");
        assertThat(identity.sentence()).containsIgnoringCase("security official").contains("5,000");
        assertThat(service().identities()).extracting(Identity::written)
                .doesNotContain("Afghan intelligence officials", "Russian military staff");
    }

    @Test
    void confirmingIsTheEditorsConfirmThisChainSignedAndUndoable() {
        service().confirm(described());

        assertThat(described().state()).isEqualTo(IdentityState.CONFIRMED);
        Statement statement = fighters().statements().stream().filter(s -> s.claim().speaker().equals(DESCRIBED))
                .findFirst().orElseThrow();
        assertThat(statement.chain().edited()).as("kept through re-scans, as Confirm this chain keeps it").isTrue();
        assertThat(workbench.database().inTransaction("who answered", t -> new SpeakerIdentityRepository()
                .signatureOf(t, described().sourceId(), "a top russian security official")).orElseThrow().by())
                .isEqualTo("carol");

        workbench.history().undo();
        assertThat(described().state()).isEqualTo(IdentityState.PROPOSED);
    }

    @Test
    void aCorrectionNamesTheOriginAndSurvivesAReScanAndReopening() {
        service().correct(described(), "Nikolai Patrushev");

        assertThat(described().state()).isEqualTo(IdentityState.CORRECTED);
        assertThat(described().proposed()).as("what the text proposed stays in view").isEqualTo("Alexander Bortnikov");
        assertThat(fighters().origins()).extracting(Origin::name).contains("Nikolai Patrushev");

        workbench.suggestions().rescan(described().sourceId(), Progress.NONE);
        assertThat(described().person()).isEqualTo("Nikolai Patrushev");
        workbench.close();
        workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true);
        assertThat(described().state()).isEqualTo(IdentityState.CORRECTED);
        assertThat(fighters().origins()).extracting(Origin::name).contains("Nikolai Patrushev");
    }

    @Test
    void rejectingMakesTheDescriptionItsOwnOriginAndUndoGivesBortnikovBack() {
        assertThat(origins()).isEqualTo("4 independent origins");

        service().reject(described());

        assertThat(described().state()).isEqualTo(IdentityState.REJECTED);
        assertThat(origins()).isEqualTo("5 independent origins");
        assertThat(fighters().origins()).extracting(Origin::name).contains(DESCRIBED, "Alexander Bortnikov");
        workbench.history().undo();
        assertThat(origins()).isEqualTo("4 independent origins");
        assertThat(described().state()).isEqualTo(IdentityState.PROPOSED);
    }

    @Test
    void aDescribedSpeakerIsProposedToBeAPersonOfAnotherArticleAndCountsAsOneOnlyOnceConfirmed() {
        service().reject(described());
        CrossProposal proposal = cross(DESCRIBED, "Zamir Kabulov");
        assertThat(proposal.state()).isEqualTo(MergeState.PROPOSED);
        assertThat(proposal.countedAsOne()).isFalse();
        assertThat(proposal.otherArticle()).isNotEqualTo(proposal.article());

        service().confirm(proposal);
        assertThat(cross(DESCRIBED, "Zamir Kabulov").state()).isEqualTo(MergeState.CONFIRMED);
        assertThat(origins()).isEqualTo("4 independent origins");
        assertThat(fighters().statements().stream().filter(s -> s.claim().speaker().equals(DESCRIBED))
                .map(s -> s.chain().speaker())).containsOnly("Zamir Kabulov");
        assertThat(workbench.database().inTransaction("who answered", t -> new SpeakerMergeRepository()
                .signatureOf(t, proposal.answer(true))).orElseThrow().by()).isEqualTo("carol");

        service().keepApart(cross(DESCRIBED, "Zamir Kabulov"));
        assertThat(cross(DESCRIBED, "Zamir Kabulov").state()).isEqualTo(MergeState.KEPT_APART);
        assertThat(origins()).isEqualTo("5 independent origins");

        workbench.history().undo(); // back to confirmed
        assertThat(origins()).isEqualTo("4 independent origins");
        workbench.history().undo(); // back to a proposal
        assertThat(cross(DESCRIBED, "Zamir Kabulov").state()).isEqualTo(MergeState.PROPOSED);
        assertThat(origins()).isEqualTo("5 independent origins");
    }

    @Test
    void theChainOfAClaimAsTheEditorAndTheClaimsListReadItFollowsAnAnswerAcrossArticles() {
        service().reject(described());
        Statement official = fighters().statements().stream().filter(s -> s.claim().speaker().equals(DESCRIBED))
                .findFirst().orElseThrow();
        long claimId = official.claim().id();
        assertThat(workbench.chains().chainOf(claimId).speaker()).isEqualTo(DESCRIBED);

        service().confirm(cross(DESCRIBED, "Zamir Kabulov"));

        assertThat(workbench.chains().chainOf(claimId).describe()).isEqualTo("Zamir Kabulov → RT");
        assertThat(workbench.chains().chainsOf(official.claim().sourceId()).get(claimId).speaker()).isEqualTo("Zamir Kabulov");
        assertThat(workbench.chains().chainOf(claimId).describe()).as("as the comparison has it")
                .isEqualTo(fighters().statements().stream().filter(s -> s.claim().id() == claimId)
                        .findFirst().orElseThrow().chain().describe());

        service().keepApart(cross(DESCRIBED, "Zamir Kabulov"));
        assertThat(workbench.chains().chainOf(claimId).speaker()).isEqualTo(DESCRIBED);
    }

    @Test
    void aSurnameMatchingAFullNameElsewhereIsOneSpeakerUntilKeptApart() {
        // RT's article names him only "Kabulov" now, as some articles do
        long rt = 0;
        for (Statement statement : fighters().statements()) {
            if (statement.chain().describe().equals("Zamir Kabulov → RIA Novosti → RT")) {
                workbench.chains().edit(statement.claim().id(), "Kabulov", "RIA Novosti");
                rt = statement.claim().sourceId();
            }
        }
        assertThat(origins()).isEqualTo("4 independent origins");
        CrossProposal proposal = cross("Kabulov", "Zamir Kabulov");
        assertThat(proposal.sourceId()).isEqualTo(rt);
        assertThat(proposal.surname()).isTrue();
        assertThat(proposal.countedAsOne()).isTrue();

        service().keepApart(proposal);

        assertThat(origins()).isEqualTo("5 independent origins");
        assertThat(fighters().origins()).extracting(Origin::name).contains("Kabulov", "Zamir Kabulov");
        workbench.history().undo();
        assertThat(origins()).isEqualTo("4 independent origins");
    }

    @Test
    void answersAcrossArticlesAndWithinThemGoWithTheJsonProject() {
        service().reject(described());
        service().keepApart(cross(DESCRIBED, "Zamir Kabulov"));
        Path file = folder.resolve("sample.json");
        workbench.projectExport().export(file, Progress.NONE);
        workbench.close();

        workbench = Workbench.open(org.crosscheck.store.TestProjects.at(folder.resolve("restored")), false);
        workbench.projectImport().restore(file, Progress.NONE);

        assertThat(described().state()).isEqualTo(IdentityState.REJECTED);
        assertThat(cross(DESCRIBED, "Zamir Kabulov").state()).isEqualTo(MergeState.KEPT_APART);
        assertThat(origins()).isEqualTo("5 independent origins");
    }

    private CrossProposal cross(String speaker, String person) {
        List<CrossProposal> all = service().acrossArticles();
        return all.stream().filter(p -> p.speaker().equals(speaker) && p.otherSpeaker().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal " + speaker + " = " + person + " in " + all));
    }
}
