package org.crosscheck.service;

import java.nio.file.Path;
import org.crosscheck.service.refi.NotImported;

/**
 * What an import of a .qdpx brought in, what of it was already in the project, and what Crosscheck
 * could not represent, counted by what it is.
 *
 * @param tagsReused codes taken for tags of the same name the project had already
 * @param duplicates texts already in the project, left out with their codings
 */
public record QdpxImported(Path file, int sources, int duplicates, int tags, int tagsReused, int claims,
                           NotImported notImported) {

    /**
     * One paragraph for the status bar and standard error: "Imported 2 articles, 3 tags and 5 coded
     * passages from study.qdpx. Not imported (Crosscheck cannot represent them): 1 picture source."
     */
    public String summary() {
        StringBuilder text = new StringBuilder("Imported ").append(count(sources, "article", "articles"))
                .append(", ").append(count(tags, "tag", "tags")).append(" and ")
                .append(count(claims, "coded passage", "coded passages")).append(" from ").append(file.getFileName());
        if (tagsReused > 0) {
            text.append("; ").append(count(tagsReused, "code", "codes")).append(" joined the project's tags of the same name");
        }
        if (duplicates > 0) {
            text.append("; ").append(count(duplicates, "article was", "articles were"))
                    .append(" in the project already, and left out with ").append(duplicates == 1 ? "its" : "their")
                    .append(" codings");
        }
        text.append('.');
        if (!notImported.isEmpty()) {
            text.append(" Not imported (Crosscheck cannot represent them): ").append(notImported.inWords()).append('.');
        }
        return text.toString();
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
