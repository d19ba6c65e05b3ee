package org.crosscheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File › Open Recent: the last ten projects, the latest first. A project whose file is gone is
 * listed greyed out, and "Remove missing projects" forgets those. JavaFX thread only; whether a
 * file exists is asked of the disk, which for ten small checks is no wait worth a thread.
 */
final class RecentProjectsMenu {

    private RecentProjectsMenu() {
    }

    static void fill(Menu menu, Settings settings, Path open, Consumer<Path> openProject) {
        menu.getItems().clear();
        List<Path> recent = settings.recentProjects();
        List<Path> missing = recent.stream().filter(file -> !Files.exists(file)).toList();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            boolean gone = missing.contains(file);
            MenuItem item = new MenuItem(Texts.get(gone ? "recent.missing" : "recent.item",
                    i < 9 ? "_" + (i + 1) : "1_0", displayName(file), file.toAbsolutePath().getParent()));
            item.setId("recentProject" + i);
            item.setMnemonicParsing(true);
            item.setDisable(gone || file.equals(open));
            item.setOnAction(event -> openProject.accept(file));
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
        clear.setOnAction(event -> settings.removeRecentProjects(recent.stream().filter(file -> !file.equals(open)).toList()));
        menu.getItems().addAll(new SeparatorMenuItem(), prune, clear);
    }

    private static String displayName(Path file) {
        return org.crosscheck.store.ProjectFile.of(file).displayName();
    }
}
