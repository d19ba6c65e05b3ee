package org.crosscheck.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.GroupEdits;

/**
 * The hand edits of groups with the ids a restore gave the claims and stories they name. A group
 * of a story's toll is named by its story ("q:s12|people killed|"), so its id follows the story's.
 * An edit of a claim the file does not hold had no effect there and is left out, since its id
 * might be a different claim's here. A story the file does not hold may still name a group (one
 * merged into, say), so it gets an id no story will have: the edit keeps its effect and touches
 * no other group.
 */
final class GroupEditsRemap {

    private static final Pattern STORY_GROUP = Pattern.compile("^q:s(\\d{1,18})\\|");

    private GroupEditsRemap() {
    }

    /** The ids of the stories that group ids name. */
    static Set<Long> storiesNamed(GroupEdits edits) {
        Set<Long> stories = new HashSet<>();
        Set<String> groups = new HashSet<>(edits.names().keySet());
        groups.addAll(edits.notes().keySet());
        groups.addAll(edits.merges().keySet());
        groups.addAll(edits.merges().values());
        groups.addAll(edits.moves().values());
        groups.forEach(group -> storyOf(group).ifPresent(stories::add));
        return stories;
    }

    /** {@code stories} maps every story {@link #storiesNamed} gives; {@code claims} the claims there are. */
    static GroupEdits remap(GroupEdits edits, Map<Long, Long> claims, Map<Long, Long> stories) {
        Map<Long, String> moves = new HashMap<>();
        edits.moves().forEach((claim, group) -> {
            if (claims.containsKey(claim)) {
                moves.put(claims.get(claim), group(group, stories));
            }
        });
        List<GroupEdits.EventLink> events = edits.events().stream()
                .map(event -> new GroupEdits.EventLink(event.id(), event.name(), known(event.claimIds(), claims)))
                .toList();
        List<GroupEdits.VerdictOverride> overrides = edits.overrides().stream()
                .filter(override -> claims.containsKey(override.claimA()) && claims.containsKey(override.claimB()))
                .map(override -> new GroupEdits.VerdictOverride(claims.get(override.claimA()),
                        claims.get(override.claimB()), override.verdict(), override.note()))
                .toList();
        Set<String> dismissed = new HashSet<>();
        for (String pair : edits.dismissed()) {
            String[] ids = pair.split("-");
            Long a = claims.get(Long.parseLong(ids[0]));
            Long b = claims.get(Long.parseLong(ids[1]));
            if (a != null && b != null) {
                dismissed.add(Math.min(a, b) + "-" + Math.max(a, b));
            }
        }
        return new GroupEdits(keys(edits.names(), stories), keys(edits.notes(), stories), merges(edits, stories),
                moves, known(edits.excluded(), claims), events, overrides, dismissed);
    }

    private static Map<String, String> keys(Map<String, String> byGroup, Map<Long, Long> stories) {
        Map<String, String> remapped = new HashMap<>();
        byGroup.forEach((group, value) -> remapped.put(group(group, stories), value));
        return remapped;
    }

    private static Map<String, String> merges(GroupEdits edits, Map<Long, Long> stories) {
        Map<String, String> remapped = new HashMap<>();
        edits.merges().forEach((from, into) -> remapped.put(group(from, stories), group(into, stories)));
        return remapped;
    }

    private static Set<Long> known(Set<Long> claimIds, Map<Long, Long> claims) {
        Set<Long> remapped = new HashSet<>();
        claimIds.stream().filter(claims::containsKey).forEach(id -> remapped.add(claims.get(id)));
        return remapped;
    }

    static String group(String groupId, Map<Long, Long> stories) {
        Optional<Long> story = storyOf(groupId);
        if (story.isEmpty() || !stories.containsKey(story.get())) {
            return groupId;
        }
        return "q:s" + stories.get(story.get()) + groupId.substring(groupId.indexOf('|'));
    }

    private static Optional<Long> storyOf(String groupId) {
        Matcher matcher = STORY_GROUP.matcher(groupId);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
