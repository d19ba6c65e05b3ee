package org.crosscheck.model;

import java.util.List;

/**
 * The Admiralty grade of a speaker or an outlet in its track record (the comparison finds it:
 * {@code compare.TrackGrades}).
 *
 * @param grade    null when neither the researcher nor any article graded it
 * @param basis    where the grade comes from
 * @param set      the grade the researcher gave this speaker or outlet, null when none
 * @param articles the distinct grades of its articles, in order (A1 first)
 */
public record TrackGrade(Grade grade, Basis basis, Grade set, List<Grade> articles) {

    /** Where a track record's grade comes from. */
    public enum Basis { SET, ARTICLES, NONE }

    public TrackGrade {
        articles = List.copyOf(articles);
    }
}
