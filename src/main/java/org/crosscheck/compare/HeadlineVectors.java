package org.crosscheck.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headlines of all articles as term vectors weighted by inverse document frequency among the
 * headlines: two titles that share "stray bullet" and "4-year-old" tell one story even when one
 * page holds nothing else but a sign-up box. Built once per clustering; read-only after.
 */
final class HeadlineVectors {

    private final int[][] words;
    private final double[] weights;
    private final double[] norms;
    private final int[] documentFrequency;

    HeadlineVectors(List<StoryInput> inputs, StorySettings settings) {
        Map<String, Integer> ids = new HashMap<>();
        words = new int[inputs.size()][];
        for (int document = 0; document < inputs.size(); document++) {
            List<String> headline = inputs.get(document).fingerprint().headline();
            int[] read = new int[headline.size()];
            int count = 0;
            for (String word : headline) {
                int id = ids.computeIfAbsent(word, unseen -> ids.size());
                if (!contains(read, count, id)) {
                    read[count++] = id;
                }
            }
            words[document] = Arrays.copyOf(read, count);
            Arrays.sort(words[document]);
        }
        documentFrequency = new int[ids.size()];
        for (int[] document : words) {
            for (int word : document) {
                documentFrequency[word]++;
            }
        }
        weights = new double[ids.size()];
        for (int word = 0; word < weights.length; word++) {
            weights[word] = documentFrequency[word] < 2 ? 0 : Math.log(1 + (double) words.length / documentFrequency[word]);
        }
        norms = new double[words.length];
        for (int document = 0; document < words.length; document++) {
            double sum = settings.headlinePrior();
            for (int word : words[document]) {
                sum += weights[word] * weights[word];
            }
            norms[document] = Math.sqrt(sum);
        }
    }

    private static boolean contains(int[] read, int count, int id) {
        for (int index = 0; index < count; index++) {
            if (read[index] == id) {
                return true;
            }
        }
        return false;
    }

    int documents() {
        return words.length;
    }

    int wordCount() {
        return weights.length;
    }

    /** The word ids of a headline, ascending. */
    int[] words(int document) {
        return words[document];
    }

    double weight(int word) {
        return weights[word];
    }

    int documentFrequency(int word) {
        return documentFrequency[word];
    }

    double norm(int document) {
        return norms[document];
    }
}
