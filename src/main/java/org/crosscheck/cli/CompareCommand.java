package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.crosscheck.model.CitationChain;
import org.crosscheck.service.ComparisonJson;
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
            // written group by group in the service, which knows the groups; this layer sees none of their types
            ComparisonJson.write(workbench.comparison().compare(), out);
            return 0;
        }
    }

    /**
     * A chain as a tree, for the {@code speakers} command: {"speaker": …, "carriers": […], "outlet": …,
     * "edited": …, "text": "Kabulov → Interfax → Breitbart News"}.
     */
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
