package org.crosscheck.service;

import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.compare.GroupEdits;
import org.crosscheck.extract.Entity;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;

/**
 * Everything a project holds, as a JSON project file carries it (see README, "JSON project"). Ids
 * are those of the project it was read from, or of the file; a restore gives new ones. Immutable.
 *
 * @param aliases the project's own alias table, or null when it uses the default one
 */
public record ProjectContents(List<Article> sources, List<Claim> claims, List<Tag> tags, List<Story> stories,
                              List<Entity> aliases, GroupEdits groupEdits) {

    public ProjectContents {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        tags = List.copyOf(tags);
        stories = List.copyOf(stories);
        aliases = aliases == null ? null : List.copyOf(aliases);
        groupEdits = groupEdits == null ? GroupEdits.NONE : groupEdits;
    }

    /**
     * A source with what the project keeps beside it: its story (null when in none), whether the
     * researcher put it there, its story terms as saved (null when not read yet) and when it was imported.
     */
    public record Article(Source source, Long storyId, boolean storyByHand, String storyTerms,
                          LocalDateTime importedAt) {
    }
}
