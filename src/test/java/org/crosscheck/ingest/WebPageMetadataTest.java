package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a saved web page's head says of its article: Open Graph, meta tags, JSON-LD and its own markup. */
class WebPageMetadataTest {

    @TempDir
    Path folder;

    private final TextFileReader reader = new TextFileReader();

    @Test
    void openGraphAndMetaTagsGiveTitleOutletAuthorUrlAndDay() throws IOException {
        PageMetadata page = read("""
                <html><head><title>Bridge closes | Gazette</title>
                <meta property="og:title" content="Elm Street bridge closes for repairs">
                <meta property="og:site_name" content="The Gazette">
                <meta name="author" content="Jane Roe">
                <meta property="article:published_time" content="2017-06-19T23:30:00-04:00">
                <meta property="og:url" content="https://gazette.example/og">
                <link rel="canonical" href="https://gazette.example/bridge">
                </head><body><h1>Bridge closes</h1><p>The bridge closed.</p></body></html>""");

        assertThat(page).isEqualTo(new PageMetadata("Elm Street bridge closes for repairs", "The Gazette", "Jane Roe",
                "https://gazette.example/bridge", FuzzyDate.day(LocalDate.of(2017, 6, 19))));
    }

    @Test
    void jsonLdOfANewsArticleFillsWhatTheMetaTagsLeaveOut() throws IOException {
        PageMetadata page = read("""
                <html><head>
                <meta property="article:author" content="https://social.example/janeroe">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Not the article"},
                  {"@type": ["NewsArticle"], "headline": "Market reopens after repairs",
                   "datePublished": "2018-03-02T08:15:00+05:30",
                   "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "Ali Khan"}],
                   "publisher": {"@type": "Organization", "name": "Daily Courier"},
                   "url": "https://courier.example/market"}]}</script>
                </head><body><p>The market reopened.</p></body></html>""");

        assertThat(page).isEqualTo(new PageMetadata("Market reopens after repairs", "Daily Courier",
                "Jane Roe, Ali Khan", "https://courier.example/market", FuzzyDate.day(LocalDate.of(2018, 3, 2))));
    }

    @Test
    void aTimeInTheArticleDatesItWhenNothingElseDoes() throws IOException {
        PageMetadata page = read("""
                <html><head><script type="application/ld+json">{ broken json</script></head>
                <body><header><time datetime="2024-01-01">Today</time></header>
                <article><h1>Flood warning</h1><time datetime="2016-11">November 2016</time><p>Rivers rose.</p></article>
                </body></html>""");

        assertThat(page.published()).isEqualTo(FuzzyDate.of(LocalDate.of(2016, 11, 1), Precision.MONTH));
        assertThat(page.title()).isEmpty();
    }

    @Test
    void publicationDatesKeepTheirPrecisionAndTheirOwnDay() {
        assertThat(PublicationDate.parse("2017-06-19T23:30:00-04:00")).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 19)));
        assertThat(PublicationDate.parse("2017-06-19T03:30:00+0530")).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 19)));
        assertThat(PublicationDate.parse("2017-06-19")).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 19)));
        assertThat(PublicationDate.parse("Mon, 19 Jun 2017 23:30:00 GMT")).isEqualTo(FuzzyDate.day(LocalDate.of(2017, 6, 19)));
        assertThat(PublicationDate.parse("2017-06")).isEqualTo(FuzzyDate.of(LocalDate.of(2017, 6, 1), Precision.MONTH));
        assertThat(PublicationDate.parse("2017")).isEqualTo(FuzzyDate.of(LocalDate.of(2017, 1, 1), Precision.YEAR));
        assertThat(PublicationDate.parse("2017-13-45")).isEqualTo(FuzzyDate.UNKNOWN);
        assertThat(PublicationDate.parse("last Tuesday")).isEqualTo(FuzzyDate.UNKNOWN);
    }

    @Test
    void plainTextSaysNothingOfItself() throws IOException {
        Path text = Files.writeString(folder.resolve("a.txt"), "<meta property=\"og:title\" content=\"x\"> is HTML\n");

        assertThat(reader.read(text).page()).isEqualTo(PageMetadata.NONE);
    }

    private PageMetadata read(String html) throws IOException {
        return reader.read(Files.writeString(folder.resolve("page.html"), html)).page();
    }
}
