package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;

/** One line that says where a text comes from: "RT · Staff · 2017-12-23 · grade B2". */
final class SourceLine {

    private SourceLine() {
    }

    static String of(Source source) {
        List<String> parts = new ArrayList<>();
        parts.add(org.crosscheck.model.Outlets.shown(source.outlet()));
        if (!source.author().isBlank()) {
            parts.add(source.author());
        }
        parts.add(source.published().isKnown() ? source.published().display() : Texts.get("source.noDate"));
        if (source.grade() != null) {
            parts.add(Texts.get("source.grade", Grade.codeOf(source.grade())));
        }
        return String.join(" · ", parts);
    }
}
