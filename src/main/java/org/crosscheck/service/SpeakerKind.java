package org.crosscheck.service;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.EntityType;

/**
 * Whether a speaker is a schema.org {@code Person} or {@code Organization}: as the alias table says
 * when it knows the name ("Zamir Kabulov", "Pentagon"); otherwise a name of two to four capitalised
 * words without a word for a body ("Dana Whitlock") is taken for a person, and anything else
 * ("Afghan intelligence officials", "police", "the Interior Ministry") for an organisation.
 */
final class SpeakerKind {

    static final String PERSON = "Person";
    static final String ORGANIZATION = "Organization";
    private static final Set<String> BODIES = Set.of("officials", "official", "police", "ministry", "department",
            "office", "agency", "army", "forces", "military", "government", "council", "committee", "group",
            "news", "service", "services", "command", "authorities", "spokesman", "spokeswoman", "spokesperson",
            "sources", "intelligence", "embassy", "press", "times", "post", "network", "university", "institute");

    private SpeakerKind() {
    }

    static String of(String speaker, AliasTable aliases) {
        return aliases.entity(speaker).map(entity -> entity.type() == EntityType.PERSON ? PERSON : ORGANIZATION)
                .orElseGet(() -> looksLikeAName(speaker) ? PERSON : ORGANIZATION);
    }

    private static boolean looksLikeAName(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) || BODIES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
