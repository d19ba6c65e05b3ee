package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on the alias table shipped with Crosscheck that was never opened for writing since that table
 * became entity rows of the project (made by the previous version, and since then only read: by a command,
 * or from a file that cannot be written) has no rows for its claims to be linked to. Opened to read, it is
 * compared as it will be once opened for writing: its claims' words read with the shipped table, in memory.
 * A subject written as an alias ("ISIS") is the entity's, and a place the table puts inside a country
 * ("Nangarhar", within Afghanistan) is a part of that country.
 */
class ReadOnlyComparisonTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";

    @TempDir
    Path folder;

    @Test
    @Tag("h2-file") // a project file made by the previous version
    void aProjectOfThePreviousVersionOpenedToReadGroupsAsItWillOnceOpenedForWriting() throws Exception {
        // made by main's jar of 3 December 2026 (schema 13.2): the sample, on the shipped table, no entity rows
        Path readOnly = copyOfTheOldProject("read");
        Path writable = copyOfTheOldProject("write");
        byte[] before = Files.readAllBytes(readOnly);

        Map<String, Shown> read = groupsOpenedToRead(ProjectFile.of(strip(readOnly)));
        Map<String, Shown> written = groupsOpenedForWriting(ProjectFile.of(strip(writable)));

        assertThat(read).isEqualTo(written);
        assertThat(read.get(FIGHTERS).claims()).contains(5L, 6L); // "ISIS" and "Nangarhar", as the previous version saved them
        assertThat(Files.readAllBytes(readOnly)).isEqualTo(before); // worked out in memory: nothing written
    }

    @Test
    void aProjectWithoutEntityRowsOpenedToReadGroupsAsItWillOnceOpenedForWriting() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        try (Workbench made = Workbench.open(project, true)) {
            assertThat(made.claims().allClaims()).isNotEmpty();
        }
        try (Connection connection = TestProjects.connect(project)) {
            asThePreviousVersionLeftIt(connection);
        }

        Map<String, Shown> read = groupsOpenedToRead(project);
        Map<String, Shown> written = groupsOpenedForWriting(project);

        assertThat(read).isEqualTo(written);
        assertThat(read.get(FIGHTERS).claims()).contains(5L, 6L);
        assertThat(read.keySet()).noneMatch(id -> id.contains("isis") || id.contains("nangarhar"));
    }

    @Test
    void itsExportsGroupItsClaimsAsTheComparisonDoes() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        try (Workbench made = Workbench.open(project, true)) {
            assertThat(made.claims().allClaims()).isNotEmpty();
        }
        try (Connection connection = TestProjects.connect(project)) {
            asThePreviousVersionLeftIt(connection);
        }
        Path read = folder.resolve("read.csv");
        Path written = folder.resolve("written.csv");
        try (Workbench workbench = Workbench.openForReading(project)) {
            workbench.exports().claimsCsv(read, Progress.NONE);
        }
        try (Workbench workbench = Workbench.open(project, false)) {
            workbench.exports().claimsCsv(written, Progress.NONE);
        }
        assertThat(Files.readString(read)).isEqualTo(Files.readString(written))
                .contains("Islamic State · fighters · Afghanistan").doesNotContain("ISIS · fighters", "· Nangarhar");
    }

    /**
     * The project as the version before entity rows left one on the shipped table: no rows, no links; and
     * two claims as a researcher could edit them then, claim 5's subject "ISIS" and claim 6's place "Nangarhar".
     */
    private static void asThePreviousVersionLeftIt(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE claim SET subject_entity_id = NULL, place_entity_id = NULL");
            sql.executeUpdate("DELETE FROM entity_alias");
            sql.executeUpdate("DELETE FROM entity");
            sql.executeUpdate("DELETE FROM project_setting WHERE setting_name = 'entity-table'");
        }
        editClaims(connection);
    }

    private static void editClaims(Connection connection) throws Exception {
        try (PreparedStatement subject = connection.prepareStatement("UPDATE claim SET subject = ? WHERE id = 5");
             PreparedStatement place = connection.prepareStatement("UPDATE claim SET place = ? WHERE id = 6")) {
            subject.setString(1, "ISIS");
            subject.executeUpdate();
            place.setString(1, "Nangarhar");
            place.executeUpdate();
        }
    }

    private Path copyOfTheOldProject(String name) throws Exception {
        Path file = folder.resolve(name + ProjectFile.SUFFIX);
        try (InputStream old = getClass().getResourceAsStream("/projects/v13-shipped-aliases.mv.db")) {
            Files.copy(old, file);
        }
        try (Connection connection = TestProjects.connect(ProjectFile.of(strip(file)))) {
            editClaims(connection);
        }
        return file;
    }

    private static Path strip(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ProjectFile.SUFFIX.length()));
    }

    private static Map<String, Shown> groupsOpenedToRead(ProjectLocation project) {
        try (Workbench workbench = Workbench.openForReading(project)) {
            assertThat(workbench.isReadOnly()).isTrue();
            return groups(workbench);
        }
    }

    private static Map<String, Shown> groupsOpenedForWriting(ProjectLocation project) {
        try (Workbench workbench = Workbench.open(project, false)) {
            return groups(workbench);
        }
    }

    /** Each group by its id, as the Comparison tab shows it: its name and its claims. */
    private static Map<String, Shown> groups(Workbench workbench) {
        Map<String, Shown> groups = new TreeMap<>();
        for (ComparisonGroup group : workbench.comparison().compare().groups()) {
            groups.put(group.id(), new Shown(group.name(), group.statements().stream()
                    .map(statement -> statement.claim().id()).collect(Collectors.toSet())));
        }
        return groups;
    }

    private record Shown(String name, Set<Long> claims) {
    }
}
