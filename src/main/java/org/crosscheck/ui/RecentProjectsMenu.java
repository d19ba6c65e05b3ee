package org.crosscheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.crosscheck.service.ProjectPlace;

/**
 * File › Open Recent: the last ten projects, the latest first: files, and shared projects on a server
 * by their URL without the password. A project whose file is gone is listed greyed out, and "Remove
 * missing projects" forgets those (a server project is never called missing: whether it answers is
 * found out by opening it). JavaFX thread only; whether a file exists is asked of the disk, which for
 * ten small checks is no wait worth a thread.
 */
final class RecentProjectsMenu {

    private RecentProjectsMenu() {
    }

    static void fill(Menu menu, Settings settings, String open, Consumer<String> openProject) {
        menu.getItems().clear();
        List<String> recent = settings.recentPlaces();
        List<String> missing = recent.stream()
                .filter(place -> !ProjectPlace.isServerUrl(place) && !Files.exists(Path.of(place))).toList();
        for (int i = 0; i < recent.size(); i++) {
            String place = recent.get(i);
            boolean gone = missing.contains(place);
            String number = i < 9 ? "_" + (i + 1) : "1_0";
            MenuItem item = new MenuItem(ProjectPlace.isServerUrl(place)
                    ? Texts.get("recent.server", number, ProjectPlace.parse(place).displayName(), place)
                    : Texts.get(gone ? "recent.missing" : "recent.item", number, displayName(Path.of(place)),
                            Path.of(place).toAbsolutePath().getParent()));
            item.setId("recentProject" + i);
            item.setMnemonicParsing(true);
            item.setDisable(gone || place.equals(open));
            item.setOnAction(event -> openProject.accept(place));
            menu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        MenuItem prune = new MenuItem(Texts.get("recent.removeMissing"));
        prune.setId("recentRemoveMissing");
        prune.setDisable(missing.isEmpty());
        prune.setOnAction(event -> settings.removeRecentProjects(missing));
        MenuItem clear = new MenuItem(Texts.get("recent.clear"));
        clear.setId("recentClear");
        clear.setOnAction(event -> settings.removeRecentProjects(recent.stream().filter(place -> !place.equals(open)).toList()));
        menu.getItems().addAll(new SeparatorMenuItem(), prune, clear);
    }

    private static String displayName(Path file) {
        return org.crosscheck.service.ProjectPlace.file(file).displayName();
    }
}
