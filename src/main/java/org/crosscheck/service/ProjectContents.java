package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Story;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectRows;

/**
 * Everything a project holds, as a JSON project file carries it (see README, "JSON project"): its
 * tables' rows, its alias table and its hand edits of groups. Ids are those of the project it was
 * read from, or of the file; a restore gives new ones. Immutable.
 *
 * @param aliases the project's own alias table, or null when it uses the default one
 * @param chains  the citation chains saved, by claim id (read from the text or set by the researcher)
 * @param identities who the researcher said a speaker is, by article id, then by the written speaker's name key
 * @param sourceGrades the grades the researcher gave speakers and outlets
 * @param speakerMerges the researcher's answers to whether speakers of two articles are one person
 * @param entityLinks by claim id, the entities of {@code aliases} its subject and place are linked to, by
 *                    canonical name: the project's ids are its own, a file names the entities
 */
public record ProjectContents(ProjectRows.Tables tables, List<Entity> aliases, GroupEdits groupEdits,
                              Map<Long, CitationChain> chains, Map<Long, Map<String, String>> identities,
                              List<org.crosscheck.model.SourceGrade> sourceGrades,
                              List<org.crosscheck.model.SpeakerMerge> speakerMerges,
                              Map<Long, EntityNames> entityLinks) {

    /** The canonical names of the entities a claim is linked to; null where it has no link. */
    public record EntityNames(String subject, String place) {
    }

    /** A project's contents whose claims are linked to no entity. */
    public ProjectContents(ProjectRows.Tables tables, List<Entity> aliases, GroupEdits groupEdits,
                           Map<Long, CitationChain> chains, Map<Long, Map<String, String>> identities,
                           List<org.crosscheck.model.SourceGrade> sourceGrades,
                           List<org.crosscheck.model.SpeakerMerge> speakerMerges) {
        this(tables, aliases, groupEdits, chains, identities, sourceGrades, speakerMerges, Map.of());
    }

    public ProjectContents {
        aliases = aliases == null ? null : List.copyOf(aliases);
        groupEdits = groupEdits == null ? GroupEdits.NONE : groupEdits;
        chains = chains == null ? Map.of() : Map.copyOf(chains);
        identities = identities == null ? Map.of() : Map.copyOf(identities);
        sourceGrades = sourceGrades == null ? List.of() : List.copyOf(sourceGrades);
        speakerMerges = speakerMerges == null ? List.of() : List.copyOf(speakerMerges);
        entityLinks = entityLinks == null ? Map.of() : Map.copyOf(entityLinks);
    }

    /** A project's contents without answers about speakers across articles. */
    public ProjectContents(ProjectRows.Tables tables, List<Entity> aliases, GroupEdits groupEdits,
                           Map<Long, CitationChain> chains, Map<Long, Map<String, String>> identities,
                           List<org.crosscheck.model.SourceGrade> sourceGrades) {
        this(tables, aliases, groupEdits, chains, identities, sourceGrades, List.of());
    }

    /** A project's contents with no citation chains saved and no speaker identified by hand, no speaker or outlet graded. */
    public ProjectContents(ProjectRows.Tables tables, List<Entity> aliases, GroupEdits groupEdits) {
        this(tables, aliases, groupEdits, Map.of(), Map.of(), List.of());
    }

    public List<ProjectRows.Article> sources() {
        return tables.sources();
    }

    public List<Claim> claims() {
        return tables.claims();
    }

    public List<Tag> tags() {
        return tables.tags();
    }

    public List<Story> stories() {
        return tables.stories();
    }
}
