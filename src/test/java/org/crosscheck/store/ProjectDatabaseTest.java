package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDatabaseTest {

    private final SourceRepository sources = new SourceRepository();
    private final SettingsRepository settings = new SettingsRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final TagRepository tags = new TagRepository();

    @TempDir
    Path folder;

    private ProjectLocation project() {
        return TestProjects.at(folder.resolve("research"));
    }

    private static Source article() {
        return new Source(0, "ISIS has over 10,000 fighters", "RT", "", "https://example.org/a",
                new FuzzyDate(LocalDate.of(2017, 12, 23), Precision.DAY), "/tmp/002.txt", "hash-002",
                "Russia says ISIS has over 10,000 loyal fighters.", Grade.parse("C3"), "");
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // the file it makes
    void migrationsCreateTheSchemaInAnEmptyFileAndSettingsPersist() {
        try (Database database = Database.open(project())) {
            int count = database.inConnection("count sources", sources::count);
            assertThat(count).isZero();
            database.inConnection("write a setting", connection -> {
                settings.put(connection, "aliases", "[1]");
                settings.put(connection, "aliases", "[2]");
                return null;
            });
        }
        try (Database reopened = Database.open(project())) {
            java.util.Optional<String> stored =
                    reopened.inConnection("read a setting", connection -> settings.get(connection, "aliases"));
            assertThat(stored).hasValue("[2]");
        }
        assertThat(Files.exists(folder.resolve("research.mv.db"))).isTrue();
    }

    @Test
    void sourcesClaimsAndTagsSurviveClosingAndReopening() {
        long claimId;
        try (Database database = Database.open(project())) {
            claimId = database.inConnection("fill the project", connection -> {
                Source source = sources.insert(connection, article());
                Tag disputed = tags.insert(connection, new Tag(0, "disputed", "#d33682", null));
                Claim claim = new Claim(0, source.id(), 21, 47, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED,
                        ClaimOrigin.MANUAL, "Islamic State", "Zamir Kabulov", "RT", "Afghanistan",
                        new TimeReference("this year", new FuzzyDate(LocalDate.of(2017, 1, 1), Precision.YEAR)),
                        new Quantity(10_000.0, null, "over", "loyal fighters", "fighters"),
                        Set.of(disputed.id()), "the headline repeats it");
                return claims.insert(connection, claim).id();
            });
        }

        try (Database reopened = Database.open(project())) {
            List<SourceSummary> library = reopened.inConnection("list", sources::summaries);
            assertThat(library).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("ISIS has over 10,000 fighters");
                assertThat(row.claimCount()).isEqualTo(1);
                assertThat(row.grade()).isEqualTo(new Grade('C', 3));
            });
            Claim claim = reopened.inConnection("find", connection -> claims.find(connection, claimId)).orElseThrow();
            Source source = reopened.inConnection("find", connection -> sources.find(connection, claim.sourceId()))
                    .orElseThrow();
            assertThat(claim.textIn(source.text())).isEqualTo("over 10,000 loyal fighters");
            assertThat(claim.quantity().low()).isEqualTo(10_000.0);
            assertThat(claim.quantity().high()).isNull();
            assertThat(claim.refersTo().date().display()).isEqualTo("2017");
            assertThat(claim.speaker()).isEqualTo("Zamir Kabulov");
            List<Tag> allTags = reopened.inConnection("tags", tags::all);
            assertThat(allTags).extracting(Tag::name).containsExactly("disputed");
            assertThat(claim.tagIds()).containsExactly(allTags.get(0).id());
        }
    }

    @Test
    void aProjectOfMoreClaimsThanH2PutsInOneArrayLoadsThemAllWithTheirTags() {
        int many = 70_000; // H2 takes at most 65,536 values in one array parameter
        try (Database database = Database.open(project())) {
            Tag tag = database.inConnection("fill", connection -> {
                Source source = sources.insert(connection, article());
                try (var insert = connection.prepareStatement("INSERT INTO claim (source_id, start_offset, end_offset, "
                        + "kind, status, origin) SELECT ?, 0, 6, 'QUANTITY', 'SUGGESTED', 'EXTRACTED' FROM "
                        + (TestProjects.onServer() ? "generate_series(1, ?)" : "SYSTEM_RANGE(1, ?)"))) {
                    insert.setLong(1, source.id());
                    insert.setInt(2, many);
                    insert.executeUpdate();
                }
                Tag check = tags.insert(connection, new Tag(0, "check", "#268bd2", null));
                Claim last = claims.insert(connection, Claim.manual(source.id(), 0, 6, ClaimKind.OTHER)
                        .withTags(Set.of(check.id())));
                assertThat(last.id()).isGreaterThan(many);
                return check;
            });

            List<Claim> all = database.inConnection("load all claims", claims::all);

            assertThat(all).hasSize(many + 1);
            assertThat(all).filteredOn(claim -> !claim.tagIds().isEmpty()).singleElement()
                    .satisfies(claim -> assertThat(claim.tagIds()).containsExactly(tag.id()));
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // H2's write delay; a server commits when it returns
    void aCommitIsWrittenAsItReturnsNotHalfASecondLater() {
        // H2's default write delay lost committed edits when the process was killed (the kill harness)
        try (Database database = Database.open(project())) {
            String delay = database.inConnection("read the write delay", connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
                     var row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : "not set";
                }
            });
            assertThat(delay).isEqualTo("0");
        }
    }

    @Test
    void editedMetadataIsStored() {
        try (Database database = Database.open(project())) {
            long id = database.inConnection("insert", connection -> sources.insert(connection, article()).id());
            SourceMetadata edited = new SourceMetadata("New title", "RT", "A. Writer", "",
                    new FuzzyDate(LocalDate.of(2017, 12, 1), Precision.MONTH), Grade.parse("B2"), "checked");
            database.inConnection("edit", connection -> {
                sources.updateMetadata(connection, id, edited);
                return null;
            });
            Source source = database.inConnection("find", connection -> sources.find(connection, id)).orElseThrow();
            assertThat(source.metadata()).isEqualTo(edited);
        }
    }

    @Test
    void deletingATagTakesItOffItsClaims() {
        try (Database database = Database.open(project())) {
            Claim tagged = database.inConnection("fill", connection -> {
                Source source = sources.insert(connection, article());
                Tag tag = tags.insert(connection, new Tag(0, "check", "#268bd2", null));
                return claims.insert(connection, Claim.manual(source.id(), 0, 6, ClaimKind.OTHER)
                        .withTags(Set.of(tag.id())));
            });
            database.inConnection("delete tag", connection -> {
                tags.delete(connection, tagged.tagIds().iterator().next());
                return null;
            });
            Claim after = database.inConnection("find", connection -> claims.find(connection, tagged.id()))
                    .orElseThrow();
            assertThat(after.tagIds()).isEmpty();
        }
    }

    @Test
    void theSameTextCannotBeStoredTwice() {
        try (Database database = Database.open(project())) {
            database.inConnection("insert", connection -> sources.insert(connection, article()));
            assertThatThrownBy(() -> database.inConnection("insert the same text again",
                    connection -> sources.insert(connection, article())))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Cannot insert the same text again");
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // a file is held by one Crosscheck; a server project by many
    void aSecondOpenOfALockedProjectFailsWithAClearMessage() {
        try (Database first = Database.open(project())) {
            assertThatThrownBy(() -> Database.open(project()))
                    .isInstanceOf(ProjectLockedException.class)
                    .hasMessageContaining("research")
                    .hasMessageContaining("already open in another Crosscheck window or command");
        }
        try (Database afterClose = Database.open(project())) {
            assertThat(afterClose.project().displayName()).isEqualTo("research");
        }
    }
}
