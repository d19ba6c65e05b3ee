package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.TagRepository;

/**
 * Restores a JSON project file (written by {@link ProjectExport}) into an empty project, losslessly:
 * the comparison of the restored project is the original's. A project that already holds
 * articles or tags is refused, since mixing two projects could not keep both as they were (the
 * same text twice, a tag name twice, two alias tables); stories without articles are left as they
 * are and harm nothing. The file's alias table and group edits replace the empty project's. One
 * undoable edit. Blocking.
 */
public final class ProjectImport {

    private static final JsonFactory SNIFFER = new JsonFactory();

    private final Database database;
    private final UndoHistory history;
    private final SuggestionService suggestions;

    ProjectImport(Database database, UndoHistory history, SuggestionService suggestions) {
        this.database = database;
        this.history = history;
        this.suggestions = suggestions;
    }

    /** What a restore brought in. */
    public record Restored(int sources, int claims, int tags, int stories) {
    }

    /**
     * Whether the file is a JSON object whose {@code format} says it is a Crosscheck project,
     * whatever its name. Reads no further than that field.
     */
    public static boolean isProjectFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = SNIFFER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean format = parser.currentName().equals("format");
                JsonToken value = parser.nextToken();
                if (format) {
                    return value == JsonToken.VALUE_STRING && parser.getText().equals(ProjectFormat.FORMAT);
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException notJson) {
            return false; // an article, a picture, broken JSON: no project file either way
        }
    }

    /**
     * Reads and checks a project file, touching no project.
     *
     * @throws ProjectFileException naming the file and what in it is wrong
     */
    public static ProjectContents read(Path file, Progress progress) {
        return ProjectJsonReader.read(file, progress);
    }

    /** Reads the file and restores it; see {@link #restore(ProjectContents, String)}. */
    public Restored restore(Path file, Progress progress) {
        ProjectContents contents = read(file, progress);
        progress.update(1, 1, "Restoring " + file.getFileName());
        return restore(contents, file.getFileName().toString());
    }

    /**
     * Restores read contents into this project, which must be empty.
     *
     * @throws IllegalStateException when the project holds articles or tags already
     */
    public Restored restore(ProjectContents contents, String fileName) {
        refuseUnlessEmpty(fileName);
        history.perform(new ProjectRestore("Restore " + fileName, contents, suggestions));
        return new Restored(contents.sources().size(), contents.claims().size(), contents.tags().size(),
                contents.stories().size());
    }

    private void refuseUnlessEmpty(String fileName) {
        List<String> held = database.inTransaction("see whether the project is empty", transaction -> {
            List<String> parts = new ArrayList<>();
            count(parts, new SourceRepository().count(transaction), "article");
            count(parts, new TagRepository().all(transaction).size(), "tag");
            return parts;
        });
        if (!held.isEmpty()) {
            throw new IllegalStateException("The project " + database.project().displayName() + " already holds "
                    + String.join(", ", held) + "; " + fileName + " is restored only into an empty project, so that "
                    + "nothing of either is mixed up or lost. Restore it into a new project.");
        }
    }

    private static void count(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + what + (count == 1 ? "" : "s"));
        }
    }
}
