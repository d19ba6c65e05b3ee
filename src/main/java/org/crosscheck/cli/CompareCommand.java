package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.Origins;
import org.crosscheck.model.CitationChain;
import org.crosscheck.compare.PairVerdict;
import org.crosscheck.compare.Statement;
import org.crosscheck.service.Workbench;

/** {@code compare --project PATH}: the comparison groups of a project with their verdicts, as JSON. */
final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "compare --project PATH";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            Json.printArray(out, "groups", workbench.comparison().compare().groups(), CompareCommand::toJson);
            return 0;
        }
    }

    private static ObjectNode toJson(ComparisonGroup group) {
        ObjectNode node = Json.object();
        node.put("name", group.name());
        Json.putText(node, "key", group.key() == null ? null : group.key().display());
        Json.putText(node, "story", group.story().map(Statement.StoryRef::name).orElse(null));
        Json.putText(node, "note", group.note());
        ArrayNode statements = node.putArray("statements");
        for (Statement statement : group.statements()) {
            ObjectNode item = statements.addObject();
            item.put("source", statement.sourceTitle());
            Json.putText(item, "file", statement.file());
            item.put("text", statement.quote());
            Json.putNumber(item, "low", statement.claim().quantity().low());
            Json.putNumber(item, "high", statement.claim().quantity().high());
            Json.putText(item, "qualifier", statement.claim().quantity().qualifier());
            Json.putText(item, "role", statement.claim().quantity().role());
            Json.putText(item, "speaker", statement.claim().speaker());
            Json.putText(item, "outlet", statement.outletOrSource());
            Json.putText(item, "place", statement.claim().place());
            Json.putText(item, "refersTo", statement.claim().refersTo().date().isKnown()
                    ? statement.claim().refersTo().date().display() : null);
            Json.putText(item, "published", statement.published().isKnown() ? statement.published().display() : null);
            item.set("chain", chainJson(statement.chain()));
        }
        node.put("evidence", group.evidence());
        ArrayNode origins = node.putArray("origins");
        for (Origins.Origin origin : group.origins()) {
            ObjectNode item = origins.addObject();
            item.put("name", origin.name());
            ArrayNode members = item.putArray("statements");
            origin.statements().forEach(members::add);
        }
        ArrayNode verdicts = node.putArray("verdicts");
        for (PairVerdict pair : group.verdicts()) {
            ObjectNode item = verdicts.addObject();
            item.put("a", pair.a());
            item.put("b", pair.b());
            item.put("verdict", pair.verdict().key());
            item.put("reason", pair.reason());
            if (pair.overridden()) {
                item.put("overridden", true);
                item.put("note", pair.overrideNote());
            }
        }
        return node;
    }

    /** {"speaker": …, "carriers": […], "outlet": …, "edited": …, "text": "Kabulov → Interfax → Breitbart News"}. */
    static ObjectNode chainJson(CitationChain chain) {
        ObjectNode node = Json.object();
        Json.putText(node, "speaker", chain.speaker());
        ArrayNode carriers = node.putArray("carriers");
        chain.carriers().forEach(carriers::add);
        Json.putText(node, "outlet", chain.outlet());
        node.put("edited", chain.edited());
        node.put("text", chain.describe());
        return node;
    }
}
