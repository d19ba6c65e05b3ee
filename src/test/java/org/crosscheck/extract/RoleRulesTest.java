package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a figure counts keeps its role from the grammar of its sentence. */
class RoleRulesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> quantities(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY);
    }

    private static Mention only(String text) {
        List<Mention> found = quantities(text);
        assertThat(found).as("quantities in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aPassivePredicateGivesTheRole() {
        Mention injured = only("Ten people were injured in the blast on the main road.");
        assertThat(injured.role()).isEqualTo("injured");
        assertThat(injured.normalized()).isEqualTo("people");
    }

    @Test
    void twoRolesInOneSentenceAreTwoCounts() {
        List<Mention> found = quantities("The crash left two dead and five wounded on the motorway.");
        assertThat(found).extracting(Mention::role).containsExactly("killed", "injured");
        assertThat(found).extracting(Mention::normalized).containsExactly("people", "people");
    }

    @Test
    void aFigureWithoutItsNounCountsWhenTheSentenceGivesTheRole() {
        List<Mention> found = quantities("Four people are dead and two are injured after the fire.");
        assertThat(found).extracting(Mention::text).containsExactly("Four people", "two");
        assertThat(found).extracting(Mention::role).containsExactly("killed", "injured");
    }

    @Test
    void aRelativeClauseGivesTheRoleOfItsAntecedent() {
        assertThat(only("The four people who were killed in the attack were all from the town.").role())
                .isEqualTo("killed");
    }

    @Test
    void theVerbWhoseObjectTheFigureIsGivesTheRole() {
        assertThat(only("The storm hit the coast overnight, killing three fishermen.").role()).isEqualTo("killed");
        assertThat(only("Officers arrested two men near the station.").role()).isEqualTo("arrested");
        assertThat(only("She shot and killed four people at the meeting.").role()).isEqualTo("killed");
    }

    @Test
    void aMannerAdverbMayStandBetweenACountAndItsParticiple() {
        assertThat(only("Three were critically injured in the collision.").role()).isEqualTo("injured");
    }

    @Test
    void woundsSufferedAndAHospitalGiveRolesToo() {
        assertThat(only("Two men suffered gunshot wounds in the attack.").role()).isEqualTo("injured");
        assertThat(only("Five children were taken to a hospital after the crash.").role()).isEqualTo("hospitalized");
    }

    @Test
    void theValueOfATollIsAToll() {
        Mention toll = only("The death toll rose to 11 on Tuesday.");
        assertThat(toll.role()).isEqualTo("killed");
        assertThat(toll.low()).isEqualTo(11.0);
    }

    @Test
    void aPartOfACountGivenBeforeKeepsItsRole() {
        List<Mention> found = quantities("Five people were injured, three of them critically.");
        assertThat(found).extracting(Mention::role).containsExactly("injured", "injured");
        assertThat(found.get(1).counted()).isEqualTo("of them");
    }

    @Test
    void aPartNamedWithIncludingSaysSoInItsQualifier() {
        List<Mention> found = quantities("Three people were shot, including two children, on Monday.");
        assertThat(found).extracting(Mention::qualifier).containsExactly(null, "including");
        assertThat(found.get(1).role()).isEqualTo("shot");
    }

    @Test
    void theNounOfAPartitiveNamesTheWholeNotTheRoleOfThePart() {
        assertThat(only("Police said two of the victims were friends.").role()).isNull();
        assertThat(only("Police said two of the victims died at the scene.").role()).isEqualTo("killed");
    }

    @Test
    void aPartOfNothingCountedIsNoFigure() {
        assertThat(quantities("Two of them are old friends from school.")).isEmpty();
    }

    @Test
    void noOneIsNotACountOfOne() {
        assertThat(quantities("No one was hurt when the roof collapsed.")).isEmpty();
    }

    @Test
    void membersOfAFamilyAreFamilyMembersNotFighters() {
        Mention family = only("Four members of one family were among those rescued.");
        assertThat(family.normalized()).isEqualTo("family members");
        assertThat(family.text()).isEqualTo("Four members of one family");
    }

    @Test
    void ofCoordinatedParticiplesTheLastIsTheOutcome() {
        assertThat(only("Four people were shot and killed at the party.").role()).isEqualTo("killed");
        assertThat(only("Two men were shot and wounded near the bridge.").role()).isEqualTo("injured");
    }

    @Test
    void anIndefiniteSingularCasualtyIsAnEventCountingOne() {
        List<Mention> events = EXTRACTOR.extract("A 23-year-old man was shot and killed on Elm Street, and a woman "
                + "was wounded. A car was damaged.", LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::text).containsExactly("A 23-year-old man", "a woman");
        assertThat(events).extracting(Mention::role).containsExactly("killed", "injured");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.low()).isEqualTo(1.0);
            assertThat(event.high()).isEqualTo(1.0);
            assertThat(event.normalized()).isEqualTo("people");
        });
    }

    @Test
    void anAgeMayStandForThePersonAndAnEventNounForTheRole() {
        List<Mention> events = EXTRACTOR.extract("A 3-year-old was shot on Monday. Police are investigating the "
                + "shooting death of a teenager.", LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::role).containsExactly("shot", "killed");
        assertThat(events).extracting(Mention::normalized).containsOnly("people");
    }

    @Test
    void aHeadlineDropsItsArticlesButStillCountsItsVictims() {
        List<Mention> events = EXTRACTOR.extract("Man killed, boy injured in drive-by shooting\n\nPolice are looking "
                + "for the driver. Man walks into bar.", LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::text).containsExactly("Man", "boy");
        assertThat(events).extracting(Mention::role).containsExactly("killed", "injured");
    }

    @Test
    void aHeadlineNamesItsVictimAfterAnAgeOrAPlaceAndGivesAgesInApposition() {
        assertThat(headlineEvents("18-year-old man accidentally shot in face by friend"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("18-year-old man", "shot"));
        assertThat(headlineEvents("St. Mary Parish deputy killed in accidental shooting"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("St. Mary Parish deputy", "killed"));
        assertThat(headlineEvents("Sheriff's deputy dies after off-duty shooting"))
                .extracting(Mention::role).containsExactly("killed");
        assertThat(headlineEvents("Boy, 17, killed in Plymouth shooting"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("Boy", "killed"));
        assertThat(headlineEvents("3-year-old dies after shooting himself"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("3-year-old", "killed"));
    }

    @Test
    void aHeadlineJoinsOutcomesWithACommaAndAFatalShootingKills() {
        assertThat(headlineEvents("Man Shot, Killed In Southwest Houston")).extracting(Mention::role).containsExactly("killed");
        assertThat(headlineEvents("Arrest made in fatal shooting of Colorado Springs teen"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("Colorado Springs teen", "killed"));
        assertThat(EXTRACTOR.extract("Police investigate the fatal shooting of a man on Elm Street.",
                LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT)).extracting(Mention::role).containsExactly("killed");
        assertThat(headlineEvents("Mother of slain teen speaks out")).isEmpty();
    }

    @Test
    void oneWhoShotHimselfWasShotAndOneNotHurtIsNoToll() {
        assertThat(events("A 10-year-old boy accidentally shot himself in the stomach. The father was not hurt. "
                + "The victim was not seriously hurt.")).extracting(Mention::text, Mention::role)
                .containsExactly(tuple("A 10-year-old boy", "shot"), tuple("The victim", "injured"));
        assertThat(headlineEvents("Teen in Rosamond accidentally shoots, kills self with shotgun"))
                .extracting(Mention::role).containsExactly("killed");
        // the one who shoots is no victim; the one shot is (CasualtyClausesTest)
        assertThat(headlineEvents("Man shoots wife at home")).extracting(Mention::text).containsExactly("wife");
    }

    @Test
    void aDefinitePersonIsOneVictimAndTheShotToDeathAreDead() {
        assertThat(events("The teen was later pronounced dead. A man was shot to death."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("The teen", "killed"), tuple("A man", "killed"));
    }

    @Test
    void anAgeBeforeANameIsOneVictim() {
        assertThat(events("Galarza was charged in the shooting death of 21-year-old Christian Merced, of Miami. Police "
                + "said 24-year-old Deputy Jason Hagen was shot. Police arrested 22-year-old Brandon Colbert."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("21-year-old Christian Merced", "killed"),
                        tuple("24-year-old Deputy Jason Hagen", "shot"), tuple("22-year-old Brandon Colbert", "arrested"));
    }

    @Test
    void aHeadlineAgeMayBeFollowedByAnAdverbOrAReflexiveAndAConditionIsAnInjury() {
        assertThat(headlineEvents("7-year-old accidentally shot in Lodi")).extracting(Mention::role).containsExactly("shot");
        assertThat(headlineEvents("3-year-old kills herself with loaded gun")).extracting(Mention::role).containsExactly("killed");
        assertThat(headlineEvents("Woman fatally shoots herself after target practice"))
                .extracting(Mention::role).containsExactly("killed");
        assertThat(headlineEvents("Teen in critical condition after accidental shooting"))
                .extracting(Mention::role).containsExactly("injured");
    }

    @Test
    void anAsideBetweenACountAndItsPredicateIsReadPast() {
        assertThat(quantities("Four people, including an 11-year-old, were shot at the vigil."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("Four people", "shot"));
    }

    @Test
    void oneFoundDeadByNameWasKilled() {
        assertThat(events("Kevin McLean, a father of two, lived alone. Police found McLean dead in his car."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("McLean", "killed"));
        assertThat(events("Deputies found Ana Ruiz dead on Sunday.")).extracting(Mention::text, Mention::role)
                .containsExactly(tuple("Ana Ruiz", "killed"));
        assertThat(events("They found Main Street dead quiet. Police found Tuesday dead.")).isEmpty();
    }

    @Test
    void aNameAloneWithACasualtyPredicateIsOneVictimButNotAPlaceOrATitleCasedHeadline() {
        assertThat(events("The coroner said Justin Malone was killed. Officer Jason Hagen shot the suspect. "
                + "A boy in Tarpon Springs died."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("Justin Malone", "killed"),
                        tuple("the suspect", "shot"), tuple("A boy", "killed"));
        assertThat(events("Police Officer Tim Jones was not hurt. Frank Lampard shot wide. Dennis Bergkamp's shot "
                + "was saved. English Manner Limited charged clients too much.")).isEmpty();
        assertThat(headlineEvents("Four Hills Shooting Victim Dies Today")).extracting(Mention::text)
                .doesNotContain("Four Hills");
    }

    @Test
    void anAsideOfAgesOrBetweenDashesIsReadPastAndTheShotDeadAreDead() {
        assertThat(only("2 children, ages 5 and 6, injured in accidental shooting.").role()).isEqualTo("injured");
        Mention dead = quantities("2 people \u2014 including a 16-year-old girl \u2014 were shot dead in a car.").get(0);
        assertThat(dead.role()).isEqualTo("killed");
        assertThat(quantities("Police told of two shooting victims, ages 8 and 15, who suffered minor injuries."))
                .extracting(Mention::text).doesNotContain("15");
    }

    @Test
    void theSurnameOfOneNamedInFullIsOneVictimButNotAWordTheTextAlsoWritesInLowerCase() {
        assertThat(events("Rigoberto Jose Castillo was found in a car. Castillo died at the scene. State Police said "
                + "police were called. Police were shot at."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("Castillo", "killed"));
    }

    private static List<Mention> events(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
    }

    /** The events of a headline over a lead that has none. */
    private static List<Mention> headlineEvents(String headline) {
        return EXTRACTOR.extract(headline + "\n\nPolice are investigating the case.", LocalDate.of(2016, 5, 10))
                .of(MentionKind.EVENT);
    }

    @Test
    void twoPeopleNamedTogetherAreATollOfTwo() {
        assertThat(events("A man and a woman were found dead inside a home on Main Street. "
                + "A mother and her son were wounded in a separate shooting."))
                .extracting(Mention::text, Mention::low, Mention::role)
                .containsExactly(tuple("A man and a woman", 2.0, "killed"), tuple("A mother and her son", 2.0, "injured"));
        assertThat(headlineEvents("Man and woman found dead in Elmira home"))
                .extracting(Mention::low, Mention::role).containsExactly(tuple(2.0, "killed"));
        assertThat(events("A man and his lawyer spoke to reporters after a woman was shot."))
                .extracting(Mention::text, Mention::low).containsExactly(tuple("a woman", 1.0));
    }

    @Test
    void aPlaceBetweenThePersonAndThePredicateIsReadPast() {
        assertThat(EXTRACTOR.extract("A 2-year-old boy in Tarpon Springs died on Wednesday.", LocalDate.of(2016, 5, 10))
                .of(MentionKind.EVENT)).extracting(Mention::role).containsExactly("killed");
    }

    @Test
    void aVictimNamedWithAnAgeIsOneVictim() {
        List<Mention> events = EXTRACTOR.extract("Ethan Payne, 13, of Lexington, died after the shooting. "
                + "Police said Ana Ruiz, 34, was wounded. Mayor Tom Hill, 61, spoke at the vigil.",
                LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::text).containsExactly("Ethan Payne", "Ana Ruiz");
        assertThat(events).extracting(Mention::role).containsExactly("killed", "injured");
    }

    @Test
    void aCountThatDidTheShootingIsNotShot() {
        List<Mention> found = quantities("Two men shot a store clerk on Friday.");
        assertThat(found).extracting(Mention::role).containsOnlyNulls();
        assertThat(EXTRACTOR.extract("A gunman killed his wife and a toddler shot himself.", LocalDate.of(2016, 5, 10))
                .of(MentionKind.EVENT)).extracting(Mention::text).containsExactly("his wife", "a toddler");
        assertThat(only("Two people killed in crash on the interstate.").role()).isEqualTo("killed");
    }

    @Test
    void aRelativeShotByTheSubjectIsOneVictimAndSoIsOneInCriticalCondition() {
        List<Mention> events = EXTRACTOR.extract("A boy accidentally shot his sister in the car. A 2-year-old boy is "
                + "in critical condition. A girl remains in the hospital. His sister said nothing.",
                LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::text).containsExactly("his sister", "A 2-year-old boy", "A girl");
        assertThat(events).extracting(Mention::role).containsExactly("shot", "injured", "hospitalized");
    }

    @Test
    void theFatallyShotAreAmongTheDeadAndAHeadlineSaysDies() {
        List<Mention> events = EXTRACTOR.extract("Teen dies in accidental shooting\n\nA man was fatally shot on "
                + "Tuesday. A woman was shot on Monday.", LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
        assertThat(events).extracting(Mention::role).containsExactly("killed", "killed", "shot");
        assertThat(only("A gunman fatally shot two people on Friday.").role()).isEqualTo("killed");
    }

    @Test
    void beingSentToAHospitalIsBeingHospitalized() {
        assertThat(only("The crash sent four people to the hospital.").role()).isEqualTo("hospitalized");
    }

    @Test
    void aSingularPersonWithoutACasualtyRoleIsNoToll() {
        assertThat(EXTRACTOR.extract("A woman said she heard a noise. A man walked home.", LocalDate.of(2016, 5, 10))
                .of(MentionKind.EVENT)).isEmpty();
    }

    @Test
    void aFigureThatCountsThingsHasNoRole() {
        Mention missiles = only("The navy fired more than 25 missiles at the coast.");
        assertThat(missiles.role()).isNull();
        assertThat(only("The company will cut 300 jobs next year.").role()).isNull();
    }
}
