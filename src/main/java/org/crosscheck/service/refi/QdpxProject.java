package org.crosscheck.service.refi;

import java.util.List;

/**
 * What a .qdpx holds that Crosscheck can represent, read and checked, not yet in any project: its
 * codes (parents before children), its texts with their coded passages, and what it holds besides
 * that Crosscheck cannot represent (to which the import adds what it could not use).
 */
public record QdpxProject(List<Code> codes, List<Text> texts, NotImported notImported) {

    public QdpxProject {
        codes = List.copyOf(codes);
        texts = List.copyOf(texts);
    }

    /** A code of the codebook; {@code parent} is the GUID of the code it is nested in, or null. */
    public record Code(String guid, String name, String color, String parent) {
    }

    /**
     * A text source: its name, its text as Crosscheck keeps it, its variables (name, value) and the
     * notes on it, and its coded passages.
     */
    public record Text(String name, String text, List<Variable> variables, String notes, List<Passage> passages) {
        public Text {
            variables = List.copyOf(variables);
            passages = List.copyOf(passages);
        }
    }

    public record Variable(String name, String value) {
    }

    /**
     * A coded passage: UTF-16 offsets into its text (end exclusive), the GUIDs of its codes, the
     * notes on it, and the speaker and outlet a Crosscheck export gave it as cases (empty otherwise).
     */
    public record Passage(int start, int end, List<String> codes, String note, String speaker, String outlet) {
        public Passage {
            codes = List.copyOf(codes);
        }
    }
}
