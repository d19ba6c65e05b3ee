package org.crosscheck.extract;

import java.util.Set;

/**
 * Words that never tell one story from another: function words, pronouns, and the auxiliaries and
 * reporting verbs of every news text. Only grammar is listed here; words common in a particular
 * collection ("shooting", "police", a site's name) are weighed down by document frequency when
 * stories are clustered, not by a list.
 */
final class StoryStopWords {

    private static final Set<String> WORDS = Words.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into",
            "onto", "over", "under", "about", "after", "before", "during", "since", "until", "while", "when", "where",
            "why", "how", "what", "which", "who", "whom", "whose", "as", "because", "though", "although", "also",
            "not", "no", "yes", "all", "any", "each", "every", "some", "such", "both", "either", "neither", "other",
            "another", "more", "most", "less", "least", "many", "much", "few", "very", "just", "only", "even",
            "still", "already", "again", "ever", "never", "now", "today", "tonight", "yesterday", "tomorrow",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
            "they", "them", "their", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
            "having", "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "said", "says", "say", "told", "tell", "according", "reported", "reports", "report",
            "get", "got", "go", "went", "going", "come", "came", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next", "new", "around", "near",
            "out", "up", "down", "off", "through", "against", "between", "among", "per", "via", "like", "well",
            "too", "own", "same", "whether", "because", "however", "meanwhile", "including", "among", "upon",
            "within", "across", "along", "behind", "beyond", "toward", "towards", "whenever", "wherever", "whatever",
            "whoever", "jr", "sr", "ii", "iii",
            "mr", "mrs", "ms", "dr", "am", "pm", "a.m", "p.m");

    private StoryStopWords() {
    }

    static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
