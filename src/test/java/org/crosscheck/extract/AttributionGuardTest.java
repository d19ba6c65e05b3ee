package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionGuardTest {

    private final Extractor extractor = Extractor.withDefaults();

    private List<Mention> attributions(String text) {
        return extractor.extract(text, null).of(MentionKind.ATTRIBUTION);
    }

    @Test
    void aDescriptionOfSomethingThatCannotSpeakIsNoSpeaker() {
        assertThat(attributions("But come late August, a few hot days in the stadium in Athens told us of the true "
                + "strength of Irish athletics.")).isEmpty();
    }

    @Test
    void aDescribedPersonIsStillASpeaker() {
        assertThat(attributions("The threat is growing, a U.S. official with knowledge of the region said."))
                .singleElement().satisfies(mention ->
                        assertThat(mention.speaker()).isEqualTo("a U.S. official with knowledge of the region"));
    }

    @Test
    void aClauseBeforeTheVerbIsNoSpeakerButAPronounIs() {
        assertThat(attributions("Former WorldCom chief Bernie Ebbers has denied the claims, the court heard."))
                .noneMatch(mention -> mention.speaker() != null && mention.speaker().contains("denied"));
        assertThat(attributions("Bernie Ebbers said the numbers were right. The figures were wrong, he said."))
                .hasSize(2).allMatch(mention -> "Bernie Ebbers".equals(mention.speaker()));
    }
}
