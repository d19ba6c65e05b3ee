package org.crosscheck.service.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads a .qdpx written by any tool that follows the standard (README, "REFI-QDA project"): checks it
 * whole first (zip, schema, every text it names), then takes what Crosscheck can represent — the
 * codebook, the text sources with their coded passages, notes on either, and the speakers and outlets
 * of a Crosscheck export's cases — and counts everything else in {@link NotImported}. Touches no
 * project, so a file refused here leaves nothing behind.
 */
public final class QdeReader {

    private final NotImported notImported = new NotImported();
    private final Map<String, String> notes = new HashMap<>();
    private final Set<String> notesUsed = new HashSet<>();
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> speakers = new HashMap<>();
    private final Map<String, String> outlets = new HashMap<>();

    private QdeReader() {
    }

    /** @throws QdpxFileException naming the file and what in it is wrong */
    public static QdpxProject read(Path file) {
        try (QdpxArchive archive = QdpxArchive.open(file)) {
            Element project = QdeDocument.parse(file, archive.project()).getDocumentElement();
            return new QdeReader().read(archive, project);
        }
    }

    private QdpxProject read(QdpxArchive archive, Element project) {
        List<QdpxProject.Code> codes = new ArrayList<>();
        for (Element codeBook : Dom.grandchildren(project, "CodeBook", "Codes")) {
            Dom.children(codeBook, "Code").forEach(root -> code(root, null, codes));
        }
        for (Element note : Dom.grandchildren(project, "Notes", "Note")) {
            String text = Dom.childText(note, "PlainTextContent");
            if (text.isEmpty() && note.hasAttribute("plainTextPath")) {
                text = archive.text(note.getAttribute("plainTextPath")).orElse("");
            }
            notes.put(Dom.guid(note, "guid"), text.strip());
        }
        for (Element variable : Dom.grandchildren(project, "Variables", "Variable")) {
            variables.put(Dom.guid(variable, "guid"), variable.getAttribute("name"));
        }
        Dom.grandchildren(project, "Cases", "Case").forEach(this::kase);
        List<QdpxProject.Text> texts = new QdeTexts(archive, this).read(Dom.children(project, "Sources"));
        notImported.add("set", "sets", Dom.grandchildren(project, "Sets", "Set").size());
        notImported.add("graph", "graphs", Dom.grandchildren(project, "Graphs", "Graph").size());
        notImported.add("link", "links", Dom.grandchildren(project, "Links", "Link").size());
        notImported.add("note not on a source or a coded passage", "notes not on a source or a coded passage",
                (int) notes.keySet().stream().filter(note -> !notesUsed.contains(note)).count());
        return new QdpxProject(codes, texts, notImported);
    }

    /** A code and, after it, the codes nested in it, so that a parent always comes before its children. */
    private void code(Element code, String parent, List<QdpxProject.Code> codes) {
        String guid = Dom.guid(code, "guid");
        codes.add(new QdpxProject.Code(guid, code.getAttribute("name"), code.getAttribute("color"), parent));
        if (!Dom.childText(code, "Description").isBlank()) {
            notImported.add("description of a code", "descriptions of codes", 1);
        }
        Dom.children(code, "Code").forEach(child -> code(child, guid, codes));
    }

    /** The speaker and outlet cases a Crosscheck export writes; any other case cannot be represented. */
    private void kase(Element kase) {
        String name = kase.getAttribute("name");
        List<Element> selections = Dom.children(kase, "SelectionRef");
        if (name.startsWith(QdeCases.SPEAKER)) {
            selections.forEach(ref -> speakers.put(Dom.guid(ref, "targetGUID"), name.substring(QdeCases.SPEAKER.length())));
        } else if (name.startsWith(QdeCases.OUTLET)) {
            selections.forEach(ref -> outlets.put(Dom.guid(ref, "targetGUID"), name.substring(QdeCases.OUTLET.length())));
        } else {
            notImported.add("case", "cases", 1);
        }
    }

    NotImported notImported() {
        return notImported;
    }

    /** The notes a list of NoteRefs names, one paragraph each; each note so named counts as used. */
    String notes(List<Element> refs) {
        List<String> texts = new ArrayList<>();
        for (Element ref : refs) {
            String guid = Dom.guid(ref, "targetGUID");
            String text = notes.get(guid);
            if (text != null && !text.isEmpty()) {
                notesUsed.add(guid);
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    String variable(String guid) {
        return variables.get(guid);
    }

    String speaker(String selection) {
        return speakers.getOrDefault(selection, "");
    }

    String outlet(String selection) {
        return outlets.getOrDefault(selection, "");
    }
}
