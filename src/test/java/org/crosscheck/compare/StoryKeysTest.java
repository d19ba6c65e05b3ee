package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.GroupKey;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Statement;
import org.crosscheck.model.TimeReference;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** Tolls are compared within their story; figures about a known entity across stories. */
class StoryKeysTest {

    private static final Statement.StoryRef ROCKY_MOUNT = new Statement.StoryRef(1, "Rocky Mount shooting");
    private static final Statement.StoryRef ELMIRA = new Statement.StoryRef(2, "Elmira shooting");
    private static long nextId = 100;

    private static Statement toll(long sourceId, Statement.StoryRef story, double count, String counted, String role,
                                  LocalDate published) {
        Claim claim = new Claim(nextId++, sourceId, 0, 10, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED,
                ClaimOrigin.EXTRACTED, "", "", "", "", TimeReference.NONE,
                new Quantity(count, count, "", counted, counted, role), Set.of(), "");
        return new Statement(claim, "report " + sourceId, "", FuzzyDate.day(published), count + " " + counted, false,
                story, "report" + sourceId + ".txt");
    }

    @Test
    void theSameTollInReportsOfOneStoryIsOneGroup() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        List<ComparisonGroup> groups = Grouper.group(List.of(
                toll(1, ROCKY_MOUNT, 10, "people", "injured", day),
                toll(2, ROCKY_MOUNT, 10, "victims", "injured", day),
                toll(5, ROCKY_MOUNT, 10, "spectators", "shot", day),
                toll(3, ROCKY_MOUNT, 10, "", "injured", day),
                toll(4, ELMIRA, 10, "people", "injured", day)), GroupEdits.NONE);

        assertThat(groups).hasSize(2);
        ComparisonGroup rockyMount = groups.stream().filter(group -> group.statements().size() == 4).findFirst().orElseThrow();
        assertThat(rockyMount.name()).isEqualTo("Rocky Mount shooting · people shot or injured");
        assertThat(rockyMount.story()).contains(ROCKY_MOUNT);
        assertThat(rockyMount.verdicts()).extracting(PairVerdict::verdict).containsOnly(Verdict.AGREES);
    }

    @Test
    void theDeadAndTheWoundedAreTwoGroups() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        List<ComparisonGroup> groups = Grouper.group(List.of(
                toll(1, ROCKY_MOUNT, 2, "people", "killed", day),
                toll(2, ROCKY_MOUNT, 5, "people", "injured", day)), GroupEdits.NONE);

        assertThat(groups).extracting(ComparisonGroup::name)
                .containsExactlyInAnyOrder("Rocky Mount shooting · people killed",
                        "Rocky Mount shooting · people shot or injured");
    }

    @Test
    void thoseShotAndThoseInjuredAreComparedAndTheInjuredAreAPartOfThoseShot() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        Statement shot = toll(1, ROCKY_MOUNT, 5, "people", "shot", day);
        Statement injured = toll(2, ROCKY_MOUNT, 4, "people", "injured", day);
        Statement sameInjured = toll(3, ROCKY_MOUNT, 5, "", "injured", day);
        assertThat(GroupKeys.of(shot).orElseThrow().id()).isEqualTo(GroupKeys.of(injured).orElseThrow().id());
        PairVerdict part = VerdictRules.judge(0, 1, shot, injured);
        assertThat(part.verdict()).isEqualTo(Verdict.DIFFERENT_SCOPE);
        assertThat(part.reason()).contains("those injured are a part of those shot");
        assertThat(VerdictRules.judge(0, 1, shot, sameInjured).verdict()).isEqualTo(Verdict.AGREES);
        assertThat(VerdictRules.judge(0, 1, toll(4, ROCKY_MOUNT, 9, "", "injured", day), shot).verdict())
                .isEqualTo(Verdict.CONTRADICTS);
    }

    @Test
    void aPoliceReportsMalesAndFemalesArePeople() {
        LocalDate day = LocalDate.of(2016, 1, 1);
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 2, "males", "injured", day)).orElseThrow().counted())
                .isEqualTo("people shot or injured");
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 1, "female", "killed", day)).orElseThrow().counted())
                .isEqualTo("people killed");
    }

    @Test
    void aTollOfChildrenIsATollOfPeopleButOfficersStayApart() {
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 2, "children", "killed", LocalDate.of(2016, 1, 1)))
                .orElseThrow().counted()).isEqualTo("people killed");
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 2, "officers", "killed", LocalDate.of(2016, 1, 1)))
                .orElseThrow().counted()).isEqualTo("officers killed");
    }

    @Test
    void oneVictimTheReportNamesIsAPartOfALargerTollAndAgreesWithATollOfOne() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        Claim named = new Claim(nextId++, 1, 0, 10, ClaimKind.EVENT, ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED,
                "", "", "", "", TimeReference.NONE, new Quantity(1.0, 1.0, "", "man", "people", "shot"), Set.of(), "");
        Statement oneVictim = new Statement(named, "report 1", "", FuzzyDate.day(day), "A 53-year-old man", false,
                ROCKY_MOUNT, "report1.txt");
        PairVerdict ofSeven = VerdictRules.judge(0, 1, oneVictim, toll(2, ROCKY_MOUNT, 7, "people", "shot", day));
        assertThat(ofSeven.verdict()).isEqualTo(Verdict.DIFFERENT_SCOPE);
        assertThat(ofSeven.reason()).contains("is one victim of the toll");
        assertThat(VerdictRules.judge(0, 1, oneVictim, toll(2, ROCKY_MOUNT, 1, "person", "shot", day)).verdict())
                .isEqualTo(Verdict.AGREES);
    }

    @Test
    void aPartNamedWithIncludingIsADifferentScope() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        Statement all = toll(1, ROCKY_MOUNT, 3, "people", "shot", day);
        Claim including = new Claim(nextId++, 1, 0, 10, ClaimKind.QUANTITY, ClaimStatus.SUGGESTED,
                ClaimOrigin.EXTRACTED, "", "", "", "", TimeReference.NONE,
                new Quantity(2.0, 2.0, "including", "children", "children", "shot"), Set.of(), "");
        Statement part = new Statement(including, "report 1", "", FuzzyDate.day(day), "including two children", false,
                ROCKY_MOUNT, "report1.txt");
        assertThat(VerdictRules.judge(0, 1, all, part).verdict()).isEqualTo(Verdict.DIFFERENT_SCOPE);
    }

    @Test
    void aLaterHigherTollIsAnUpdateNotAContradiction() {
        Statement first = toll(1, ROCKY_MOUNT, 4, "people", "killed", LocalDate.of(2016, 7, 28));
        Statement later = toll(2, ROCKY_MOUNT, 5, "people", "killed", LocalDate.of(2016, 7, 29));
        PairVerdict verdict = VerdictRules.judge(0, 1, first, later);
        assertThat(verdict.verdict()).isEqualTo(Verdict.CHANGED_OVER_TIME);
        assertThat(verdict.reason()).contains("a later report gives a higher toll");
    }

    @Test
    void anEarlierHigherTollContradictsALaterLowerOne() {
        Statement first = toll(1, ROCKY_MOUNT, 8, "people", "killed", LocalDate.of(2016, 7, 28));
        Statement later = toll(2, ROCKY_MOUNT, 2, "people", "killed", LocalDate.of(2016, 7, 29));
        assertThat(VerdictRules.judge(0, 1, first, later).verdict()).isEqualTo(Verdict.CONTRADICTS);
    }

    @Test
    void aPartOfACountIsADifferentScope() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        Statement whole = toll(1, ROCKY_MOUNT, 5, "people", "injured", day);
        Statement part = toll(1, ROCKY_MOUNT, 3, "of them", "injured", day);
        assertThat(GroupKeys.of(part)).map(GroupKey::id).isEqualTo(GroupKeys.of(whole).map(GroupKey::id));
        assertThat(VerdictRules.judge(0, 1, whole, part).verdict()).isEqualTo(Verdict.DIFFERENT_SCOPE);
    }

    @Test
    void aFigureWithoutAKnownEntityGroupsWithinItsStory() {
        Statement warrants = toll(1, ROCKY_MOUNT, 17, "warrants", "", LocalDate.of(2016, 7, 28));
        assertThat(GroupKeys.of(warrants).orElseThrow().storyId()).isEqualTo(ROCKY_MOUNT.id());
    }

    @Test
    void peopleOrAUnitWithoutARoleSayTooLittleToCompare() {
        LocalDate day = LocalDate.of(2016, 7, 28);
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 2, "people", "", day))).isEmpty();
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 40, "percent", "", day))).isEmpty();
        assertThat(GroupKeys.of(toll(1, ROCKY_MOUNT, 2, "people", "arrested", day))).isPresent();
    }
}
