package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The sample exported as a REFI-QDA project, read back with the JDK's parsers and the standard's schema. */
class QdpxExportTest {

    @TempDir
    Path folder;

    @Test
    void theSampleExportsAsAValidProjectWithEveryArticleAndEveryClaimQuotedAtItsPlace() {
        Path file = folder.resolve("sample.qdpx");
        List<Claim> claims;
        Map<Long, Source> sources = new HashMap<>();
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            HandEditedSample.edit(workbench);
            workbench.qdpxExport().export(file, Progress.NONE);
            claims = workbench.claims().allClaims();
            workbench.library().summaries().forEach(summary ->
                    sources.put(summary.id(), workbench.library().source(summary.id())));
        }

        QdpxContents qdpx = new QdpxContents(file).assertValid();

        List<Element> textSources = qdpx.all("/q:Project/q:Sources/q:TextSource");
        assertThat(textSources).hasSize(5);
        assertThat(textSources).allSatisfy(source -> assertThat(source.getAttribute("plainTextPath"))
                .matches("internal://[0-9a-f-]{36}\\.txt"));
        Map<String, String> quotes = new HashMap<>();
        for (Element source : textSources) {
            String text = qdpx.textOf(source);
            for (Element selection : qdpx.all("/q:Project/q:Sources/q:TextSource[@guid='" + source.getAttribute("guid")
                    + "']/q:PlainTextSelection")) {
                quotes.put(selection.getAttribute("guid"), QdpxContents.selected(text, selection));
            }
        }
        assertThat(quotes).hasSize(claims.size());
        Set<String> expected = claims.stream().map(claim -> claim.textIn(sources.get(claim.sourceId()).text()))
                .collect(Collectors.toSet());
        assertThat(Set.copyOf(quotes.values())).isEqualTo(expected);
    }

    @Test
    void theCodebookHoldsTheKindsStatusesAndTagsWithTheirNesting() {
        Path file = folder.resolve("sample.qdpx");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            HandEditedSample.edit(workbench);
            workbench.qdpxExport().export(file, Progress.NONE);
        }

        QdpxContents qdpx = new QdpxContents(file).assertValid();

        assertThat(qdpx.all("//q:CodeBook/q:Codes/q:Code[@name='Claim kind']/q:Code"))
                .extracting(code -> code.getAttribute("name")).containsExactly("quantity", "event", "quote", "other");
        assertThat(qdpx.all("//q:CodeBook/q:Codes/q:Code[@name='Claim status']/q:Code"))
                .extracting(code -> code.getAttribute("name")).containsExactly("suggested", "confirmed", "rejected");
        List<Element> nested = qdpx.all("//q:CodeBook/q:Codes/q:Code[@name='Militant strength']/q:Code");
        assertThat(nested).extracting(code -> code.getAttribute("name")).containsExactly("Estimates");
        assertThat(nested.get(0).getAttribute("color")).isEqualTo("#0033aa");
        String estimates = nested.get(0).getAttribute("guid");
        assertThat(qdpx.all("//q:PlainTextSelection[q:Coding/q:CodeRef/@targetGUID='" + estimates + "']")).hasSize(1);
    }

    @Test
    void notesSpeakersAndOutletsGoAcrossAsNotesCasesAndVariables() {
        Path file = folder.resolve("sample.qdpx");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            HandEditedSample.edit(workbench);
            Claim claim = workbench.claims().allClaims().get(0);
            workbench.claims().update(new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(),
                    claim.kind(), claim.status(), claim.origin(), claim.subject(), "Zamir Kabulov", claim.outlet(),
                    claim.place(), claim.refersTo(), claim.quantity(), claim.tagIds(), "check this figure"));
            workbench.qdpxExport().export(file, Progress.NONE);
        }

        QdpxContents qdpx = new QdpxContents(file).assertValid();

        List<Element> notes = qdpx.all("/q:Project/q:Notes/q:Note[q:PlainTextContent='check this figure']");
        assertThat(notes).hasSize(1);
        assertThat(qdpx.all("//q:PlainTextSelection/q:NoteRef[@targetGUID='" + notes.get(0).getAttribute("guid") + "']"))
                .hasSize(1);
        assertThat(qdpx.all("/q:Project/q:Notes/q:Note[q:PlainTextContent='a note on it']")).hasSize(1);
        assertThat(qdpx.all("/q:Project/q:Cases/q:Case[@name='Speaker: Zamir Kabulov']/q:SelectionRef")).isNotEmpty();
        assertThat(qdpx.all("/q:Project/q:Cases/q:Case[@name='Outlet: Edited Outlet']/q:SourceRef")).hasSize(1);
        assertThat(qdpx.all("/q:Project/q:Variables/q:Variable")).extracting(variable -> variable.getAttribute("name"))
                .containsExactly("Outlet", "Author", "URL", "Published", "Grade");
        assertThat(qdpx.all("//q:TextSource/q:VariableValue[q:TextValue='2017-06']")).hasSize(1);
        assertThat(qdpx.all("/q:Project/q:Sets/q:Set[@name='A story made by hand']/q:MemberSource")).hasSize(1);
    }

    @Test
    void eachClaimsChainGoesAcrossInItsSelectionsDescriptionReadOrSetByHand() {
        Path file = folder.resolve("sample.qdpx");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            Claim bortnikov = workbench.claims().allClaims().stream()
                    .filter(claim -> claim.speaker().equals("A top Russian security official")).findFirst().orElseThrow();
            workbench.chains().edit(bortnikov.id(), "Alexander Bortnikov", "TASS");
            workbench.qdpxExport().export(file, Progress.NONE);
        }

        QdpxContents qdpx = new QdpxContents(file).assertValid();

        List<String> descriptions = qdpx.all("//q:PlainTextSelection/q:Description").stream()
                .map(Element::getTextContent).toList();
        assertThat(descriptions).as("read from the text")
                .anyMatch(text -> text.endsWith("chain: Zamir Kabulov \u2192 Interfax \u2192 The Moscow Times \u2192 Breitbart News"))
                .anyMatch(text -> text.endsWith("chain: Zamir Kabulov \u2192 RIA Novosti \u2192 RT"));
        assertThat(descriptions).as("set by hand").anyMatch(text -> text.contains("chain: Alexander Bortnikov \u2192 TASS"));
    }

    @Test
    void twoExportsOfTheSameProjectAreTheSameBytes() throws Exception {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            workbench.qdpxExport().export(folder.resolve("first.qdpx"), Progress.NONE);
            Thread.sleep(1_100); // a time written anywhere would now differ
            workbench.qdpxExport().export(folder.resolve("second.qdpx"), Progress.NONE);
        }

        assertThat(Files.readAllBytes(folder.resolve("second.qdpx")))
                .isEqualTo(Files.readAllBytes(folder.resolve("first.qdpx")));
    }

    @Test
    void positionsCountCharactersNotJavaCharsAfterAnEmoji() throws Exception {
        Path article = Files.writeString(folder.resolve("emoji.txt"),
                "Smiles \uD83D\uDE00 all round\n\nThe mayor \uD83D\uDE00 said 40 people came.\n");
        Path file = folder.resolve("emoji.qdpx");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("emoji")), false)) {
            workbench.imports().importFiles(List.of(article), Progress.NONE);
            Source source = workbench.library().source(workbench.library().summaries().get(0).id());
            int start = source.text().indexOf("40 people");
            workbench.claims().tag(source.id(), start, start + "40 people".length(), ClaimKind.QUANTITY);
            workbench.qdpxExport().export(file, Progress.NONE);
        }

        QdpxContents qdpx = new QdpxContents(file).assertValid();
        String text = qdpx.textOf(qdpx.all("//q:TextSource").get(0));
        assertThat(qdpx.all("//q:PlainTextSelection")).extracting(selection -> QdpxContents.selected(text, selection))
                .contains("40 people");
    }

    @Test
    void aCancelledExportWritesNothingAndKeepsTheFileThatWasThere() throws Exception {
        Path file = Files.writeString(folder.resolve("coded.qdpx"), "the coding of yesterday");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Cancellation cancellation = new Cancellation();
            int[] reports = {0};
            assertThatThrownBy(() -> workbench.qdpxExport().export(file, cancellation.watching((done, total, what) -> {
                if (++reports[0] == 2) {
                    cancellation.cancel();
                }
            }))).isInstanceOf(CancelledException.class);
        }

        assertThat(Files.readString(file)).isEqualTo("the coding of yesterday");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void tagsWithoutAValidColourAreExportedWithoutOne() {
        Path file = folder.resolve("plain.qdpx");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Tag tag = workbench.tags().create("Odd colour", "red");
            assertThat(tag.color()).isEqualTo("red");
            workbench.qdpxExport().export(file, Progress.NONE);
        }

        assertThat(new QdpxContents(file).assertValid().all("//q:Code[@name='Odd colour']"))
                .allSatisfy(code -> assertThat(code.hasAttribute("color")).isFalse());
    }
}
