package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.compare.TrackGrades;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade.Party;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceGradeRepository;
import org.crosscheck.store.SourceRepository;

/**
 * Admiralty grades per speaker and per outlet (as well as per article), and the grade each track
 * record shows: the speaker's or outlet's own when the researcher gave one, else what its
 * articles' grades give ({@link TrackGrades}). Every change is one undoable edit. Blocking: call
 * from a background thread. Thread-safe.
 */
public final class SourceGradeService {

    private final Database database;
    private final UndoHistory history;
    private final SourceGradeRepository grades = new SourceGradeRepository();
    private final SourceRepository sources = new SourceRepository();

    SourceGradeService(Database database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    /** Every grade the researcher gave a speaker or an outlet. */
    public List<SourceGrade> all() {
        return database.inTransaction("load the grades of speakers and outlets", grades::all);
    }

    /** The grades given, to show beside the origins of the comparison's groups. */
    public OriginGrades ofOrigins() {
        return new OriginGrades(all());
    }

    /** A track record with the grade it shows. */
    public record GradedRecord(TrackRecord record, TrackGrade grade) {
    }

    /** Each record with its grade, in the order given. */
    public List<GradedRecord> graded(List<TrackRecord> records) {
        record Known(List<SourceGrade> given, Map<Long, Grade> ofArticles) {
        }
        Known known = database.inTransaction("load the grades of speakers, outlets and articles", transaction -> {
            Map<Long, Grade> ofArticles = new HashMap<>();
            sources.summaries(transaction).forEach(source -> {
                if (source.grade() != null) {
                    ofArticles.put(source.id(), source.grade());
                }
            });
            return new Known(grades.all(transaction), ofArticles);
        });
        List<GradedRecord> graded = new ArrayList<>();
        for (TrackRecord record : records) {
            graded.add(new GradedRecord(record, TrackGrades.of(record, known.given(), known.ofArticles())));
        }
        return graded;
    }

    /**
     * Grades a speaker or an outlet ("C3"); a blank grade takes its grade away, so that its
     * articles' grades count again. Undoable.
     *
     * @throws IllegalArgumentException when the grade is not a letter A–F and a digit 1–6, or the name is blank
     */
    public void set(Party party, String name, String code) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Choose a speaker or an outlet to grade.");
        }
        Grade grade = Grade.parse(code);
        SourceGrade wanted = grade == null ? null : new SourceGrade(party, name, grade);
        SourceGrade before = database.inTransaction("load the grade of " + name,
                transaction -> grades.find(transaction, party, name).orElse(null));
        if (java.util.Objects.equals(before == null ? null : before.grade(), grade)) {
            return; // nothing changes: no edit to undo
        }
        String what = (party == Party.SPEAKER ? "speaker " : "outlet ") + name;
        history.perform(new Edits(grade == null ? "Remove the grade of " + what : "Grade " + what + " " + grade.code(),
                db -> save(db, party, name, wanted), db -> save(db, party, name, before)));
    }

    private static void save(Database db, Party party, String name, SourceGrade grade) {
        SourceGradeRepository rows = new SourceGradeRepository();
        db.inTransaction("save the grade of " + name, transaction -> {
            if (grade == null) {
                rows.delete(transaction, party, name);
            } else {
                rows.put(transaction, grade);
            }
            return null;
        });
    }
}
