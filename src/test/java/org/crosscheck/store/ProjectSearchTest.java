package org.crosscheck.store;

import org.crosscheck.model.SearchSyntaxException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSearchTest {

    private static final String RT_TEXT = "ISIS has over 10,000 fighters\n"
            + "Zamir Kabulov, Russia's special envoy, says ISIS has over 10,000 loyal fighters. "
            + "The Taliban fight them in the north.";
    private static final String BBC_TEXT = "Islamic State in Afghanistan\n"
            + "Officials in Kabul put the number of fighters at about 2,000 to 3,000. Dvořák was not consulted.";

    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final TagRepository tags = new TagRepository();

    @TempDir
    Path folder;

    private ProjectLocation project() {
        return TestProjects.at(folder.resolve("research"));
    }

    private Source add(Database database, String title, String outlet, String text) {
        return database.inConnection("add", connection -> sources.insert(connection, new Source(0, title, outlet, "",
                "", new FuzzyDate(LocalDate.of(2017, 12, 23), Precision.DAY), "/tmp/" + outlet + ".txt",
                "hash-" + title, text, Grade.parse("C3"), "")));
    }

    private Claim claim(Database database, Source source, String words, String speaker) {
        int start = source.text().indexOf(words);
        Claim claim = new Claim(0, source.id(), start, start + words.length(), ClaimKind.QUANTITY, ClaimStatus.CONFIRMED,
                ClaimOrigin.MANUAL, "Islamic State", speaker, "", "Afghanistan", TimeReference.NONE, Quantity.EMPTY,
                Set.of(), "");
        return database.inConnection("tag", connection -> claims.insert(connection, claim));
    }

    private static List<String> matched(List<SearchHit> hits, String text) {
        return hits.stream().map(hit -> text.substring(hit.start(), hit.end())).toList();
    }

    @Test
    void wordsPhrasesPrefixesAndBooleansFindTheWordsWhereTheyStand() {
        try (Database database = Database.open(project())) {
            Source rt = add(database, "ISIS has over 10,000 fighters", "RT", RT_TEXT);
            add(database, "Islamic State in Afghanistan", "BBC", BBC_TEXT);
            ProjectSearch search = database.search();
            assertThat(search.findIn(rt.id(), "isis")).extracting(SearchHit::start)
                    .containsExactly(RT_TEXT.indexOf("ISIS"), RT_TEXT.lastIndexOf("ISIS"));

            assertThat(matched(search.find("kabulov", 10), RT_TEXT)).containsExactly("Kabulov");
            assertThat(matched(search.find("\"special envoy\"", 10), RT_TEXT)).containsExactly("special envoy");
            assertThat(search.find("kabu*", 10)).extracting(SearchHit::sourceId).hasSize(2); // Kabulov, Kabul
            assertThat(search.find("fighters AND taliban", 10)).extracting(SearchHit::title)
                    .containsOnly("ISIS has over 10,000 fighters");
            assertThat(search.find("fighters NOT taliban", 10)).extracting(SearchHit::title)
                    .containsOnly("Islamic State in Afghanistan");
            assertThat(search.find("taliban OR officials", 10)).extracting(SearchHit::title).hasSize(2);
            assertThat(search.find("outlet:bbc", 10)).extracting(SearchHit::title)
                    .containsOnly("Islamic State in Afghanistan");
            assertThat(matched(search.find("dvorak", 10), BBC_TEXT)).containsExactly("Dvořák");
            SearchHit envoy = search.find("envoy", 1).get(0);
            assertThat(envoy.snippet()).isEqualTo("Zamir Kabulov, Russia's special envoy, says ISIS has over 10,000 loyal fighters.");
            assertThat(envoy.snippet().substring(envoy.startInSnippet(), envoy.endInSnippet())).isEqualTo("envoy");
        }
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedInWords() {
        try (Database database = Database.open(project())) {
            assertThatThrownBy(() -> database.search().find("\"unclosed AND (", 10))
                    .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("Cannot read the search");
        }
    }

    @Test
    void claimFieldsFindTheClaimsSpanAndEditsAreFoundAtOnce() {
        try (Database database = Database.open(project())) {
            Source rt = add(database, "ISIS has over 10,000 fighters", "RT", RT_TEXT);
            ProjectSearch search = database.search();
            assertThat(search.find("speaker:kabulov", 10)).isEmpty();

            Claim claim = claim(database, rt, "over 10,000 loyal fighters", "Zamir Kabulov");
            assertThat(matched(search.find("speaker:kabulov", 10), RT_TEXT)).containsExactly("over 10,000 loyal fighters");
            assertThat(search.find("place:afghanistan AND subject:\"islamic state\"", 10)).hasSize(1);

            Tag tag = database.inConnection("tag", connection -> tags.insert(connection, new Tag(0, "disputed", "#ff0000", null)));
            database.inConnection("tag it", connection -> {
                tags.tagClaims(connection, tag.id(), List.of(claim.id()));
                return null;
            });
            assertThat(search.find("tag:disputed", 10)).hasSize(1);
            database.inConnection("rename", connection -> {
                tags.update(connection, new Tag(tag.id(), "contested", "#ff0000", null));
                return null;
            });
            assertThat(search.find("tag:disputed", 10)).isEmpty();
            assertThat(search.find("tag:contested", 10)).hasSize(1);

            database.inConnection("edit", connection -> {
                claims.update(connection, new Claim(claim.id(), rt.id(), claim.start(), claim.end(), claim.kind(),
                        claim.status(), claim.origin(), claim.subject(), "Sergei Lavrov", "", claim.place(),
                        TimeReference.NONE, Quantity.EMPTY, Set.of(tag.id()), "doubted by the BBC"));
                return null;
            });
            assertThat(search.find("speaker:kabulov", 10)).isEmpty();
            assertThat(search.find("speaker:lavrov AND note:doubted", 10)).hasSize(1);

            database.inConnection("delete", connection -> {
                sources.delete(connection, rt.id());
                return null;
            });
            assertThat(search.find("speaker:lavrov", 10)).isEmpty();
            assertThat(search.find("kabulov", 10)).isEmpty();
        }
    }

    @Test
    void anIndexFromAnotherStateOfTheProjectIsRebuiltOnOpening() throws Exception {
        try (Database database = Database.open(project())) {
            add(database, "ISIS has over 10,000 fighters", "RT", RT_TEXT);
            assertThat(database.search().find("kabulov", 10)).hasSize(1);
        }
        assertThat(Files.isDirectory(project().searchFolder())).isTrue();
        // the project goes back to an older copy of itself behind the index's back: the article is gone
        try (Database database = Database.open(project())) {
            database.inConnection("go back", connection -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM source");
                     PreparedStatement older = connection.prepareStatement("UPDATE search_state SET generation = 0");
                     PreparedStatement forget = connection.prepareStatement("DELETE FROM search_pending")) {
                    delete.executeUpdate();
                    older.executeUpdate();
                    forget.executeUpdate();
                }
                return null;
            });
        }
        try (Database database = Database.open(project())) {
            assertThat(database.search().find("kabulov", 10)).isEmpty();
        }
    }

    @Test
    void anEditCommittedWhileTheIndexWasClosedIsTakenInOnOpening() throws Exception {
        try (Database database = Database.open(project())) {
            database.search().prepare();
        }
        // as if Crosscheck were killed after the commit and before the index caught up: the index folder moved away
        Path index = project().searchFolder();
        Path aside = folder.resolve("aside");
        Files.move(index, aside);
        try (Database database = Database.open(project())) {
            add(database, "ISIS has over 10,000 fighters", "RT", RT_TEXT);
        }
        SearchIndex.delete(index);
        Files.move(aside, index);
        try (Database database = Database.open(project())) {
            assertThat(database.search().find("kabulov", 10)).hasSize(1);
        }
    }

    @Test
    void aDamagedIndexIsMadeAgain() throws Exception {
        try (Database database = Database.open(project())) {
            add(database, "ISIS has over 10,000 fighters", "RT", RT_TEXT);
            database.search().prepare();
        }
        try (var files = Files.list(project().searchFolder())) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (Database database = Database.open(project())) {
            assertThat(database.search().find("kabulov", 10)).hasSize(1);
        }
    }
}
