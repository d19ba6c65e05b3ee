package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared project's URL is read as libpq reads it, and its password is never shown. */
@org.junit.jupiter.api.Tag("h2-file") // reads URLs only: once is enough
class ServerProjectTest {

    @TempDir
    Path home;

    @Test
    void theUrlNamesUserHostPortAndDatabase() {
        ServerProject project = ServerProject.parse("postgresql://ana:s3cret@db.uni.example:6543/newsroom", Map.of(), home);
        assertThat(project.user()).isEqualTo("ana");
        assertThat(project.host()).isEqualTo("db.uni.example");
        assertThat(project.port()).isEqualTo(6543);
        assertThat(project.database()).isEqualTo("newsroom");
        assertThat(project.password()).contains("s3cret");
        assertThat(project.jdbcUrl()).isEqualTo("jdbc:postgresql://db.uni.example:6543/newsroom");
    }

    @Test
    void thePasswordIsInNoWayTheProjectIsShown() {
        ServerProject project = ServerProject.parse("postgres://ana:s3cret@db.uni.example/newsroom", Map.of(), home);
        assertThat(project.toString()).isEqualTo("postgresql://ana@db.uni.example:5432/newsroom").doesNotContain("s3cret");
        assertThat(project.describe()).doesNotContain("s3cret");
        assertThat(project.displayName()).doesNotContain("s3cret");
        assertThat(project.searchFolder().toString()).doesNotContain("s3cret");
    }

    @Test
    void aMalformedPortIsToldWithoutThePassword() {
        assertThatThrownBy(() -> ServerProject.parse("postgresql://ana:s3cret@db:54x/newsroom", Map.of(), home))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("54x").hasMessageNotContaining("s3cret");
    }

    @Test
    void withoutAPasswordInTheUrlPgpasswordIsUsed() {
        ServerProject project = ServerProject.parse("postgresql://ana@db/newsroom", Map.of("PGPASSWORD", "fromenv"), home);
        assertThat(project.password()).contains("fromenv");
    }

    @Test
    void thenThePasswordFileIsUsedFirstMatchingLineWinning() throws Exception {
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "# team server\n"
                + "other:5432:*:ana:wrong\n"
                + "db:5432:newsroom:ana:pa\\:ss\n"
                + "*:*:*:*:fallback\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(ServerProject.parse("postgresql://ana@db/newsroom", Map.of(), home).password()).contains("pa:ss");
        assertThat(ServerProject.parse("postgresql://bo@elsewhere/x", Map.of(), home).password()).contains("fallback");
    }

    @Test
    void aPasswordFileOthersMayReadIsNotUsed() throws Exception {
        Path pgpass = Files.writeString(home.resolve(".pgpass"), "*:*:*:*:open\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ServerProject.parse("postgresql://ana@db/newsroom", Map.of(), home).hasPassword()).isFalse();
    }

    @Test
    void theSameProjectWhateverItsPassword() {
        ServerProject typed = ServerProject.parse("postgresql://ana@db/newsroom", Map.of(), home).withPassword("x");
        assertThat(typed).isEqualTo(ServerProject.parse("postgresql://ana:y@db:5432/newsroom", Map.of(), home));
        assertThat(ProjectLocation.parse("postgresql://ana@db/newsroom")).isInstanceOf(ServerProject.class);
        assertThat(ProjectLocation.parse(home.resolve("p").toString())).isInstanceOf(ProjectFile.class);
    }
}
