package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims and verdicts tables of the sample, read back with Commons CSV rather than the library that wrote them. */
class CsvExportTest {

    private static final List<String> CLAIMS_HEADER = List.of("source title", "outlet", "published", "kind",
            "status", "quote", "start", "end", "low", "high", "qualifier", "counted", "role", "subject", "place",
            "speaker", "statement outlet", "refers to", "refers to date", "refers to precision", "tags", "note",
            "comparison group", "chain");
    private static final List<String> VERDICTS_HEADER = List.of("group", "source A", "outlet A", "quote A", "low A",
            "high A", "source B", "outlet B", "quote B", "low B", "high B", "verdict", "reason", "overridden", "note");

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void openTheHandEditedSample() {
        workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true);
        HandEditedSample.edit(workbench);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theClaimsTableStartsWithAByteOrderMarkAndHasItsHeaderAndARowPerClaim() throws IOException {
        Path file = workbench.exports().claimsCsv(folder.resolve("claims.csv"), Progress.NONE).file();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).toList()).isEqualTo(CLAIMS_HEADER);
        assertThat(rows).hasSize(1 + workbench.claims().allClaims().size());
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(CLAIMS_HEADER.size()));
    }

    @Test
    void aClaimsRowHoldsTheFigureInPlainNumbersAndItsSourceGroupAndTags() throws IOException {
        List<CSVRecord> rows = read(workbench.exports().claimsCsv(folder.resolve("claims.csv"), Progress.NONE).file());

        CSVRecord nearly = rows.stream().filter(row -> row.get(5).equals("nearly 3,500 ISIS-linked jihadists"))
                .findFirst().orElseThrow();
        Claim claim = claimQuoting("nearly 3,500 ISIS-linked jihadists");
        Source source = workbench.library().source(claim.sourceId());
        assertThat(nearly.toList().subList(0, 20)).containsExactly(source.title(), "Breitbart News", "2015-12-23",
                "quantity", claim.status().key(), "nearly 3,500 ISIS-linked jihadists",
                Integer.toString(claim.start()), Integer.toString(claim.end()), "3150", "3500", "nearly",
                "jihadists", "", "Islamic State", "Afghanistan", "Zamir Kabulov", "", "October", "2015-10", "month");
        assertThat(nearly.get(22)).isEqualTo("ISIS fighters (hand-named)");
        assertThat(nearly.get(23)).as("the chain").isEqualTo("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News");
        CSVRecord tenThousand = rows.stream().filter(row -> row.get(5).equals("over 10,000 fighters")).findFirst()
                .orElseThrow();
        assertThat(List.of(tenThousand.get(8), tenThousand.get(9))).containsExactly("10000", "");

        CSVRecord tagged = rows.stream().skip(1).filter(row -> !row.get(20).isEmpty()).findFirst().orElseThrow();
        assertThat(tagged.get(20)).isEqualTo("Estimates; Militant strength");
        assertThat(rows.stream().map(row -> row.get(4)).collect(Collectors.toSet()))
                .contains("suggested", "confirmed", "rejected");
    }

    @Test
    void quotesCommasAndLineBreaksInAQuoteAndANoteComeBackAsTheyWere() throws IOException {
        Path article = Files.writeString(folder.resolve("quoted.txt"),
                "A quoted article\n\nThe mayor said \"about 1,200, maybe\nmore\" had left, a resident said.\n");
        workbench.imports().importFiles(List.of(article), Progress.NONE);
        Source source = workbench.library().all().stream().filter(s -> s.title().equals("A quoted article"))
                .findFirst().orElseThrow();
        int start = source.text().indexOf('"');
        int end = source.text().indexOf("had") - 1;
        Claim claim = workbench.claims().tag(source.id(), start, end, ClaimKind.QUOTE);
        String note = "He said, \"not quite\";\nsee page 2";
        workbench.claims().update(new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(),
                claim.status(), claim.origin(), "", "The mayor", "", "", null, null, Set.of(), note));

        List<CSVRecord> rows = read(workbench.exports().claimsCsv(folder.resolve("claims.csv"), Progress.NONE).file());

        CSVRecord row = rows.stream().filter(r -> r.get(15).equals("The mayor")).findFirst().orElseThrow();
        assertThat(row.get(5)).isEqualTo("\"about 1,200, maybe\nmore\"");
        assertThat(row.get(21)).isEqualTo(note);
        assertThat(row.get(3)).isEqualTo("quote");
    }

    @Test
    void theVerdictsTableHasARowPerPairOfTheComparison() throws IOException {
        Path file = workbench.exports().verdictsCsv(folder.resolve("verdicts.csv"), Progress.NONE).file();

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).toList()).isEqualTo(VERDICTS_HEADER);
        List<List<String>> expected = new java.util.ArrayList<>();
        for (ComparisonGroup group : workbench.comparison().compare().groups()) {
            for (PairVerdict pair : group.verdicts()) {
                var a = group.statements().get(pair.a());
                var b = group.statements().get(pair.b());
                expected.add(List.of(group.name(), a.sourceTitle(), a.quote(), b.sourceTitle(), b.quote(),
                        pair.verdict().label(), pair.reason(), pair.overridden() ? "yes" : "no",
                        pair.overrideNote()));
            }
        }
        assertThat(rows.subList(1, rows.size()).stream().map(row -> List.of(row.get(0), row.get(1), row.get(3),
                row.get(6), row.get(8), row.get(11), row.get(12), row.get(13), row.get(14))).toList())
                .isEqualTo(expected);
        CSVRecord overridden = rows.stream().filter(row -> row.get(13).equals("yes")).findFirst().orElseThrow();
        assertThat(overridden.get(11)).isEqualTo("changed over time");
        assertThat(overridden.get(14)).isEqualTo("years apart");
        assertThat(overridden.get(0)).isEqualTo("ISIS fighters (hand-named)");
        CSVRecord asMany = rows.stream().filter(row -> row.get(8).equals("as many as 10,000 troops")).findFirst()
                .orElseThrow();
        assertThat(List.of(asMany.get(9), asMany.get(10))).containsExactly("", "10000");
    }

    @Test
    void anExportCancelledWhileItWritesLeavesTheFileThatWasThereAndNoPartOfTheNewOne() throws IOException {
        Path claims = Files.writeString(folder.resolve("claims.csv"), "yesterday's table");
        Path verdicts = Files.writeString(folder.resolve("verdicts.csv"), "yesterday's verdicts");
        Path reviews = Files.writeString(folder.resolve("reviews.jsonld"), "yesterday's reviews");

        assertThatThrownBy(() -> workbench.exports().claimsCsv(claims, cancelledOnceWriting()))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> workbench.exports().verdictsCsv(verdicts, cancelledOnceWriting()))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> workbench.exports().claimReview(reviews, "Jane Doe", cancelledOnceWriting()))
                .isInstanceOf(CancelledException.class);

        assertThat(Files.readString(claims)).isEqualTo("yesterday's table");
        assertThat(Files.readString(verdicts)).isEqualTo("yesterday's verdicts");
        assertThat(Files.readString(reviews)).isEqualTo("yesterday's reviews");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aTableIsWrittenOnlyToAFileNamedForIt() {
        assertThatThrownBy(() -> workbench.exports().verdictsCsv(folder.resolve("verdicts.txt"), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv");
        assertThatThrownBy(() -> workbench.exports().claimReview(folder.resolve("reviews.json"), "Jane Doe",
                Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".jsonld");

        assertThat(folder.resolve("verdicts.txt")).doesNotExist();
        assertThat(folder.resolve("reviews.json")).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // byte for byte: a file's promise
    void aProjectOpenOnlyToReadExportsItsTablesAndStaysAsItWas() throws IOException {
        workbench.close();
        ProjectFile project = ProjectFile.of(folder.resolve("sample"));
        byte[] before = Files.readAllBytes(project.databaseFile());
        workbench = Workbench.openForReading(project);

        assertThat(workbench.exports().claimsCsv(folder.resolve("claims.csv"), Progress.NONE).count()).isPositive();
        assertThat(workbench.exports().verdictsCsv(folder.resolve("verdicts.csv"), Progress.NONE).count()).isPositive();
        workbench.close();
        workbench = Workbench.openForReading(project);
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
    }

    /** Progress that lets the project be read and is cancelled at the next report, as the file is written. */
    private static Progress cancelledOnceWriting() {
        Cancellation cancellation = new Cancellation();
        Progress watching = cancellation.watching(Progress.NONE);
        return (done, total, what) -> {
            if (!what.startsWith("Reading")) {
                cancellation.cancel();
            }
            watching.update(done, total, what);
        };
    }

    private Claim claimQuoting(String words) {
        return workbench.claims().allClaims().stream()
                .filter(claim -> claim.textIn(workbench.library().source(claim.sourceId()).text()).equals(words))
                .findFirst().orElseThrow();
    }

    /** Every record, header first, as Commons CSV reads RFC 4180 after the byte-order mark. */
    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader reader = new java.io.StringReader(text.substring(1));
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            return parser.getRecords();
        }
    }
}
