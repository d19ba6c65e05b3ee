package org.crosscheck.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible words of the window, from one resource bundle. */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.crosscheck.ui.messages");

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
