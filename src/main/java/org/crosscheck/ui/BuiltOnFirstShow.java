package org.crosscheck.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is selected, not with the window: the Timeline and
 * Speakers tabs are hidden at start, and building and styling their controls (about a thousand
 * classes) delayed the window a researcher opens to see the library. Built once, then kept.
 * FX thread only.
 */
final class BuiltOnFirstShow {

    private BuiltOnFirstShow() {
    }

    /**
     * A tab titled {@code title} whose content {@code build} makes when it is first selected (at once,
     * should it be selected already); {@code built} then hears of the new content.
     */
    static Tab tab(String title, String id, Supplier<? extends Node> build, Consumer<Node> built) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                fill(tab, build, built);
            }
        });
        if (tab.isSelected()) {
            fill(tab, build, built);
        }
        return tab;
    }

    private static void fill(Tab tab, Supplier<? extends Node> build, Consumer<Node> built) {
        Node content = build.get();
        tab.setContent(content);
        built.accept(content);
    }
}
