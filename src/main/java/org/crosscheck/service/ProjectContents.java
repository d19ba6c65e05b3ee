package org.crosscheck.service;

import java.util.List;
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
 */
public record ProjectContents(ProjectRows.Tables tables, List<Entity> aliases, GroupEdits groupEdits) {

    public ProjectContents {
        aliases = aliases == null ? null : List.copyOf(aliases);
        groupEdits = groupEdits == null ? GroupEdits.NONE : groupEdits;
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
