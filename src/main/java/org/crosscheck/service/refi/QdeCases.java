package org.crosscheck.service.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.crosscheck.model.Claim;
import org.crosscheck.store.ProjectRows;

/**
 * Writes the Variables (a source's outlet, author, URL, publication date and grade, see
 * {@link SourceVariable}) and the Cases: one per speaker ("Speaker: Zamir Kabulov", its coded
 * passages) and one per outlet ("Outlet: TASS", the articles it published and the passages
 * attributed to it), so that a QDA tool can sort and compare by who said it and through whom.
 */
final class QdeCases {

    static final String SPEAKER = "Speaker: ";
    static final String OUTLET = "Outlet: ";

    private QdeCases() {
    }

    static void writeVariables(XmlOut xml) throws XMLStreamException {
        xml.start("Variables");
        for (SourceVariable variable : SourceVariable.values()) {
            xml.empty("Variable", "guid", variable.guid(), "name", variable.label(), "typeOfVariable", "Text");
        }
        xml.end();
    }

    static void writeCases(XmlOut xml, List<ProjectRows.Article> sources, List<Claim> claims)
            throws XMLStreamException {
        Map<String, Members> cases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ProjectRows.Article article : sources) {
            if (!article.source().outlet().isEmpty()) {
                cases.computeIfAbsent(OUTLET + article.source().outlet(), Members::new).sources
                        .add(RefiGuids.source(article.source().id()));
            }
        }
        for (Claim claim : claims) {
            if (!claim.speaker().isEmpty()) {
                cases.computeIfAbsent(SPEAKER + claim.speaker(), Members::new).selections
                        .add(RefiGuids.selection(claim.id()));
            }
            if (!claim.outlet().isEmpty()) {
                cases.computeIfAbsent(OUTLET + claim.outlet(), Members::new).selections
                        .add(RefiGuids.selection(claim.id()));
            }
        }
        if (cases.isEmpty()) {
            return; // the schema wants at least one Case inside Cases
        }
        xml.start("Cases");
        for (Members members : cases.values()) {
            xml.start("Case", "guid", RefiGuids.fixed("case:" + members.name.toLowerCase(java.util.Locale.ROOT)),
                    "name", members.name);
            for (String source : members.sources) {
                xml.empty("SourceRef", "targetGUID", source);
            }
            for (String selection : members.selections) {
                xml.empty("SelectionRef", "targetGUID", selection);
            }
            xml.end();
        }
        xml.end();
    }

    /** A case's name as first met (the spelling of the first article or claim), and what belongs to it. */
    private static final class Members {
        final String name;
        final List<String> sources = new ArrayList<>();
        final List<String> selections = new ArrayList<>();

        Members(String name) {
            this.name = name;
        }
    }
}
