package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.model.SourceGrade.Party;

/**
 * The grades of speakers and outlets (see V6_1__source_grades.sql), one per speaker or outlet by
 * its name key. Every method works inside the caller's transaction.
 */
public final class SourceGradeRepository {

    /** Every grade given, speakers then outlets, by name. */
    public List<SourceGrade> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    List<SourceGrade> all(Connection connection) throws SQLException {
        List<SourceGrade> grades = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT kind, name, reliability, credibility FROM source_grade ORDER BY kind DESC, name_key")) {
            while (row.next()) {
                grades.add(new SourceGrade(party(row.getString(1)), row.getString(2),
                        new Grade(row.getString(3).charAt(0), row.getInt(4))));
            }
        }
        return grades;
    }

    /** The grade given to one speaker or outlet, matched by name key. */
    public Optional<SourceGrade> find(Transaction transaction, Party party, String name) {
        return transaction.with(connection -> find(connection, party, name));
    }

    Optional<SourceGrade> find(Connection connection, Party party, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, reliability, credibility FROM source_grade WHERE kind = ? AND name_key = ?")) {
            query.setString(1, kind(party));
            query.setString(2, org.crosscheck.model.CitationChain.nameKey(name));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new SourceGrade(party, row.getString(1),
                        new Grade(row.getString(2).charAt(0), row.getInt(3)))) : Optional.empty();
            }
        }
    }

    /** Gives a speaker or an outlet its grade, replacing the one it had. */
    public void put(Transaction transaction, SourceGrade grade) {
        transaction.run(connection -> put(connection, grade));
    }

    void put(Connection connection, SourceGrade grade) throws SQLException {
        delete(connection, grade.party(), grade.name());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_grade "
                + "(kind, name, name_key, reliability, credibility) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, kind(grade.party()));
            insert.setString(2, grade.name());
            insert.setString(3, grade.key());
            insert.setString(4, String.valueOf(grade.grade().reliability()));
            insert.setInt(5, grade.grade().credibility());
            insert.executeUpdate();
        }
    }

    /** Takes the grade of a speaker or an outlet away (matched by name key); nothing when it had none. */
    public void delete(Transaction transaction, Party party, String name) {
        transaction.run(connection -> delete(connection, party, name));
    }

    void delete(Connection connection, Party party, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM source_grade WHERE kind = ? AND name_key = ?")) {
            delete.setString(1, kind(party));
            delete.setString(2, org.crosscheck.model.CitationChain.nameKey(name));
            delete.executeUpdate();
        }
    }

    private static String kind(Party party) {
        return party.name().toLowerCase(Locale.ROOT);
    }

    private static Party party(String kind) {
        return Party.valueOf(kind.toUpperCase(Locale.ROOT));
    }
}
