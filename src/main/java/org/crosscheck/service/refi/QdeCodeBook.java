package org.crosscheck.service.refi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Tag;

/**
 * Writes the CodeBook: the claim kinds and review statuses (see {@link CrosscheckCodes}), then the
 * researcher's tags, a child tag as a Code inside its parent's, so the nesting goes across.
 */
final class QdeCodeBook {

    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private QdeCodeBook() {
    }

    static void write(XmlOut xml, List<Tag> tags) throws XMLStreamException {
        xml.start("CodeBook");
        xml.start("Codes");
        xml.start("Code", "guid", CrosscheckCodes.KIND_ROOT, "name", "Claim kind", "isCodable", "false");
        for (ClaimKind kind : ClaimKind.values()) {
            xml.empty("Code", "guid", CrosscheckCodes.kind(kind), "name", kind.key(), "isCodable", "true",
                    "color", CrosscheckCodes.color(kind));
        }
        xml.end();
        xml.start("Code", "guid", CrosscheckCodes.STATUS_ROOT, "name", "Claim status", "isCodable", "false");
        for (ClaimStatus status : ClaimStatus.values()) {
            xml.empty("Code", "guid", CrosscheckCodes.status(status), "name", status.key(), "isCodable", "true");
        }
        xml.end();
        Map<Long, List<Tag>> children = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        tags.forEach(tag -> ids.add(tag.id()));
        List<Tag> roots = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.parentId() == null || !ids.contains(tag.parentId())) {
                roots.add(tag);
            } else {
                children.computeIfAbsent(tag.parentId(), parent -> new ArrayList<>()).add(tag);
            }
        }
        Set<Long> written = new HashSet<>();
        for (Tag root : byId(roots)) {
            tag(xml, root, children, written);
        }
        xml.end();
        xml.end();
    }

    /** {@code written} guards against a loop of parents, which the store should never hold. */
    private static void tag(XmlOut xml, Tag tag, Map<Long, List<Tag>> children, Set<Long> written)
            throws XMLStreamException {
        if (!written.add(tag.id())) {
            return;
        }
        String color = RGB.matcher(tag.color()).matches() ? tag.color() : null;
        List<Tag> nested = byId(children.getOrDefault(tag.id(), List.of()));
        if (nested.isEmpty()) {
            xml.empty("Code", "guid", RefiGuids.tag(tag.id()), "name", tag.name(), "isCodable", "true", "color", color);
            return;
        }
        xml.start("Code", "guid", RefiGuids.tag(tag.id()), "name", tag.name(), "isCodable", "true", "color", color);
        for (Tag child : nested) {
            tag(xml, child, children, written);
        }
        xml.end();
    }

    private static List<Tag> byId(List<Tag> tags) {
        return tags.stream().sorted(Comparator.comparingLong(Tag::id)).toList();
    }
}
