package org.crosscheck.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.model.SpeakerNames;
import org.crosscheck.model.TrackGrade.Basis;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord.Kind;
import org.crosscheck.model.TrackRecord;

/**
 * The Admiralty grade of a speaker or an outlet in its track record: the one the researcher gave
 * it when there is one, else what the grades of the articles that carry its statements give — the
 * most cautious of them (the least reliable letter, then the least credible digit), since a
 * speaker is no more reliable than the weakest article that is all we have of them. Pure.
 */
public final class TrackGrades {

    private TrackGrades() {
    }

    private static final Comparator<Grade> CAUTION = Comparator.comparing(Grade::reliability)
            .thenComparingInt(Grade::credibility);

    /**
     * @param given        every grade the researcher gave a speaker or an outlet
     * @param articleGrade the grade of each article, by id (ungraded articles absent)
     */
    public static TrackGrade of(TrackRecord record, List<SourceGrade> given, Map<Long, Grade> articleGrade) {
        List<Grade> ofArticles = record.entries().stream()
                .map(entry -> articleGrade.get(entry.statement().claim().sourceId())).filter(Objects::nonNull)
                .distinct().sorted(CAUTION).toList();
        Grade set = given(record, given);
        if (set != null) {
            return new TrackGrade(set, Basis.SET, set, ofArticles);
        }
        if (!ofArticles.isEmpty()) {
            return new TrackGrade(ofArticles.get(ofArticles.size() - 1), Basis.ARTICLES, null, ofArticles);
        }
        return new TrackGrade(null, Basis.NONE, null, ofArticles);
    }

    /**
     * The grade the researcher gave the speaker an independent origin is named after ("Zamir
     * Kabulov", graded as "Kabulov" or in full), else the outlet of that name (an origin that is an
     * outlet on its own word); null when neither was graded. The Comparison tab and the report give it
     * beside the origin, matched as the Speakers tab matches it to a speaker's or outlet's track record.
     */
    public static Grade ofOrigin(String name, List<SourceGrade> given) {
        Grade speaker = given(new TrackRecord(name, Kind.SPEAKER, List.of()), given);
        return speaker != null ? speaker : given(new TrackRecord(name, Kind.OUTLET, List.of()), given);
    }

    /** The grade the researcher gave this record's speaker or outlet: same name, or for a person the same person. */
    private static Grade given(TrackRecord record, List<SourceGrade> given) {
        SourceGrade.Party party = record.kind().party();
        String key = CitationChain.nameKey(record.name());
        Grade samePerson = null;
        for (SourceGrade grade : given) {
            if (grade.party() != party) {
                continue;
            }
            if (grade.key().equals(key)) {
                return grade.grade();
            }
            if (party == SourceGrade.Party.SPEAKER && samePerson == null && !SpeakerNames.isDescription(grade.name())
                    && !SpeakerNames.isDescription(record.name()) && SpeakerNames.samePerson(grade.name(), record.name())) {
                samePerson = grade.grade(); // "Kabulov" graded, the record named "Zamir Kabulov"
            }
        }
        return samePerson;
    }
}
