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
            int sources = database.inTransaction("count", connection -> new SourceRepository().count(connection));
            assertThat(sources).isZero();
        }
        assertThat(leftOver).doesNotExist();
        assertThat(project.databaseFile()).exists();
    }

    @Test
    void aProjectOfAnOlderSchemaIsCopiedBeforeItIsMigrated() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("old"));
        Flyway.configure().dataSource("jdbc:h2:file:" + project.h2Base(), "sa", "").locations("classpath:db/migration")
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
}
