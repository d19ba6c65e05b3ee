package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening never damages a file it cannot use, and keeps a copy before migrating a project. */
@org.junit.jupiter.api.Tag("h2-file") // what a project file survives: damage, crashes, other programs
class ProjectSafetyTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyFileIsRefusedAndLeftEmpty() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.mv.db"));

        assertThatThrownBy(() -> Database.open(ProjectFile.of(file))).isInstanceOf(StoreException.class)
                .hasMessageContaining("is empty").hasMessageContaining("Nothing was changed");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedUntouched() throws Exception {
        Path file = folder.resolve("notes.mv.db");
        Files.writeString(file, "These are my notes, not a project.");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(ProjectFile.of(file))).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Crosscheck project");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileHoldingOnlyH2sHeaderIsRefusedInPlainWordsAndLeftAsItWas() throws Exception {
        ProjectFile whole = ProjectFile.of(folder.resolve("whole"));
        Database.open(whole).close();
        // what an older Crosscheck left when it was killed while it made a project
        Path cutOff = folder.resolve("cut-off.mv.db");
        Files.write(cutOff, java.util.Arrays.copyOf(Files.readAllBytes(whole.databaseFile()), 8192));
        byte[] before = Files.readAllBytes(cutOff);

        assertThatThrownBy(() -> Database.open(ProjectFile.of(cutOff))).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds no project").hasMessageContaining("Nothing was changed")
                .hasMessageNotContaining("read only");
        assertThat(Files.readAllBytes(cutOff)).isEqualTo(before);
    }

    @Test
    void aNewProjectIsMadeUnderAHiddenNameAndTakesItsOwnOnlyWhenWhole() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("fresh"));
        Path leftOver = Files.writeString(folder.resolve(".fresh.being-made.mv.db"), "cut off by an earlier crash");

        try (Database database = Database.open(project)) {
            int sources = database.inConnection("count", connection -> new SourceRepository().count(connection));
            assertThat(sources).isZero();
        }
        assertThat(leftOver).doesNotExist();
        assertThat(project.databaseFile()).exists();
    }

    @Test
    void aProjectOfAnOlderSchemaIsCopiedBeforeItIsMigrated() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("old"));
        Flyway.configure().dataSource("jdbc:h2:file:" + project.h2Base(), "sa", "").locations(Migrations.H2)
                .target("2").load().migrate();
        byte[] before = Files.readAllBytes(project.databaseFile());

        Database.open(project).close();

        Path copy = project.databaseFile().resolveSibling("old.mv.db.before-v2");
        assertThat(copy).exists();
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void aProjectOfANewerSchemaIsRefusedInPlainWords() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("newer"));
        Database.open(project).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + project.h2Base(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        }

        byte[] before = Files.readAllBytes(project.databaseFile());

        assertThatThrownBy(() -> Database.open(project)).isInstanceOf(StoreException.class)
                .hasMessageContaining("made by a newer Crosscheck");
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("other"));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + project.h2Base(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL)");
        }

        assertThatThrownBy(() -> Database.open(project)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Crosscheck project");
    }

    @Test
    void aCutShortProjectIsRefusedAsDamagedAndLeftAsItWas() throws Exception {
        ProjectFile whole = ProjectFile.of(folder.resolve("whole"));
        fill(whole);
        byte[] bytes = Files.readAllBytes(whole.databaseFile());
        // part-way through a block, on a block boundary, and with only the headers left
        for (int length : new int[] {bytes.length * 2 / 3 + 123, (bytes.length / 2 / 4096) * 4096, 3 * 4096}) {
            ProjectFile cut = ProjectFile.of(folder.resolve("cut" + length));
            byte[] cutBytes = java.util.Arrays.copyOf(bytes, length);
            Files.write(cut.databaseFile(), cutBytes);

            for (Database.Access access : Database.Access.values()) {
                assertThatThrownBy(() -> Database.open(cut, access)).as("cut at %d, %s", length, access)
                        .isInstanceOf(StoreException.class).hasMessageContaining("is damaged")
                        .hasMessageContaining("Nothing was changed").hasMessageNotContaining("Exception");
            }
            assertThat(Files.readAllBytes(cut.databaseFile())).isEqualTo(cutBytes);
        }
    }

    @Test
    void aWriteThatAFullDiskOrACrashInterruptedIsNoDamage() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("interrupted"));
        fill(project);
        // what a full disk leaves: whole blocks of a chunk that never got its end
        byte[] tail = new byte[3 * 4096];
        System.arraycopy("chunk:ff,len:9,pages:2".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, tail, 0, 22);
        Files.write(project.databaseFile(), tail, java.nio.file.StandardOpenOption.APPEND);

        try (Database database = Database.open(project)) {
            int tags = database.inConnection("count", connection -> {
                try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM tag")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(tags).isGreaterThanOrEqualTo(200);
        }
    }

    @Test
    void aWholeProjectPassesTheShapeCheck() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("whole"));
        fill(project);

        Database.open(project).close();
        Database.open(project, Database.Access.READ).close();
    }

    @Test
    void openingOnlyToReadLeavesTheFileByteForByte() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("read"));
        fill(project);
        byte[] before = Files.readAllBytes(project.databaseFile());

        try (Database database = Database.open(project, Database.Access.READ)) {
            assertThat(database.isReadOnly()).isTrue();
            int tags = database.inConnection("count", connection -> {
                try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM tag")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(tags).isGreaterThanOrEqualTo(200);
            assertThatThrownBy(() -> database.inConnection("add a tag", connection ->
                    connection.createStatement().executeUpdate("INSERT INTO tag (name, color) VALUES ('x', '#000000')")))
                    .isInstanceOf(StoreException.class).hasMessage("Cannot add a tag: the project is open read-only, "
                            + "so nothing can be changed.");
        }
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
    }

    @Test
    void readingNeverMigratesAnOlderProject() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("older"));
        Flyway.configure().dataSource("jdbc:h2:file:" + project.h2Base(), "sa", "").locations(Migrations.H2)
                .target("2").load().migrate();
        byte[] before = Files.readAllBytes(project.databaseFile());

        assertThatThrownBy(() -> Database.open(project, Database.Access.READ)).isInstanceOf(StoreException.class)
                .hasMessageContaining("made by an older Crosscheck").hasMessageContaining("changes nothing");
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
        assertThat(project.databaseFile().resolveSibling("older.mv.db.before-v2")).doesNotExist();
    }

    @Test
    void readingNeitherCreatesAProjectNorTakesAnotherApplicationsDatabase() throws Exception {
        ProjectFile missing = ProjectFile.of(folder.resolve("typo"));
        assertThatThrownBy(() -> Database.open(missing, Database.Access.READ)).isInstanceOf(StoreException.class)
                .hasMessageContaining("There is no project");
        assertThat(missing.databaseFile()).doesNotExist();

        ProjectFile other = ProjectFile.of(folder.resolve("other"));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + other.h2Base(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL)");
        }
        byte[] before = Files.readAllBytes(other.databaseFile());
        assertThatThrownBy(() -> Database.open(other, Database.Access.READ)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Crosscheck project");
        assertThat(Files.readAllBytes(other.databaseFile())).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeWrittenOpensReadOnly() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("locked-down"));
        fill(project);
        assertThat(project.databaseFile().toFile().setWritable(false, false)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(project.databaseFile()),
                "this user may write any file (root), so a file cannot be made read-only for it");
        byte[] before = Files.readAllBytes(project.databaseFile());

        try (Database database = Database.open(project)) {
            assertThat(database.isReadOnly()).isTrue();
        }
        assertThat(Files.readAllBytes(project.databaseFile())).isEqualTo(before);
    }

    /** A project with a few rows, closed, so that its file is whole. */
    private static void fill(ProjectFile project) {
        try (Database database = Database.open(project)) {
            database.inConnection("add tags", connection -> {
                for (int i = 0; i < 200; i++) {
                    connection.createStatement().executeUpdate(
                            "INSERT INTO tag (name, color) VALUES ('tag " + i + "', '#112233')");
                }
                return null;
            });
        }
    }
}
