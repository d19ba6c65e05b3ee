package org.crosscheck.compare;

import java.time.LocalDate;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TimeReference;

/** Statements for tests, written the way the sample articles state them. */
final class Statements {

    private static long nextId = 1;

    private Statements() {
    }

    static Statement fighters(long sourceId, String quote, Double low, Double high, String qualifier, String place,
                              String speaker, LocalDate published, FuzzyDate refersTo) {
        Claim claim = new Claim(nextId++, sourceId, 0, quote.length(), ClaimKind.QUANTITY, ClaimStatus.CONFIRMED,
                ClaimOrigin.EXTRACTED, "Islamic State", speaker, "", place,
                new TimeReference("", refersTo), new Quantity(low, high, qualifier, "fighters", "fighters"),
                Set.of(), "");
        return new Statement(claim, "source " + sourceId, "", FuzzyDate.day(published), quote, false);
    }

    static Statement fighters(long sourceId, String quote, Double low, Double high, String qualifier,
                              String place, String speaker, LocalDate published) {
        return fighters(sourceId, quote, low, high, qualifier, place, speaker, published, FuzzyDate.UNKNOWN);
    }

    static FuzzyDate month(int year, int month) {
        return FuzzyDate.of(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /** The five figures for Islamic State fighters in Afghanistan in the sample, as extracted. */
    static final class Sample {
        final Statement russianStaff = fighters(0, "about 2,000 to 3,000 militants", 2000.0, 3000.0, "about",
                "Afghanistan", "Russian military staff", LocalDate.of(2015, 10, 8));
        final Statement kabulov2015 = fighters(1, "nearly 3,500 ISIS-linked jihadists", 3150.0, 3500.0, "nearly",
                "Afghanistan", "Zamir Kabulov", LocalDate.of(2015, 12, 23), month(2015, 10));
        final Statement kabulov2017 = fighters(2, "over 10,000 loyal fighters", 10_000.0, null, "over",
                "Afghanistan", "Zamir Kabulov", LocalDate.of(2017, 12, 23));
        final Statement kabulovCeiling = fighters(2, "as many as 10,000 troops", null, 10_000.0, "as many as",
                "Afghanistan", "Zamir Kabulov", LocalDate.of(2017, 12, 23));
        final Statement bortnikov = fighters(3, "at least 5,000 fighters", 5000.0, null, "at least",
                "northern Afghanistan", "Alexander Bortnikov", LocalDate.of(2018, 5, 18));
        final Statement afghanIntelligence = fighters(4, "roughly 3,000 fighters", 2550.0, 3450.0, "roughly",
                "Afghanistan", "Afghan intelligence officials", LocalDate.of(2017, 6, 19));
    }
}
