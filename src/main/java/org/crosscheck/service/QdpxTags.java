package org.crosscheck.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Tag;

/**
 * Which tag a code of a .qdpx becomes. A code named like a tag the project had before joins that tag
 * (the same code brought in twice, or a codebook shared between projects), and keeps the tag's place
 * in the tree. Tag names are unique in a project, so a second code of one name in the same file — QDA
 * tools allow "Positive" under "Economy" and under "Health" — gets its parent's name beside it.
 */
final class QdpxTags {

    private static final Pattern RGB6 = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern RGB3 = Pattern.compile("#[0-9a-fA-F]{3}");

    /** A tag for a code: one of the project's ({@code isNew} false), or one to insert. */
    record Found(Tag tag, boolean isNew) {
    }

    private final Map<String, Tag> before = new HashMap<>();
    private final Map<Long, Tag> byId = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    QdpxTags(Iterable<Tag> projectTags) {
        for (Tag tag : projectTags) {
            before.put(key(tag.name()), tag);
            byId.put(tag.id(), tag);
            taken.add(key(tag.name()));
        }
    }

    /** The tag for a code of this name and colour, nested in the tag {@code parent} (null: at the top). */
    Found find(String name, String color, Long parent) {
        String wanted = name.isBlank() ? "Untitled code" : name.strip();
        Tag existing = before.get(key(wanted));
        if (existing != null) {
            return new Found(existing, false);
        }
        String unique = wanted;
        if (taken.contains(key(unique)) && parent != null && byId.containsKey(parent)) {
            unique = wanted + " (" + byId.get(parent).name() + ")";
        }
        for (int n = 2; taken.contains(key(unique)); n++) {
            unique = wanted + " (" + n + ")";
        }
        return new Found(new Tag(0, unique, color(color), parent), true);
    }

    /** A tag inserted for a code of the file: its name is taken now, and it may be a parent. */
    void created(Tag tag) {
        taken.add(key(tag.name()));
        byId.put(tag.id(), tag);
    }

    /** The standard's colours (#rrggbb or #rgb) as the window's; none is the default grey. */
    static String color(String color) {
        String given = color == null ? "" : color.strip();
        if (RGB6.matcher(given).matches()) {
            return given.toLowerCase(Locale.ROOT);
        }
        if (RGB3.matcher(given).matches()) {
            StringBuilder wide = new StringBuilder("#");
            for (char digit : given.substring(1).toLowerCase(Locale.ROOT).toCharArray()) {
                wide.append(digit).append(digit);
            }
            return wide.toString();
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
