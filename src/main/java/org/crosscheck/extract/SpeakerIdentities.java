package org.crosscheck.extract;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.SpeakerNames;

/**
 * Who a described speaker is, as the article tells it. "The Russian official reportedly told
 * Interfax" after "Zamir Kabulov … was quoted by Interfax" takes up the speaker named just before
 * (or an earlier description with the same head noun: "a US official … the official"); "a top
 * Russian security official has claimed …" is followed within two sentences by the person it
 * introduces ("The director of Russia's FSB Alexander Bortnikov made the remarks, according to
 * …"). Groups ("officials", "Russian military staff") stay as they are. The researcher's
 * confirmed identities come first. Proposals only: the researcher confirms or corrects them.
 */
final class SpeakerIdentities {

    /** How far back a definite description may reach for whom it takes up, in sentences. */
    private static final int DEFINITE_REACH = 4;
    /** How far on an indefinite description may find whom it introduces, in sentences. */
    private static final int INDEFINITE_REACH = 2;

    /** In text order, so the attributions near a sentence are found by binary search, not by a walk through all. */
    private final List<Attribution> attributions;
    private final Map<String, String> confirmed;

    SpeakerIdentities(List<Attribution> attributions, Map<String, String> confirmed) {
        this.attributions = attributions.stream().sorted(java.util.Comparator.comparingInt(Attribution::start)).toList();
        this.confirmed = confirmed;
    }

    /** The person {@code written} stands for in sentence {@code sentence}, else {@code written} itself. */
    String personFor(String written, int sentence) {
        return personFor(written, sentence, 0);
    }

    private String personFor(String written, int sentence, int depth) {
        String known = confirmed.get(CitationChain.nameKey(written));
        if (known != null) {
            return known;
        }
        if (depth > 2 || !SpeakerNames.isDescription(written) || !SpeakerNames.isSingular(written)) {
            return written;
        }
        return SpeakerNames.isDefinite(written) ? takenUp(written, sentence, depth) : introduced(written, sentence);
    }

    private String takenUp(String written, int sentence, int depth) {
        String head = SpeakerNames.head(written.strip().split("\\s+")).toLowerCase(java.util.Locale.ROOT);
        for (int index = firstIn(sentence) - 1; index >= 0; index--) {
            Attribution earlier = attributions.get(index);
            if (earlier.speaker() == null) {
                continue;
            }
            if (sentence - earlier.sentence() > DEFINITE_REACH) {
                break;
            }
            if (SpeakerNames.isPersonName(earlier.speaker())) {
                return earlier.speaker();
            }
            if (SpeakerNames.isDescription(earlier.speaker()) && SpeakerNames.isSingular(earlier.speaker())
                    && SpeakerNames.head(earlier.speaker().strip().split("\\s+")).equalsIgnoreCase(head)) {
                return personFor(earlier.speaker(), earlier.sentence(), depth + 1);
            }
        }
        return written;
    }

    private String introduced(String written, int sentence) {
        for (int index = firstIn(sentence + 1); index < attributions.size(); index++) {
            Attribution later = attributions.get(index);
            if (later.sentence() > sentence + INDEFINITE_REACH) {
                break;
            }
            if (later.speaker() != null && SpeakerNames.isPersonName(later.speaker())
                    && later.speaker().indexOf(' ') > 0) {
                return later.speaker();
            }
        }
        return written;
    }

    /** The index of the first attribution in sentence {@code sentence} or after it. */
    private int firstIn(int sentence) {
        int low = 0;
        int high = attributions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (attributions.get(middle).sentence() < sentence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
