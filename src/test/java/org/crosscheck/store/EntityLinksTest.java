package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim's links to the entities of the project's alias table (V13), as the store keeps them. */
class EntityLinksTest {

    private static final Entity ISLAMIC_STATE = new Entity("Islamic State", EntityType.ORGANISATION, List.of("ISIS", "IS"));
    private static final Entity NANGARHAR = new Entity("Nangarhar", EntityType.PLACE, List.of("Nangrahar"), "Afghanistan");
    private static final Entity AFGHANISTAN = new Entity("Afghanistan", EntityType.PLACE, List.of());

    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final EntityRepository entities = new EntityRepository();

    @TempDir
    Path folder;

    @Test
    void aClaimIsLinkedByItsWordsAndKeepsItsLinkWhenItsEntityIsRenamedWithoutNewWordsForTheSearch() {
        try (Database database = Database.open(TestProjects.at(folder.resolve("links")))) {
            long[] ids = database.inTransaction("fill the project", transaction -> {
                long source = sources.insert(transaction, article()).id();
                return new long[] {claims.insert(transaction, claim(source, "ISIS", "Nangarhar, Afghanistan")).id(),
                        claims.insert(transaction, claim(source, "is", "northern Afghanistan")).id()};
            });
            assertThat(links(database)).isEmpty(); // the shipped table has no rows to link to
            long pending = pendingSearch(database);

            save(database, List.of(ISLAMIC_STATE, NANGARHAR, AFGHANISTAN));
            assertThat(pendingSearch(database)).isEqualTo(pending); // links alone are no news to the search index
            Map<Long, Entity> byId = database.inTransaction("read", entities::byId);
            Map<Long, EntityLink> links = links(database);
            assertThat(byId.get(links.get(ids[0]).subjectEntityId())).isEqualTo(ISLAMIC_STATE);
            assertThat(byId.get(links.get(ids[0]).placeEntityId())).isEqualTo(NANGARHAR);
            assertThat(links.get(ids[1]).subjectEntityId()).isZero(); // "is" is no "IS"
            assertThat(byId.get(links.get(ids[1]).placeEntityId())).isEqualTo(AFGHANISTAN);

            Entity renamed = new Entity("Wilayat Khorasan", EntityType.ORGANISATION, List.of("ISIS", "IS"));
            save(database, List.of(new Entity("Taliban", EntityType.ORGANISATION, List.of()), renamed, NANGARHAR, AFGHANISTAN));
            assertThat(links(database)).isEqualTo(links);
            assertThat(database.inTransaction("read", entities::byId)).containsEntry(links.get(ids[0]).subjectEntityId(), renamed);
            assertThat(pendingSearch(database)).isEqualTo(pending);

            save(database, List.of(NANGARHAR, AFGHANISTAN)); // the entity gone: its claim is linked to none
            assertThat(links(database).get(ids[0]).subjectEntityId()).isZero();
        }
    }

    @Test
    void linksGivenBackByClaimIdAreThoseTheClaimsHadAndNoneToAnEntityGoneSince() {
        EntityLinkRepository linkRows = new EntityLinkRepository();
        try (Database database = Database.open(TestProjects.at(folder.resolve("restore")))) {
            save(database, List.of(ISLAMIC_STATE, NANGARHAR, AFGHANISTAN));
            Claim claim = database.inTransaction("add a claim", transaction -> claims.insert(transaction,
                    claim(sources.insert(transaction, article()).id(), "ISIS", "Nangarhar")));
            Map<Long, EntityLink> had = database.inTransaction("read", transaction -> linkRows.of(transaction, List.of(claim.id())));
            assertThat(had.get(claim.id()).subjectEntityId()).isNotZero();
            database.inTransaction("words of no entity", transaction -> {
                claims.update(transaction, claim(claim.sourceId(), "the group", "the north").withId(claim.id()));
                return null;
            });
            assertThat(links(database)).doesNotContainKey(claim.id());

            database.inTransaction("give back", transaction -> {
                linkRows.restore(transaction, List.of(claim.id()), had);
                return null;
            });
            assertThat(links(database)).containsEntry(claim.id(), had.get(claim.id()));

            save(database, List.of(AFGHANISTAN, NANGARHAR)); // Islamic State gone, its link with it
            database.inTransaction("give back again", transaction -> {
                linkRows.restore(transaction, List.of(claim.id()), had);
                return null;
            });
            assertThat(links(database).get(claim.id())).isEqualTo(new EntityLink(0, had.get(claim.id()).placeEntityId()));
        }
    }

    /**
     * Accepting every suggestion of a long article reads and keeps the links of all its claims for
     * the undo. H2 ran the id list as a subquery again for every row of the claims (minutes for
     * 30,000 claims, and the claims' tags were read the same way); looked up by index it is a second.
     * The limit is far above either, only so that a return of the scan fails instead of hanging.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theLinksAndTagsOfAnArticlesThirtyThousandClaimsAreReadByIdNotByScanningEveryClaimForEach() {
        EntityLinkRepository linkRows = new EntityLinkRepository();
        TagRepository tags = new TagRepository();
        try (Database database = Database.open(TestProjects.at(folder.resolve("many")))) {
            save(database, List.of(ISLAMIC_STATE, NANGARHAR, AFGHANISTAN));
            List<Claim> stored = database.inTransaction("fill the project", transaction -> {
                long source = sources.insert(transaction, article()).id();
                List<Claim> many = new java.util.ArrayList<>();
                for (int i = 0; i < 30_000; i++) {
                    many.add(claim(source, i % 2 == 0 ? "ISIS" : "the group", "Nangarhar"));
                }
                return claims.insertAll(transaction, many);
            });
            long tag = database.inTransaction("tag one", transaction -> {
                long id = tags.insert(transaction, new org.crosscheck.model.Tag(0, "checked", "#3366cc", null)).id();
                tags.tagClaims(transaction, id, List.of(stored.get(29_999).id()));
                return id;
            });
            List<Long> ids = stored.stream().map(Claim::id).toList();

            Map<Long, EntityLink> read = database.inTransaction("read", transaction -> linkRows.of(transaction, ids));
            List<Claim> again = database.inTransaction("read", transaction -> claims.ofSource(transaction, stored.get(0).sourceId()));

            assertThat(read).hasSize(30_000);
            assertThat(read.get(ids.get(0)).subjectEntityId()).isNotZero();
            assertThat(read.get(ids.get(1)).subjectEntityId()).isZero();
            assertThat(again).hasSize(30_000);
            assertThat(again.stream().filter(claim -> claim.tagIds().contains(tag)).map(Claim::id).toList())
                    .containsExactly(ids.get(29_999));
        }
    }

    @Test
    void aTableReadsTheClaimsWordsInMemoryWithoutLinkingThem() {
        EntityLinkRepository linkRows = new EntityLinkRepository();
        try (Database database = Database.open(TestProjects.at(folder.resolve("in-memory")))) {
            long[] ids = database.inTransaction("fill the project", transaction -> {
                long source = sources.insert(transaction, article()).id();
                return new long[] {claims.insert(transaction, claim(source, "ISIS", "Nangarhar")).id(),
                        claims.insert(transaction, claim(source, "the group", "the north")).id()};
            });
            Map<Long, EntityLink> read = database.inTransaction("read", transaction ->
                    linkRows.asNamedBy(transaction, List.of(AFGHANISTAN, ISLAMIC_STATE, NANGARHAR)));
            assertThat(read).containsOnlyKeys(ids[0]).containsEntry(ids[0], new EntityLink(2, 3));
            assertThat(links(database)).isEmpty();
            assertThat(database.inTransaction("read", entities::hasOwnTable)).isFalse();
        }
    }

    private void save(Database database, List<Entity> table) {
        database.inTransaction("save the table", transaction -> {
            entities.save(transaction, Optional.of(table), "ann");
            return null;
        });
    }

    private Map<Long, EntityLink> links(Database database) {
        return database.inTransaction("read the links", claims::entityLinks);
    }

    private static long pendingSearch(Database database) {
        return database.inConnection("count what the search index has to read", connection -> {
            try (java.sql.Statement query = connection.createStatement();
                 java.sql.ResultSet row = query.executeQuery("SELECT COUNT(*) FROM search_pending")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static Source article() {
        return new Source(0, "ISIS has over 10,000 fighters", "RT", "", "https://example.org/a",
                new FuzzyDate(LocalDate.of(2017, 12, 23), Precision.DAY), "/tmp/002.txt", "hash-002",
                "Russia says ISIS has over 10,000 loyal fighters.", Grade.parse("C3"), "");
    }

    private static Claim claim(long source, String subject, String place) {
        return new Claim(0, source, 11, 47, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED, ClaimOrigin.MANUAL, subject,
                "", "", place, TimeReference.NONE, new Quantity(10000.0, null, "over", "fighters", "fighters", ""),
                Set.of(), "a note");
    }
}
