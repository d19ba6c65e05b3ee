package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Finds of one extraction grouped by the sentence they are in, so that what a figure looks up in
 * its own sentence costs the size of that sentence, not of the whole text: a long article dense
 * with figures would otherwise take time growing with the square of its length.
 */
final class BySentence<T> {

    private final List<List<T>> bySentence;

    private BySentence(List<List<T>> bySentence) {
        this.bySentence = bySentence;
    }

    /** {@code sentenceOf} gives each item's sentence number; items outside every sentence are dropped. */
    static <T> BySentence<T> of(List<T> items, int sentences, ToIntFunction<T> sentenceOf) {
        List<List<T>> lists = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            lists.add(new ArrayList<>(0));
        }
        for (T item : items) {
            int sentence = sentenceOf.applyAsInt(item);
            if (sentence >= 0 && sentence < sentences) {
                lists.get(sentence).add(item);
            }
        }
        return new BySentence<>(lists);
    }

    /** The items of one sentence, in the order they were given. */
    List<T> in(int sentence) {
        return sentence >= 0 && sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** The number of the sentence holding character {@code offset}, by halving; -1 before the first. */
    static int atOffset(List<Sentence> sentences, int offset) {
        return last(sentences, offset, Sentence::start);
    }

    /** The number of the sentence holding token {@code index}, by halving; -1 before the first. */
    static int atToken(List<Sentence> sentences, int index) {
        return last(sentences, index, Sentence::first);
    }

    /** The last sentence whose {@code key} is at most {@code position}: sentences are in text order. */
    private static int last(List<Sentence> sentences, int position, ToIntFunction<Sentence> key) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (key.applyAsInt(sentences.get(middle)) <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
