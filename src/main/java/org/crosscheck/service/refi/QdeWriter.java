package org.crosscheck.service.refi;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.service.ProjectContents;
import org.crosscheck.service.Progress;
import org.crosscheck.store.ProjectRows;

/**
 * Writes project.qde, the XML of a .qdpx (README, "REFI-QDA project"): the codebook, the variables
 * and cases, each article as a TextSource whose text is {@code sources/GUID.txt} with its claims as
 * PlainTextSelections coded by kind, status and tags, the notes, and the stories as Sets. Positions
 * count Unicode characters, as the standard does. Nothing in it depends on the time of the export,
 * so two exports of one project are equal. Progress every {@value #STEP} rows may stop the writing.
 */
public final class QdeWriter {

    private static final int STEP = 250;
    private static final int LONGEST_NAME = 200;

    private final Progress progress;
    private long done;
    private long total;
    private Map<Long, org.crosscheck.model.CitationChain> chains = Map.of();

    public QdeWriter(Progress progress) {
        this.progress = progress;
    }

    /** The path inside the .qdpx of an article's text. */
    public static String textEntry(long sourceId) {
        return "sources/" + RefiGuids.source(sourceId) + ".txt";
    }

    public void write(ProjectContents contents, String projectName, OutputStream out) throws XMLStreamException {
        total = contents.sources().size() + contents.claims().size();
        chains = contents.chains();
        Map<Long, List<Claim>> claimsBySource = new HashMap<>();
        contents.claims().forEach(claim ->
                claimsBySource.computeIfAbsent(claim.sourceId(), source -> new ArrayList<>()).add(claim));
        try (XmlOut xml = new XmlOut(out)) {
            xml.start("Project", "name", projectName, "origin", "Crosscheck");
            QdeCodeBook.write(xml, contents.tags());
            QdeCases.writeVariables(xml);
            QdeCases.writeCases(xml, contents.sources(), contents.claims());
            if (!contents.sources().isEmpty()) {
                xml.start("Sources");
                for (ProjectRows.Article article : contents.sources()) {
                    step("Writing the articles");
                    source(xml, article.source(), claimsBySource.getOrDefault(article.source().id(), List.of()));
                }
                xml.end();
            }
            notes(xml, contents);
            stories(xml, contents);
            xml.end();
        }
    }

    private void source(XmlOut xml, Source source, List<Claim> claims) throws XMLStreamException {
        xml.start("TextSource", "guid", RefiGuids.source(source.id()), "name", source.title(),
                "plainTextPath", "internal://" + RefiGuids.source(source.id()) + ".txt");
        CodePoints positions = new CodePoints(source.text());
        for (Claim claim : claims) {
            step("Writing the claims");
            selection(xml, claim, source, positions);
        }
        if (!source.notes().isEmpty()) {
            xml.empty("NoteRef", "targetGUID", RefiGuids.sourceNote(source.id()));
        }
        for (SourceVariable variable : SourceVariable.values()) {
            String value = variable.valueOf(source);
            if (!value.isEmpty()) {
                xml.start("VariableValue");
                xml.empty("VariableRef", "targetGUID", variable.guid());
                xml.text("TextValue", value);
                xml.end();
            }
        }
        xml.end();
    }

    private void selection(XmlOut xml, Claim claim, Source source, CodePoints positions)
            throws XMLStreamException {
        String text = source.text();
        xml.start("PlainTextSelection", "guid", RefiGuids.selection(claim.id()), "name", shortened(claim.textIn(text)),
                "startPosition", Integer.toString(positions.toCodePoints(claim.start())),
                "endPosition", Integer.toString(positions.toCodePoints(claim.end())));
        org.crosscheck.model.CitationChain chain = chains.get(claim.id());
        String details = ClaimDetails.of(claim, chain == null ? null : chain.withOutlet(source.outlet()));
        if (!details.isEmpty()) {
            xml.text("Description", details);
        }
        coding(xml, claim, CrosscheckCodes.kind(claim.kind()));
        coding(xml, claim, CrosscheckCodes.status(claim.status()));
        for (long tag : claim.tagIds().stream().sorted().toList()) {
            coding(xml, claim, RefiGuids.tag(tag));
        }
        if (!claim.note().isEmpty()) {
            xml.empty("NoteRef", "targetGUID", RefiGuids.claimNote(claim.id()));
        }
        xml.end();
    }

    private static void coding(XmlOut xml, Claim claim, String code) throws XMLStreamException {
        xml.start("Coding", "guid", RefiGuids.coding(claim.id(), code));
        xml.empty("CodeRef", "targetGUID", code);
        xml.end();
    }

    /** Each note of an article or a claim as a Note, named after what it is about. */
    private static void notes(XmlOut xml, ProjectContents contents) throws XMLStreamException {
        Map<Long, Source> sources = new HashMap<>();
        contents.sources().forEach(article -> sources.put(article.source().id(), article.source()));
        boolean any = contents.sources().stream().anyMatch(article -> !article.source().notes().isEmpty())
                || contents.claims().stream().anyMatch(claim -> !claim.note().isEmpty());
        if (!any) {
            return; // Notes must hold at least one Note
        }
        xml.start("Notes");
        for (ProjectRows.Article article : contents.sources()) {
            if (!article.source().notes().isEmpty()) {
                note(xml, RefiGuids.sourceNote(article.source().id()), "Note on " + article.source().title(),
                        article.source().notes());
            }
        }
        for (Claim claim : contents.claims()) {
            if (!claim.note().isEmpty()) {
                Source source = sources.get(claim.sourceId());
                String about = source == null ? "a claim" : "\u201c" + shortened(claim.textIn(source.text())) + "\u201d";
                note(xml, RefiGuids.claimNote(claim.id()), "Note on " + about, claim.note());
            }
        }
        xml.end();
    }

    private static void note(XmlOut xml, String guid, String name, String text) throws XMLStreamException {
        xml.start("Note", "guid", guid, "name", shortened(name));
        xml.text("PlainTextContent", text);
        xml.end();
    }

    /** Stories as Sets of their articles: the nearest thing the standard has to a group of sources. */
    private static void stories(XmlOut xml, ProjectContents contents) throws XMLStreamException {
        Map<Long, List<Long>> members = new HashMap<>();
        for (ProjectRows.Article article : contents.sources()) {
            if (article.storyId() != null) {
                members.computeIfAbsent(article.storyId(), story -> new ArrayList<>()).add(article.source().id());
            }
        }
        List<Story> told = contents.stories().stream().filter(story -> members.containsKey(story.id())).toList();
        if (told.isEmpty()) {
            return;
        }
        xml.start("Sets");
        for (Story story : told) {
            xml.start("Set", "guid", RefiGuids.story(story.id()), "name",
                    story.name().isBlank() ? "Story " + story.id() : story.name());
            xml.text("Description", "A story: the articles Crosscheck found to tell the same story or incident.");
            for (long source : members.get(story.id())) {
                xml.empty("MemberSource", "targetGUID", RefiGuids.source(source));
            }
            xml.end();
        }
        xml.end();
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_NAME ? oneLine : oneLine.substring(0, LONGEST_NAME - 1) + "\u2026";
    }

    private void step(String what) {
        if (done % STEP == 0) {
            progress.update(done, total, what);
        }
        done++;
    }
}
