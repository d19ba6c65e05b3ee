package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.crosscheck.model.SearchHit;
import org.crosscheck.service.Workbench;
import org.crosscheck.model.SearchSyntaxException;

/**
 * {@code search --project PATH QUERY [--limit N]}: the project's full-text hits as JSON, each with
 * the character offsets of what matched in its article's stored text.
 */
final class SearchCommand implements Command {

    private static final int DEFAULT_LIMIT = 20;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search --project PATH QUERY [--limit N]";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        String query = String.join(" ", arguments.plain());
        if (query.isBlank()) {
            throw new UsageException("a QUERY to search for is required");
        }
        int limit = limit(arguments);
        try (Workbench workbench = Projects.openExisting(arguments.required("project"))) {
            ObjectNode root = Json.object();
            ArrayNode hits = root.putArray("hits");
            for (SearchHit hit : workbench.search().find(query, limit)) {
                ObjectNode item = hits.addObject();
                Json.putText(item, "file", hit.file());
                item.put("source", hit.title());
                item.put("start", hit.start());
                item.put("end", hit.end());
                item.put("snippet", hit.snippet());
            }
            out.println(Json.write(root));
            return 0;
        } catch (SearchSyntaxException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int limit(Arguments arguments) {
        String value = arguments.option("limit").orElse(Integer.toString(DEFAULT_LIMIT));
        try {
            int limit = Integer.parseInt(value);
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new UsageException("--limit must be a whole number above 0, not " + value);
    }
}
