package org.crosscheck.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

/**
 * Whether the parts of a project file fit together as a project's tables must: ids unique, every
 * claim inside the text of a source of the file, every tag, parent and story it names there, no
 * tag its own ancestor, no text twice. Group edits may name claims and stories that are gone, as
 * a project's own may; the restore leaves those out (see {@link GroupEditsRemap}).
 */
final class ProjectFileCheck {

    private ProjectFileCheck() {
    }

    static void check(ProjectContents contents) {
        unique("sources", contents.sources(), article -> article.source().id());
        unique("claims", contents.claims(), Claim::id);
        unique("tags", contents.tags(), Tag::id);
        unique("stories", contents.stories(), story -> story.id());
        Set<Long> stories = new HashSet<>();
        contents.stories().forEach(story -> stories.add(story.id()));
        Map<Long, Integer> textLengths = new HashMap<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < contents.sources().size(); i++) {
            ProjectRows.Article article = contents.sources().get(i);
            textLengths.put(article.source().id(), article.source().text().length());
            if (article.storyId() != null && !stories.contains(article.storyId())) {
                throw new ProjectFileException("sources[" + i + "].story " + article.storyId() + " is no story of the file");
            }
            if (!hashes.add(article.source().contentHash())) {
                throw new ProjectFileException("sources[" + i + "] holds the same text (contentHash) as an earlier source");
            }
        }
        Map<Long, Tag> tags = tags(contents.tags());
        for (int i = 0; i < contents.claims().size(); i++) {
            Claim claim = contents.claims().get(i);
            Integer length = textLengths.get(claim.sourceId());
            if (length == null) {
                throw new ProjectFileException("claims[" + i + "].source " + claim.sourceId() + " is no source of the file");
            }
            if (claim.end() > length) {
                throw new ProjectFileException("claims[" + i + "].end " + claim.end() + " lies past the end of its source's "
                        + "text (" + length + " characters)");
            }
            for (long tagId : claim.tagIds()) {
                if (!tags.containsKey(tagId)) {
                    throw new ProjectFileException("claims[" + i + "].tags names " + tagId + ", which is no tag of the file");
                }
            }
        }
    }

    private static Map<Long, Tag> tags(List<Tag> list) {
        Map<Long, Tag> tags = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            tags.put(list.get(i).id(), list.get(i));
            if (!names.add(list.get(i).name())) {
                throw new ProjectFileException("tags[" + i + "].name “" + list.get(i).name() + "” is the name of an earlier tag");
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Long parent = list.get(i).parentId();
            Set<Long> seen = new HashSet<>(Set.of(list.get(i).id()));
            while (parent != null) {
                Tag above = tags.get(parent);
                if (above == null) {
                    throw new ProjectFileException("tags[" + i + "] has parent " + parent + ", which is no tag of the file");
                }
                if (!seen.add(parent)) {
                    throw new ProjectFileException("tags[" + i + "] is nested within itself (through parent " + parent + ")");
                }
                parent = above.parentId();
            }
        }
        return tags;
    }

    private static <T> void unique(String table, List<T> rows, ToLongFunction<T> id) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            long value = id.applyAsLong(rows.get(i));
            if (!seen.add(value)) {
                throw new ProjectFileException(table + "[" + i + "].id " + value + " is the id of an earlier one");
            }
        }
    }
}
