package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Precision;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON project's schema describes what the export writes, and the format leaves no column of the project out. */
@org.junit.jupiter.api.Tag("h2-file") // an H2 project file made by an older version
class ProjectSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every column of every table of the project, and where the JSON project file keeps it. */
    /** Made again from the articles' texts when missing, so a restored project needs none of it. */
    private static final java.util.Set<String> DERIVED = java.util.Set.of("claim_context.claim_id",
            "claim_context.quote", "claim_context.changing",
            // the search index's bookkeeping: a restored project's index is built from its articles
            "search_pending.id", "search_pending.source_id", "search_state.id", "search_state.generation",
            // a shared project's log of what others changed (empty in a file), and how far it was pruned
            "search_pending.noted_at", "change_log.id", "change_log.topic", "change_log.noted_at",
            "change_log_state.id", "change_log_state.search_pruned_through", "change_log_state.change_pruned_through",
            // the claims each edited group held when last compared (V12), remembered again at the next comparison
            "comparison_group_claim.group_id", "comparison_group_claim.claim_id",
            // an entity's row id, by which its aliases refer to it: the format nests them instead
            "entity.id", "entity_alias.entity_id",
            // the Admiralty scale, written by the migration itself, the same in every project
            "admiralty_reliability.letter", "admiralty_reliability.meaning",
            "admiralty_credibility.digit", "admiralty_credibility.meaning");

    /**
     * Not carried: who last edited a claim (a tag, an article's details, a group edit), when, and a claim's
     * version, for telling a second person on a shared project what a save or an undo would overwrite. A
     * restored project starts that record anew.
     */
    private static final java.util.Set<String> NOT_CARRIED = java.util.Set.of("claim.version", "claim.edited_by",
            "claim.edited_at", "tag.edited_by", "tag.edited_at", "source.edited_by", "source.edited_at",
            "comparison_group.edited_by", "comparison_group.edited_at", "group_member_edit.edited_by",
            "group_member_edit.edited_at", "event_link.edited_by", "event_link.edited_at",
            "verdict_override.edited_by", "verdict_override.edited_at", "dismissed_event_pair.edited_by",
            "dismissed_event_pair.edited_at", "entity.edited_by", "entity.edited_at",
            "speaker_identity.edited_by", "speaker_identity.edited_at", "speaker_merge.edited_by",
            "speaker_merge.edited_at");

    private static final Map<String, String> CARRIED = Map.ofEntries(
            Map.entry("source.id", "sources[].id"), Map.entry("source.title", "sources[].title"),
            Map.entry("source.outlet", "sources[].outlet"), Map.entry("source.author", "sources[].author"),
            Map.entry("source.url", "sources[].url"), Map.entry("source.published_date", "sources[].published.date"),
            Map.entry("source.published_precision", "sources[].published.precision"),
            Map.entry("source.imported_from", "sources[].importedFrom"),
            Map.entry("source.content_hash", "sources[].contentHash"), Map.entry("source.body", "sources[].text"),
            Map.entry("source.grade", "sources[].grade"), Map.entry("source.notes", "sources[].notes"),
            Map.entry("source.imported_at", "sources[].importedAt"), Map.entry("source.story_id", "sources[].story"),
            Map.entry("source.story_by_hand", "sources[].storyByHand"),
            Map.entry("source.story_terms", "sources[].storyTerms"),
            Map.entry("tag.id", "tags[].id"), Map.entry("tag.name", "tags[].name"), Map.entry("tag.color", "tags[].color"),
            Map.entry("tag.parent_id", "tags[].parent"),
            Map.entry("claim.id", "claims[].id"), Map.entry("claim.source_id", "claims[].source"),
            Map.entry("claim.start_offset", "claims[].start"), Map.entry("claim.end_offset", "claims[].end"),
            Map.entry("claim.kind", "claims[].kind"), Map.entry("claim.status", "claims[].status"),
            Map.entry("claim.origin", "claims[].origin"), Map.entry("claim.subject", "claims[].subject"),
            Map.entry("claim.speaker", "claims[].speaker"), Map.entry("claim.outlet", "claims[].outlet"),
            Map.entry("claim.place", "claims[].place"), Map.entry("claim.time_words", "claims[].refersTo.words"),
            Map.entry("claim.time_date", "claims[].refersTo.date"),
            Map.entry("claim.time_precision", "claims[].refersTo.precision"),
            Map.entry("claim.low_value", "claims[].low"), Map.entry("claim.high_value", "claims[].high"),
            Map.entry("claim.qualifier", "claims[].qualifier"), Map.entry("claim.counted", "claims[].counted"),
            Map.entry("claim.normalized", "claims[].normalized"), Map.entry("claim.role", "claims[].role"),
            Map.entry("claim.note", "claims[].note"),
            Map.entry("claim.subject_entity_id", "claims[].subjectEntity"),
            Map.entry("claim.place_entity_id", "claims[].placeEntity"),
            Map.entry("claim_tag.claim_id", "claims[].tags"), Map.entry("claim_tag.tag_id", "claims[].tags"),
            Map.entry("story.id", "stories[].id"), Map.entry("story.name", "stories[].name"),
            Map.entry("story.named_by_hand", "stories[].namedByHand"),
            Map.entry("citation_chain.claim_id", "claims[].chain"), Map.entry("citation_chain.speaker", "claims[].chain.speaker"),
            Map.entry("citation_chain.edited", "claims[].chain.edited"),
            Map.entry("citation_link.claim_id", "claims[].chain.carriers"),
            Map.entry("citation_link.link_order", "claims[].chain.carriers"),
            Map.entry("citation_link.carrier", "claims[].chain.carriers"),
            Map.entry("speaker_identity.id", "sources[].speakerIdentities"),
            Map.entry("speaker_identity.source_id", "sources[].speakerIdentities"),
            Map.entry("speaker_identity.written", "sources[].speakerIdentities[].written"),
            Map.entry("speaker_identity.person", "sources[].speakerIdentities[].person"),
            Map.entry("speaker_merge.source_id", "speakerMerges[].source"),
            Map.entry("speaker_merge.written", "speakerMerges[].written"),
            Map.entry("speaker_merge.other_source_id", "speakerMerges[].otherSource"),
            Map.entry("speaker_merge.other_written", "speakerMerges[].otherWritten"),
            Map.entry("speaker_merge.decision", "speakerMerges[].decision"),
            Map.entry("source_grade.id", "sourceGrades"), Map.entry("source_grade.kind", "sourceGrades[].kind"),
            Map.entry("source_grade.name", "sourceGrades[].name"),
            Map.entry("source_grade.name_key", "sourceGrades[].name (its key)"),
            Map.entry("source_grade.reliability", "sourceGrades[].grade"),
            Map.entry("source_grade.credibility", "sourceGrades[].grade"),
            Map.entry("project_setting.setting_name", "aliases: null or a list (the only setting there is)"),
            Map.entry("project_setting.setting_value", "aliases: null or a list"),
            Map.entry("entity.canonical", "aliases[].canonical"), Map.entry("entity.entity_type", "aliases[].type"),
            Map.entry("entity.within_place", "aliases[].within"), Map.entry("entity.sort_order", "aliases[] (in order)"),
            Map.entry("entity_alias.alias", "aliases[].aliases[]"),
            Map.entry("entity_alias.sort_order", "aliases[].aliases[] (in order)"),
            Map.entry("comparison_group.id", "groupEdits (groups by their keys)"),
            Map.entry("comparison_group.group_key", "groupEdits.names, notes, merges, moves"),
            Map.entry("comparison_group.name", "groupEdits.names"), Map.entry("comparison_group.note", "groupEdits.notes"),
            Map.entry("comparison_group.merged_into", "groupEdits.merges"),
            Map.entry("group_member_edit.claim_id", "groupEdits.moves[].claim, groupEdits.excluded"),
            Map.entry("group_member_edit.group_id", "groupEdits.moves[].group"),
            Map.entry("event_link.id", "groupEdits.events"), Map.entry("event_link.link_key", "groupEdits.events[].id"),
            Map.entry("event_link.name", "groupEdits.events[].name"),
            Map.entry("event_link_claim.event_id", "groupEdits.events"),
            Map.entry("event_link_claim.claim_id", "groupEdits.events[].claims"),
            Map.entry("verdict_override.claim_a", "groupEdits.overrides[].claimA"),
            Map.entry("verdict_override.claim_b", "groupEdits.overrides[].claimB"),
            Map.entry("verdict_override.verdict", "groupEdits.overrides[].verdict"),
            Map.entry("verdict_override.note", "groupEdits.overrides[].note"),
            Map.entry("dismissed_event_pair.claim_a", "groupEdits.dismissed"),
            Map.entry("dismissed_event_pair.claim_b", "groupEdits.dismissed"));

    @TempDir
    static Path folder;

    private static JsonNode schema;
    private static JsonNode exported;

    @BeforeAll
    static void exportTheHandEditedSample() throws Exception {
        try (InputStream in = ProjectFormat.class.getResourceAsStream(ProjectFormat.SCHEMA)) {
            schema = JSON.readTree(in);
        }
        Path file = folder.resolve("edited.json");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("edited")), true)) {
            HandEditedSample.edit(workbench);
            workbench.projectExport().export(file, Progress.NONE);
        }
        exported = JSON.readTree(file.toFile());
    }

    @Test
    void anExportOfAProjectWithEveryKindOfHandEditFitsTheSchema() {
        assertThat(exported.path("groupEdits").path("dismissed")).isNotEmpty();
        assertThat(exported.path("aliases").isArray()).isTrue();

        assertThat(SchemaSubset.problems(schema, exported)).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheFormatHasNot() {
        com.fasterxml.jackson.databind.node.ObjectNode wrong = exported.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.path("claims").get(0)).put("kind", "rumour");
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.path("sources").get(0)).put("outlett", "RT");

        assertThat(SchemaSubset.problems(schema, wrong)).hasSize(2);
    }

    @Test
    void theSchemaListsEveryValueOfEveryChoice() {
        JsonNode defs = schema.path("$defs");
        assertThat(values(defs.at("/precision/enum"))).isEqualTo(ProjectFormat.keys(Precision.class));
        assertThat(values(defs.at("/claim/properties/kind/enum"))).isEqualTo(ProjectFormat.keys(ClaimKind.class));
        assertThat(values(defs.at("/claim/properties/status/enum"))).isEqualTo(ProjectFormat.keys(ClaimStatus.class));
        assertThat(values(defs.at("/claim/properties/origin/enum"))).isEqualTo(ProjectFormat.keys(ClaimOrigin.class));
        assertThat(values(defs.at("/entity/properties/type/enum"))).isEqualTo(ProjectFormat.keys(EntityType.class));
        assertThat(values(defs.at("/groupEdits/properties/overrides/items/properties/verdict/enum")))
                .isEqualTo(ProjectFormat.keys(Verdict.class));
    }

    private static String values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    /** A new migration that adds a table or column fails here until the format carries it, or it is derived. */
    @Test
    void everyColumnOfTheProjectIsCarriedByTheFormat() throws Exception {
        String base = ProjectFile.of(folder.resolve("edited")).databaseFile().toString().replace(ProjectFile.SUFFIX, "");
        TreeSet<String> columns = new TreeSet<>();
        TreeSet<String> settings = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r", "sa", "")) {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM "
                    + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    columns.add((rows.getString(1) + "." + rows.getString(2)).toLowerCase(java.util.Locale.ROOT));
                }
            }
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT setting_name FROM project_setting")) {
                while (rows.next()) {
                    settings.add(rows.getString(1));
                }
            }
        }

        TreeSet<String> known = new TreeSet<>(CARRIED.keySet());
        known.addAll(DERIVED);
        known.addAll(NOT_CARRIED);
        assertThat(columns).isEqualTo(known);
        assertThat(settings).as("the settings the format carries").containsExactly("entity-table");
    }
}
