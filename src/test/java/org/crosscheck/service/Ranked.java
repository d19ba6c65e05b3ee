package org.crosscheck.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

/**
 * A project's contents with every id replaced by its rank among the ids of its table: since a
 * restore keeps the order of ids, the original and the restored project are then equal row for row.
 */
final class Ranked {

    private Ranked() {
    }

    static ProjectContents of(ProjectContents contents) {
        Map<Long, Long> sources = ranks(contents.sources(), article -> article.source().id());
        Map<Long, Long> claims = ranks(contents.claims(), Claim::id);
        Map<Long, Long> tags = ranks(contents.tags(), Tag::id);
        Map<Long, Long> stories = ranks(contents.stories(), Story::id);
        return new ProjectContents(new ProjectRows.Tables(
                contents.sources().stream().map(article -> new ProjectRows.Article(
                        article.source().withId(sources.get(article.source().id())),
                        article.storyId() == null ? null : stories.get(article.storyId()), article.storyByHand(),
                        article.storyTerms(), article.importedAt())).toList(),
                contents.claims().stream().map(claim -> {
                    Set<Long> tagRanks = new HashSet<>();
                    claim.tagIds().forEach(tag -> tagRanks.add(tags.get(tag)));
                    return new Claim(claims.get(claim.id()), sources.get(claim.sourceId()), claim.start(), claim.end(),
                            claim.kind(), claim.status(), claim.origin(), claim.subject(), claim.speaker(),
                            claim.outlet(), claim.place(), claim.refersTo(), claim.quantity(), tagRanks, claim.note());
                }).toList(),
                contents.tags().stream().map(tag -> new Tag(tags.get(tag.id()), tag.name(), tag.color(),
                        tag.parentId() == null ? null : tags.get(tag.parentId()))).toList(),
                contents.stories().stream().map(story -> new Story(stories.get(story.id()), story.name(),
                        story.namedByHand())).toList()),
                contents.aliases(), GroupEditsRemap.remap(contents.groupEdits(), claims, stories));
    }

    private static <T> Map<Long, Long> ranks(List<T> rows, Function<T, Long> id) {
        Map<Long, Long> ranks = new HashMap<>();
        rows.stream().map(id).sorted().forEach(value -> ranks.put(value, ranks.size() + 1L));
        return ranks;
    }
}
