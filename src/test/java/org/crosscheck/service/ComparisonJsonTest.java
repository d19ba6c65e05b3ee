package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison as {@code compare} prints it, written group by group to a streaming generator. */
class ComparisonJsonTest {

    @TempDir
    Path folder;

    @Test
    void theSamplesGroupsAreWrittenWithTheirStatementsOriginsAndVerdictsAsTheCommandsPrintJson() throws Exception {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            Comparison comparison = workbench.comparison().compare();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            ComparisonJson.write(comparison, out);

            String written = out.toString(StandardCharsets.UTF_8);
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            JsonNode tree = mapper.readTree(written);
            // pretty, UTF-8 and a line end: the text a tree of the same JSON is printed as by the other commands
            assertThat(written).isEqualTo(mapper.writeValueAsString(tree) + System.lineSeparator());
            assertThat(written).contains("\u2265 10,000").contains("\u2192");

            JsonNode groups = tree.path("groups");
            assertThat(groups).hasSize(comparison.groups().size());
            ComparisonGroup first = comparison.groups().get(0);
            JsonNode fighters = groups.get(0);
            assertThat(fighters.path("name").asText()).isEqualTo(first.name());
            assertThat(fighters.path("evidence").asText()).isEqualTo(first.evidence());
            assertThat(fighters.path("statements")).hasSize(first.statements().size());
            assertThat(fighters.path("origins")).hasSize(first.origins().size());
            assertThat(fighters.path("verdicts")).hasSize(first.verdicts().size());
            JsonNode verdict = fighters.path("verdicts").get(0);
            assertThat(verdict.path("reason").asText()).isEqualTo(first.verdicts().get(0).reason());
            assertThat(verdict.path("verdict").asText()).isEqualTo(first.verdicts().get(0).verdict().key());

            JsonNode overTenThousand = null;
            for (JsonNode statement : fighters.path("statements")) {
                if (statement.path("text").asText().contains("10,000")) {
                    overTenThousand = statement;
                }
            }
            assertThat(overTenThousand).isNotNull();
            assertThat(overTenThousand.path("low").isIntegralNumber() || overTenThousand.path("high").isIntegralNumber())
                    .as("a whole figure is written without a decimal point").isTrue();
            assertThat(overTenThousand.path("chain").path("text").asText()).isNotBlank();
            assertThat(overTenThousand.path("chain").path("carriers").isArray()).isTrue();
            for (JsonNode statement : fighters.path("statements")) {
                assertThat(statement.has("refersTo")).isTrue();
                assertThat(statement.path("qualifier").isNull() || !statement.path("qualifier").asText().isBlank())
                        .as("a blank text is written as null").isTrue();
            }
        }
    }
}
