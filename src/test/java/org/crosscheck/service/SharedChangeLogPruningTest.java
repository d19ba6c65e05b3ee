package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.store.ServerProject;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * A shared project's change logs ({@code search_pending}, {@code change_log}) are pruned: a row older than
 * the retention (30 days) goes when someone opens the project, a younger one stays. Time passing is played
 * by moving the rows' dates back. A person who had not read rows that went (a window left open on a
 * machine asleep for weeks, a search index last used before) still ends up with what the others changed:
 * the window is told, and the search index is built again from the project.
 */
class SharedChangeLogPruningTest {

    @Test
    void rowsOlderThanTheRetentionGoWhenSomeoneOpensTheProjectAndYoungerOnesStay() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        try (Workbench ana = Workbench.open(project, true)) { // the sample's import fills both logs
            ana.tags().create("casualties", "#cc0000");
        }
        assertThat(rows(project, "search_pending")).isPositive();
        assertThat(rows(project, "change_log")).isPositive();
        long newestArticleRow = newest(project, "search_pending");
        long newestChangeRow = newest(project, "change_log");

        age(project, 31);
        try (Workbench bo = Workbench.open(project, false)) {
            assertThat(rows(project, "search_pending")).as("pruned as Bo opened the project").isZero();
            assertThat(rows(project, "change_log")).isZero();
            assertThat(pruned(project)).containsExactly(newestArticleRow, newestChangeRow);

            long article = bo.library().summaries().get(0).id();
            bo.library().rename(article, "Renamed by Bo");
            bo.tags().create("to check", "#336699");
        }
        long youngArticleRows = rows(project, "search_pending");
        long youngChangeRows = rows(project, "change_log");
        assertThat(youngArticleRows).isPositive();
        assertThat(youngChangeRows).isPositive();
        age(project, 29);
        try (Workbench cara = Workbench.open(project, false)) {
            assertThat(rows(project, "search_pending")).as("younger than the retention: kept").isEqualTo(youngArticleRows);
            assertThat(rows(project, "change_log")).isEqualTo(youngChangeRows);
            assertThat(cara.library().summaries()).anyMatch(summary -> summary.title().equals("Renamed by Bo"));
        }
    }

    @Test
    void aWindowThatHadNotReadWhatWasPrunedIsToldAndItsSearchIndexRebuilt() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        try (Workbench ana = Workbench.open(project, true)) {
            assertThat(ana.search().find("title:Zanzibarian", 10)).isEmpty(); // her index is open, and kept in step
            ComparisonGroup group = ana.comparison().compare().groups().get(0);
            long article = ana.library().summaries().get(0).id();
            ana.othersChanged();
            try (Workbench bo = Workbench.open(onAnotherMachine(project, "bo"), false)) {
                bo.library().rename(article, "Zanzibarian floods");
                bo.comparison().rename(group.id(), "Renamed by Bo");
            }
            age(project, 31); // Ana's machine slept for a month with the window open
            try (Workbench cara = Workbench.open(onAnotherMachine(project, "cara"), false)) {
                assertThat(rows(project, "search_pending") + rows(project, "change_log")).as("Bo's rows are gone").isZero();
            }

            assertThat(ana.othersChanged()).as("it cannot tell what went, so it says something did").isTrue();
            assertThat(ana.search().find("title:Zanzibarian", 10)).as("the index, rebuilt from the project")
                    .anyMatch(hit -> hit.sourceId() == article);
            assertThat(ana.comparison().compare().groups()).anyMatch(each -> each.name().equals("Renamed by Bo"));
            assertThat(ana.othersChanged()).as("and then it is in step again").isFalse();
        }
    }

    @Test
    void aSearchIndexLastUsedBeforeThePruningIsRebuiltWhenItsProjectIsOpenedAgain() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        long renamedByBo;
        long renamedByCara;
        try (Workbench ana = Workbench.open(project, true)) {
            assertThat(ana.search().find("fighters", 10)).isNotEmpty(); // her index, on her machine
            renamedByBo = ana.library().summaries().get(0).id();
            renamedByCara = ana.library().summaries().get(1).id();
        }
        try (Workbench bo = Workbench.open(onAnotherMachine(project, "bo"), false)) {
            bo.library().rename(renamedByBo, "Zanzibarian floods");
        }
        age(project, 31);
        try (Workbench cara = Workbench.open(onAnotherMachine(project, "cara"), false)) { // prunes Bo's rename
            cara.library().rename(renamedByCara, "Quokka census");
        }

        try (Workbench ana = Workbench.open(project, false)) {
            assertThat(ana.search().find("title:Zanzibarian", 10)).anyMatch(hit -> hit.sourceId() == renamedByBo);
            assertThat(ana.search().find("title:Quokka", 10)).anyMatch(hit -> hit.sourceId() == renamedByCara);
        }
    }

    /** The same project reached from another person's machine: a search index of its own (named after the URL). */
    private static ServerProject onAnotherMachine(ServerProject project, String who) {
        return ServerProject.parse(project.url() + "&ApplicationName=crosscheck-" + who)
                .withPassword(TestProjects.passwordOf(project));
    }

    /** Moves every row of both logs {@code days} back in time. */
    private static void age(ServerProject project, int days) throws Exception {
        try (Connection connection = TestProjects.connect(project); Statement update = connection.createStatement()) {
            for (String log : new String[] {"search_pending", "change_log"}) {
                update.executeUpdate("UPDATE " + log + " SET noted_at = noted_at - INTERVAL '" + days + " days'");
            }
        }
    }

    private static long rows(ServerProject project, String log) throws Exception {
        return number(project, "SELECT COUNT(*) FROM " + log);
    }

    private static long newest(ServerProject project, String log) throws Exception {
        return number(project, "SELECT MAX(id) FROM " + log);
    }

    private static java.util.List<Long> pruned(ServerProject project) throws Exception {
        return java.util.List.of(number(project, "SELECT search_pruned_through FROM change_log_state"),
                number(project, "SELECT change_pruned_through FROM change_log_state"));
    }

    private static long number(ServerProject project, String sql) throws Exception {
        try (Connection connection = TestProjects.connect(project); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
