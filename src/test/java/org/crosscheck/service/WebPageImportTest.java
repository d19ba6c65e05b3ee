package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page's own metadata describes its source where the folder's sources.json does not. */
class WebPageImportTest {

    private static final String PAGE = """
            <html><head>
            <meta property="og:title" content="Elm Street bridge closes for repairs">
            <meta property="og:site_name" content="The Gazette">
            <link rel="canonical" href="https://gazette.example/bridge">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge closes",
              "datePublished": "2017-06-19T23:30:00-04:00", "author": {"name": "Jane Roe"},
              "publisher": {"name": "Gazette Media"}}</script>
            </head><body><article><h1>Bridge closes</h1><p>The Elm Street bridge closed on Monday.</p></article></body></html>""";

    @TempDir
    Path folder;

    @Test
    void aPageDescribesItselfAndTheImportDateIsNotUsed() throws Exception {
        Path pages = Files.createDirectories(folder.resolve("pages"));
        Files.writeString(pages.resolve("bridge.html"), PAGE);
        Files.writeString(pages.resolve("market.txt"), "Market reopens\n\nThe covered market reopened.");

        List<Source> imported = importAll(pages);
        Source bridge = find(imported, "bridge.html");
        Source market = find(imported, "market.txt");

        assertThat(bridge.title()).isEqualTo("Elm Street bridge closes for repairs");
        assertThat(bridge.outlet()).isEqualTo("The Gazette");
        assertThat(bridge.author()).isEqualTo("Jane Roe");
        assertThat(bridge.url()).isEqualTo("https://gazette.example/bridge");
        assertThat(bridge.published()).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 19)));
        assertThat(market.title()).isEqualTo("Market reopens");
        assertThat(market.published()).isEqualTo(FuzzyDate.of(LocalDate.of(2020, 5, 1), Precision.MONTH));
    }

    @Test
    void sourcesJsonWinsFieldByFieldAndThePageFillsTheRest() throws Exception {
        Path pages = Files.createDirectories(folder.resolve("described"));
        Files.writeString(pages.resolve("bridge.html"), PAGE);
        Files.writeString(pages.resolve("sources.json"), "{\"sources\": [{\"file\": \"bridge.html\","
                + " \"outlet\": \"Elm Street Gazette\", \"published\": \"2017-06-20\"}]}");

        Source bridge = find(importAll(pages), "bridge.html");

        assertThat(bridge.outlet()).isEqualTo("Elm Street Gazette");
        assertThat(bridge.published()).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 20)));
        assertThat(bridge.title()).isEqualTo("Elm Street bridge closes for repairs");
        assertThat(bridge.author()).isEqualTo("Jane Roe");
        assertThat(bridge.url()).isEqualTo("https://gazette.example/bridge");
    }

    /** Imports the folder into a new project with an import-wide date of May 2020. */
    private List<Source> importAll(Path pages) {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("project")), false)) {
            ImportReport report = workbench.imports().importFiles(List.of(pages),
                    FuzzyDate.of(LocalDate.of(2020, 5, 1), Precision.MONTH), Progress.NONE);
            assertThat(report.failures()).isEmpty();
            return workbench.library().all();
        }
    }

    private static Source find(List<Source> sources, String file) {
        return sources.stream().filter(source -> source.importedFrom().endsWith(file)).findFirst().orElseThrow();
    }
}
