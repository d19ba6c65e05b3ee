package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.TableEntity;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing an article's deletion gives back exactly the links its claims had to their entities, and its
 * story: not the links their words would give now.
 */
class ArticleDeletionUndoTest {

    private static final long RT_ARTICLE = 3; // "ISIS has over 10,000 fighters in Afghanistan …", claims 5 to 8

    @TempDir
    Path folder;

    @Test
    void undoGivesTheArticlesClaimsBackTheEntityTheyWereLinkedToThoughTheirWordsNoLongerNameItAndItsStory() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            workbench.claims().claimsOf(RT_ARTICLE).forEach(claim -> workbench.claims().confirm(claim.id()));
            // renamed outright: the claims' words "Islamic State" name no entity now, their links still do
            List<TableEntity> rows = new ArrayList<>();
            for (TableEntity row : workbench.aliases().rows()) {
                rows.add(row.entity().canonical().equals("Islamic State") ? new TableEntity(row.id(),
                        new Entity("Daesh Khorasan", EntityType.ORGANISATION, List.of("DK"), "")) : row);
            }
            workbench.aliases().saveRows(rows);
            Map<Long, EntityLink> links = linksOfArticle(workbench);
            assertThat(links).isNotEmpty();
            Long story = storyOf(workbench, RT_ARTICLE);
            List<Long> grouped = claimsOf(group(workbench, "q:daesh khorasan|fighters|afghanistan"));

            workbench.library().delete(RT_ARTICLE);
            assertThat(linksOfArticle(workbench)).isEmpty();
            workbench.history().undo();

            assertThat(linksOfArticle(workbench)).isEqualTo(links);
            assertThat(storyOf(workbench, RT_ARTICLE)).isEqualTo(story);
            assertThat(claimsOf(group(workbench, "q:daesh khorasan|fighters|afghanistan"))).isEqualTo(grouped);
        }
    }

    private static Map<Long, EntityLink> linksOfArticle(Workbench workbench) {
        List<Long> ofArticle = workbench.claims().allClaims().stream().filter(claim -> claim.sourceId() == RT_ARTICLE)
                .map(Claim::id).toList();
        return workbench.database().inTransaction("read the links", transaction -> new ClaimRepository()
                        .entityLinks(transaction)).entrySet().stream().filter(link -> ofArticle.contains(link.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Long storyOf(Workbench workbench, long sourceId) {
        return workbench.stories().all().stream().filter(entry -> entry.sourceIds().contains(sourceId))
                .map(entry -> entry.story().id()).findFirst().orElse(null);
    }

    private static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static List<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).sorted().toList();
    }
}
