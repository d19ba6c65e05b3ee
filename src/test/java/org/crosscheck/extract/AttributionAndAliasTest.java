package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.junit.jupiter.api.Test;

class AttributionAndAliasTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> attributions(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2017, 6, 19)).of(MentionKind.ATTRIBUTION);
    }

    @Test
    void speakerAndOutletOfToldAreSeparate() {
        Mention told = attributions("Afghan intelligence officials told Circa they estimate ISIS has 3,000 fighters.").get(0);
        assertThat(told.speaker()).isEqualTo("Afghan intelligence officials");
        assertThat(told.outlet()).isEqualTo("Circa");
    }

    @Test
    void anInvertedSaidKeepsTheRoleDescription() {
        Mention said = attributions("\"It would not be surprising,\" said a U.S. official with knowledge of the region.").get(0);
        assertThat(said.speaker()).isEqualTo("a U.S. official with knowledge of the region");
    }

    @Test
    void accordingToAnOutletGivesTheOutletAndTheNamedPerson() {
        Mention according = attributions("The director Alexander Bortnikov made the remarks in Dushanbe, according to Russia’s RT Television network.").get(0);
        assertThat(according.outlet()).isEqualTo("Russia’s RT Television network");
        assertThat(according.speaker()).isEqualTo("Alexander Bortnikov");
    }

    @Test
    void quotedByAndReportedNameTheOutlet() {
        Mention quoted = attributions("Zamir Kabulov, a department chief, was quoted by Interfax as saying so.").get(0);
        assertThat(quoted.speaker()).isEqualTo("Zamir Kabulov");
        assertThat(quoted.outlet()).isEqualTo("Interfax");
        Mention reported = attributions("Ships fired missiles into Syria, CNN reported.").get(0);
        assertThat(reported.speaker()).isNull();
        assertThat(reported.outlet()).isEqualTo("CNN");
    }

    @Test
    void heAndABareSurnameBecomeTheFullNameUsedBefore() {
        List<Mention> found = attributions("Gen. John Campbell said the group is growing.\nCampbell noted the risk.\nHe added more.");
        assertThat(found).extracting(Mention::speaker).containsExactly("John Campbell", "John Campbell", "John Campbell");
    }

    @Test
    void theDefaultAliasesMakeOneIslamicStateAndOneKabulov() {
        AliasTable table = AliasTable.defaults();
        for (String name : List.of("ISIS", "IS", "Islamic State group", "IS-KP", "ISIS-K", "Daesh", "Wilayat Khorasan")) {
            assertThat(table.canonical(name)).as(name).contains("Islamic State");
        }
        assertThat(table.canonical("Kabulov")).contains("Zamir Kabulov");
        assertThat(table.canonical("Nangrahar")).contains("Nangarhar");
        assertThat(table.canonical("is")).isEmpty();
    }

    @Test
    void anEditedTableReplacesTheDefaults() {
        AliasTable table = AliasTable.of(List.of(new Entity("Boko Haram", EntityType.ORGANISATION, List.of("JAS")),
                new Entity("Nigeria", EntityType.PLACE, List.of())));
        Extraction extraction = EXTRACTOR.withAliases(table)
                .extract("JAS has about 5,000 fighters in Nigeria, officials said.", LocalDate.of(2020, 1, 1));
        Mention quantity = extraction.of(MentionKind.QUANTITY).get(0);
        assertThat(quantity.subject()).isEqualTo("Boko Haram");
        assertThat(quantity.place()).isEqualTo("Nigeria");
    }

    @Test
    void suggestionsAreSuggestedExtractedQuantityClaimsWithTheirContext() {
        String text = "In the north of Afghanistan, ISIS has at least 5,000 fighters, Kabulov told RIA Novosti last month.";
        List<Claim> claims = EXTRACTOR.extract(text, LocalDate.of(2018, 5, 18)).suggestions(7);
        assertThat(claims).hasSize(1);
        Claim claim = claims.get(0);
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUGGESTED);
        assertThat(claim.origin()).isEqualTo(ClaimOrigin.EXTRACTED);
        assertThat(claim.sourceId()).isEqualTo(7);
        assertThat(claim.textIn(text)).isEqualTo("at least 5,000 fighters");
        assertThat(claim.subject()).isEqualTo("Islamic State");
        assertThat(claim.place()).isEqualTo("northern Afghanistan");
        assertThat(claim.speaker()).isEqualTo("Zamir Kabulov");
        assertThat(claim.outlet()).isEqualTo("RIA Novosti");
        assertThat(claim.refersTo().date().display()).isEqualTo("2018-04");
        assertThat(claim.quantity().low()).isEqualTo(5000.0);
        assertThat(claim.quantity().high()).isNull();
    }

    @Test
    void mentionFieldsAreTheCommandLineJson() {
        Mention quantity = EXTRACTOR.extract("There are over 10,000 fighters.", null).of(MentionKind.QUANTITY).get(0);
        assertThat(quantity.fields()).containsKeys("kind", "start", "end", "text", "low", "high", "qualifier", "counted",
                "normalized", "subject", "place", "speaker", "outlet", "refersTo", "value", "precision");
        assertThat(quantity.fields().get("kind")).isEqualTo("quantity");
        assertThat(quantity.fields().get("high")).isNull();
    }
}
