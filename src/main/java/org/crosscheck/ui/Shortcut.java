package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the window, in the order F1 lists them. The menus take their
 * accelerators from here and the views their keys, and F1 lists this table, so the list cannot
 * fall behind what is bound. A new shortcut is a new constant here, bound where {@link #where} says.
 */
enum Shortcut {

    TAG_QUANTITY(Where.MENU, KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
    TAG_EVENT(Where.MENU, KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
    TAG_QUOTE(Where.MENU, KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
    TAG_OTHER(Where.MENU, KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
    CONFIRM_IN_LIST(Where.CLAIMS_LIST, KeyCode.ENTER),
    CONFIRM(Where.MENU, KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
    REJECT_IN_LIST(Where.CLAIMS_LIST, KeyCode.DELETE),
    REJECT(Where.MENU, KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
    NEXT_SUGGESTION(Where.MENU, KeyCode.F8),
    PREVIOUS_SUGGESTION(Where.MENU, KeyCode.F8, KeyCombination.SHIFT_DOWN),
    ACCEPT_ALL(Where.MENU, KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    MARK_FOR_LINK(Where.MENU, KeyCode.L, KeyCombination.SHORTCUT_DOWN),
    LINK_MARKED(Where.MENU, KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    UNDO(Where.MENU, KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
    REDO(Where.MENU, KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    REDO_AGAIN(Where.WINDOW, KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
    NEW_PROJECT(Where.MENU, KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    OPEN_PROJECT(Where.MENU, KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    IMPORT(Where.MENU, KeyCode.O, KeyCombination.SHORTCUT_DOWN),
    EXPORT_REPORT(Where.MENU, KeyCode.E, KeyCombination.SHORTCUT_DOWN),
    PRINT_REPORT(Where.MENU, KeyCode.P, KeyCombination.SHORTCUT_DOWN),
    SEARCH_PROJECT(Where.MENU, KeyCode.F, KeyCombination.SHORTCUT_DOWN),
    NEXT_HIT(Where.MENU, KeyCode.G, KeyCombination.SHORTCUT_DOWN),
    PREVIOUS_HIT(Where.MENU, KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    SOURCE_DETAILS(Where.MENU, KeyCode.I, KeyCombination.SHORTCUT_DOWN),
    MANAGE_TAGS(Where.MENU, KeyCode.T, KeyCombination.SHORTCUT_DOWN),
    SPEAKER_IDENTITIES(Where.MENU, KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
    ZOOM_IN(Where.MENU, KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
    ZOOM_OUT(Where.MENU, KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
    ACTUAL_SIZE(Where.MENU, KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
    MAXIMIZE_TABS(Where.MENU, KeyCode.M, KeyCombination.SHORTCUT_DOWN),
    MENUS(Where.JAVAFX, KeyCode.F10),
    SHORTCUTS(Where.MENU, KeyCode.F1),
    QUIT(Where.MENU, KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    /**
     * Where a shortcut is bound: a menu item's accelerator, the scene's accelerators, a view's key
     * handler, or JavaFX itself (F10 to the menu bar), listed so that F1 tells of it too.
     */
    enum Where { MENU, WINDOW, CLAIMS_LIST, JAVAFX }

    private final Where where;
    private final KeyCodeCombination keys;

    Shortcut(Where where, KeyCode code, KeyCombination.Modifier... modifiers) {
        this.where = where;
        this.keys = new KeyCodeCombination(code, modifiers);
    }

    Where where() {
        return where;
    }

    KeyCodeCombination keys() {
        return keys;
    }

    boolean matches(KeyEvent event) {
        return keys.match(event);
    }

    /** What it does, in the words F1 shows. */
    String description() {
        return Texts.get("shortcut." + name().toLowerCase(Locale.ROOT));
    }

    /** The keys as the README and F1 write them: "Ctrl+Shift+L", "F8", "Ctrl+=" (Cmd on macOS). */
    String keysText() {
        List<String> parts = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            parts.add(isMac() ? "Cmd" : "Ctrl");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Shift");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Alt");
        }
        parts.add(keyName(keys.getCode()));
        return String.join("+", parts);
    }

    private static String keyName(KeyCode code) {
        return switch (code) {
            case EQUALS -> "=";
            case MINUS -> "-";
            default -> code.isDigitKey() ? code.getChar() : code.getName();
        };
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
