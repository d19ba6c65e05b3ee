package org.crosscheck.service.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The Sources of project.qde: each TextSource (and the text representation of a PDFSource) with its
 * coded passages, positions turned from the file's characters into Crosscheck's offsets; pictures,
 * audio, video, PDF areas and codings of a whole source counted as what Crosscheck cannot represent.
 */
final class QdeTexts {

    private final QdpxArchive archive;
    private final QdeReader project;
    private final NotImported notImported;

    QdeTexts(QdpxArchive archive, QdeReader project) {
        this.archive = archive;
        this.project = project;
        this.notImported = project.notImported();
    }

    List<QdpxProject.Text> read(List<Element> sourcesElements) {
        List<QdpxProject.Text> texts = new ArrayList<>();
        for (Element sources : sourcesElements) {
            for (Element source : Dom.children(sources, "TextSource")) {
                text(source, source.getAttribute("name")).ifPresent(texts::add);
            }
            for (Element pdf : Dom.children(sources, "PDFSource")) {
                pdf(pdf).ifPresent(texts::add);
            }
            notImported.add("picture source", "picture sources", Dom.children(sources, "PictureSource").size());
            notImported.add("audio source", "audio sources", Dom.children(sources, "AudioSource").size());
            notImported.add("video source", "video sources", Dom.children(sources, "VideoSource").size());
        }
        return texts;
    }

    /** A PDF comes in by its text representation, if it has one; its areas of pages cannot. */
    private Optional<QdpxProject.Text> pdf(Element pdf) {
        notImported.add("PDF selection (an area of a page)", "PDF selections (areas of pages)",
                Dom.children(pdf, "PDFSelection").size());
        notImported.add("coding of a whole source", "codings of whole sources", Dom.children(pdf, "Coding").size());
        List<Element> representation = Dom.children(pdf, "Representation");
        if (representation.isEmpty()) {
            notImported.add("PDF source without a text representation", "PDF sources without a text representation", 1);
            return Optional.empty();
        }
        String name = representation.get(0).getAttribute("name").isBlank() ? pdf.getAttribute("name")
                : representation.get(0).getAttribute("name");
        return text(representation.get(0), name);
    }

    private Optional<QdpxProject.Text> text(Element source, String name) {
        Optional<String> written = written(source);
        if (written.isEmpty()) {
            notImported.add("text source whose text is outside the .qdpx", "text sources whose text is outside the .qdpx", 1);
            return Optional.empty();
        }
        PlainText plain = PlainText.of(written.get());
        if (plain.text().isBlank()) {
            notImported.add("empty text source", "empty text sources", 1);
            return Optional.empty();
        }
        notImported.add("coding of a whole source", "codings of whole sources", Dom.children(source, "Coding").size());
        List<QdpxProject.Passage> passages = new ArrayList<>();
        for (Element selection : Dom.children(source, "PlainTextSelection")) {
            passage(selection, plain).ifPresentOrElse(passages::add, () -> notImported.add(
                    "coded passage outside its source's text", "coded passages outside their sources' texts", 1));
        }
        List<QdpxProject.Variable> variables = new ArrayList<>();
        for (Element value : Dom.children(source, "VariableValue")) {
            String variable = Dom.children(value, "VariableRef").stream().map(ref -> Dom.guid(ref, "targetGUID"))
                    .map(project::variable).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String content = valueOf(value);
            if (variable == null || content.isBlank()) {
                continue;
            }
            if (SourceVariable.named(variable).isPresent()) {
                variables.add(new QdpxProject.Variable(variable, content.strip()));
            } else {
                notImported.add("value of the variable " + variable, "values of the variable " + variable, 1);
            }
        }
        return Optional.of(new QdpxProject.Text(name.strip(), plain.text(), variables,
                project.notes(Dom.children(source, "NoteRef")), passages));
    }

    /** The text as written: in the file's sources/ folder, or inside project.qde. */
    private Optional<String> written(Element source) {
        if (!Dom.children(source, "PlainTextContent").isEmpty()) {
            return Optional.of(Dom.childText(source, "PlainTextContent"));
        }
        return source.hasAttribute("plainTextPath") ? archive.text(source.getAttribute("plainTextPath"))
                : Optional.empty();
    }

    private Optional<QdpxProject.Passage> passage(Element selection, PlainText plain) {
        int start;
        int end;
        try {
            start = plain.index(Long.parseLong(selection.getAttribute("startPosition").strip()));
            end = plain.index(Long.parseLong(selection.getAttribute("endPosition").strip()));
        } catch (NumberFormatException beyondAnyText) {
            return Optional.empty(); // an integer too large for a long is past the end of any text
        }
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<Element> noteRefs = new ArrayList<>(Dom.children(selection, "NoteRef"));
        for (Element coding : Dom.children(selection, "Coding")) {
            Dom.children(coding, "CodeRef").forEach(ref -> codes.add(Dom.guid(ref, "targetGUID")));
            noteRefs.addAll(Dom.children(coding, "NoteRef"));
        }
        String guid = Dom.guid(selection, "guid");
        return Optional.of(new QdpxProject.Passage(start, end, codes, project.notes(noteRefs), project.speaker(guid),
                project.outlet(guid)));
    }

    /** A variable's value of whatever type, as written. */
    private static String valueOf(Element value) {
        for (String type : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
                "DateTimeValue")) {
            if (!Dom.children(value, type).isEmpty()) {
                return Dom.childText(value, type);
            }
        }
        return "";
    }
}
