package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaysTest {

    /** A Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 3, 13);

    @Test
    void aWeekdayInTheLeadIsTheDayBeforePublication() {
        assertThat(StoryFeatures.of("Man wounded in parking lot", "A man was shot early Saturday in the parking lot of a "
                + "grocery store on Birch Road, police said on Sunday.", PUBLISHED).eventDay())
                .isEqualTo(LocalDate.of(2017, 3, 11));
    }

    @Test
    void lastNightIsTheDayBeforePublication() {
        assertThat(StoryFeatures.of("", "Two women were hurt last night when shots were fired into a house on "
                + "Cedar Lane, officers said.", PUBLISHED).eventDay()).isEqualTo(LocalDate.of(2017, 3, 12));
    }

    @Test
    void aDayInTheTitleComesFirst() {
        assertThat(StoryFeatures.of("Clerk shot Friday at Oak Street store", "The clerk was taken to a hospital on "
                + "Sunday morning and is in stable condition, police said.", PUBLISHED).eventDay())
                .isEqualTo(LocalDate.of(2017, 3, 10));
    }

    @Test
    void aHearingNextWeekOrAnOldCaseIsNoIncidentDay() {
        assertThat(StoryFeatures.of("", "The suspect will appear in court next Monday for a hearing on the charges "
                + "against him, prosecutors said.", PUBLISHED).eventDay()).isNull();
        assertThat(StoryFeatures.of("", "The shooting on June 3, 2009 left the town with questions that the new "
                + "report does not answer.", PUBLISHED).eventDay()).isNull();
    }

    @Test
    void nowSaysNothingOfWhenItHappened() {
        assertThat(StoryFeatures.of("", "The suspect is now in custody at the county jail and faces a charge of "
                + "assault, deputies said.", PUBLISHED).eventDay()).isNull();
    }

    @Test
    void withoutAnyDateThereIsNoIncidentDay() {
        assertThat(StoryFeatures.of("Man shot", "A man was shot on Birch Road and taken to a hospital in stable "
                + "condition, police said.", null).eventDay()).isNull();
    }
}
