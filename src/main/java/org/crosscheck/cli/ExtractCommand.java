package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.service.FileExtraction;

/**
 * {@code extract [--published YYYY-MM-DD] FILE...}: what the extractor finds in each file, as one
 * JSON document. Offsets index the file's text as decoded (line ends made {@code \n}, no
 * byte-order mark). A file that cannot be read is named on standard error and the exit code is 1;
 * the others are still processed.
 */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String usage() {
        return "extract [--published YYYY-MM-DD] FILE...";
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        if (arguments.files().isEmpty()) {
            throw new UsageException("name at least one file to read");
        }
        LocalDate published = arguments.date("published").orElse(null);
        List<String> failures = new ArrayList<>();
        List<FileExtraction.Result> results = FileExtraction.read(arguments.files(), published, (file, reason) -> {
            failures.add(reason);
            err.println("crosscheck extract: " + reason);
        });
        Json.printArray(out, "sources", results, result -> {
            ObjectNode source = Json.object();
            source.put("file", result.file().toString());
            Json.putText(source, "published", published == null ? null : published.toString());
            ArrayNode claims = source.putArray("claims");
            for (java.util.Map<String, Object> mention : result.mentions()) {
                claims.add(Json.MAPPER.valueToTree(mention));
            }
            return source;
        });
        return failures.isEmpty() ? 0 : 1;
    }
}
