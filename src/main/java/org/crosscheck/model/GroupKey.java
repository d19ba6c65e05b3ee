package org.crosscheck.model;

/**
 * What makes statements about the same quantity. Two kinds of key:
 * <ul>
 *   <li><b>a toll of one story</b> — a figure with a role ("killed", "injured", "arrested") counts
 *       what happened in one incident, so it is keyed by its story and what it counts with its role:
 *       "10 people injured" in three reports of one shooting is one group, the same words in a
 *       report of another shooting another group. The place is left out: the story fixes it, and
 *       reports name it differently ("Alturas", "Modoc County");</li>
 *   <li><b>a figure about an actor</b> — the entity it is about (after aliases, so only entities the
 *       researcher's alias table knows), the thing counted and the base place, so "northern
 *       Afghanistan" joins "Afghanistan" and figures for one entity from different stories compare.
 *       Without a known entity the story stands in for it.</li>
 * </ul>
 * A figure with neither a story nor a known entity is not grouped: "people" or "percent" alone
 * would join figures from unrelated stories. The comparison finds a statement's key
 * ({@code compare.GroupKeys}); this is the key as the layers hand it on.
 *
 * @param subject the entity, or the story's name for a story key
 * @param counted what is counted with its role ("people injured", "fighters")
 * @param id      a stable text form, used to refer to the group in hand edits
 * @param storyId the story of a story key, 0 for an entity key
 */
public record GroupKey(String subject, String counted, String place, String id, long storyId) {

    public boolean isStory() {
        return storyId != 0;
    }

    /** "Islamic State · fighters · Afghanistan", "Alturas shooting · people killed", leaving out what is unknown. */
    public String display() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {subject, counted, place}) {
            if (!part.isBlank()) {
                text.append(text.length() == 0 ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

}
