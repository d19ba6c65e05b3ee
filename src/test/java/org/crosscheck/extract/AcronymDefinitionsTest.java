package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/** Names a text defines for itself become its entities, and proposals for the alias table. */
class AcronymDefinitionsTest {

    @Test
    void aNameFollowedByItsAcronymInBracketsDefinesIt() {
        List<Entity> found = AcronymDefinitions.in(
                "The Northern Water Authority (NWA) said on Monday that the Board of Trade (BoT) agreed.");
        assertThat(found).extracting(Entity::canonical).containsExactly("Northern Water Authority");
        assertThat(found.get(0).aliases()).containsExactly("NWA");
    }

    @Test
    void smallWordsInsideTheNameNeedNoLetterOfTheirOwn() {
        assertThat(AcronymDefinitions.in("Officers of the Department of Public Safety (DPS) arrived."))
                .extracting(Entity::canonical).containsExactly("Department of Public Safety");
    }

    @Test
    void anAcronymFollowedByItsNameDefinesItToo() {
        assertThat(AcronymDefinitions.in("The report by WHO (World Health Organisation) was late."))
                .extracting(Entity::canonical).containsExactly("World Health Organisation");
    }

    @Test
    void aBracketedAsideWhoseLettersDoNotSpellTheNameIsNoDefinition() {
        assertThat(AcronymDefinitions.in("He joined the Green Party (UK) in 2003 and the Liberal Club (FC).")).isEmpty();
    }

    @Test
    void theExtractorNamesAFigureAfterAnEntityTheTextDefined() {
        Extraction extraction = Extractor.withDefaults().extract("The Northern Water Authority (NWA) employs 4,000 "
                + "engineers. The NWA said it would hire 300 engineers next year.", LocalDate.of(2016, 1, 1));
        assertThat(extraction.of(MentionKind.QUANTITY)).extracting(Mention::subject)
                .containsOnly("Northern Water Authority");
        assertThat(extraction.defined()).extracting(Entity::canonical).containsExactly("Northern Water Authority");
    }
}
