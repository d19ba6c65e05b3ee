package org.crosscheck.harness;

import java.util.List;
import java.util.Random;

/**
 * News-like articles for the kill harness: each one unique (its title carries where it was made),
 * with figures, dates and speakers so that an import stores suggestions along with the text.
 * Now and then a long one, so that a kill can land in the middle of storing a large import.
 */
final class HarnessArticles {

    private static final List<String> PLACES = List.of("Kunduz", "Jalalabad", "Rocky Mount", "Leeds", "Mosul");
    private static final List<String> SPEAKERS = List.of("police said", "a spokesman told reporters",
            "officials said on Monday", "the governor said", "according to the ministry");

    private HarnessArticles() {
    }

    /** An article named after the round and the edit that made it, of a few hundred words or, rarely, some 200 KB. */
    static String article(String name, Random random) {
        String place = PLACES.get(random.nextInt(PLACES.size()));
        StringBuilder text = new StringBuilder("Harness report ").append(name).append(" from ").append(place)
                .append("\n\n");
        int paragraphs = random.nextInt(20) == 0 ? 1500 : 3 + random.nextInt(6);
        for (int paragraph = 0; paragraph < paragraphs; paragraph++) {
            text.append("About ").append(10 + random.nextInt(5000)).append(" people were displaced in ").append(place)
                    .append(" last week, ").append(SPEAKERS.get(random.nextInt(SPEAKERS.size()))).append(". ")
                    .append(1 + random.nextInt(40)).append(" were injured and ").append(random.nextInt(12))
                    .append(" were killed on Thursday. The council met again, and the talks went on late.\n\n");
        }
        return text.toString();
    }
}
