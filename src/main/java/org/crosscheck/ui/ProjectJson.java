package org.crosscheck.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.crosscheck.service.ProjectImport;
import org.crosscheck.service.ProjectPlace;

/** What the window needs to restore a JSON project: knowing one, and asking where the new project goes. */
final class ProjectJson {

    private ProjectJson() {
    }

    /** Any .json is taken for a project, so a foreign one is named as such rather than read as an article. */
    static boolean isProjectFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                || ProjectImport.isProjectFile(file);
    }

    /** Asks for the JSON project to restore, starting in {@code folder} (where its export was most likely kept). */
    static Optional<Path> chooseJson(Window owner, File folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("restore.chooseJson"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("project.json"), "*.json"));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Asks for the new project's file, beside the JSON file and named after it unless that name is taken. */
    static Optional<ProjectPlace> chooseNewProject(Window owner, Path json) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("restore.chooseTarget"));
        Path folder = json.toAbsolutePath().getParent();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(freeName(json) + ProjectPlace.FILE_SUFFIX);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("project.files"),
                "*" + ProjectPlace.FILE_SUFFIX));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(chosen -> ProjectPlace.file(chosen.toPath()));
    }

    /** "research" for research.json, or "research-2" when research.mv.db exists already. */
    static String freeName(Path json) {
        String name = json.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String candidate = base;
        for (int n = 2; java.nio.file.Files.exists(json.resolveSibling(candidate + ProjectPlace.FILE_SUFFIX)); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
