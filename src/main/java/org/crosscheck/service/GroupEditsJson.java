package org.crosscheck.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Verdict;

/**
 * The researcher's hand edits of comparison groups in a JSON project file: group names and notes,
 * merges, moved and excluded statements, events linked by hand, verdict overrides and dismissed
 * suggestions. Groups are named by their ids ("q:" + key, where a story's key starts "s" + the
 * story's id; "e:" + a number for a linked event), claims by their ids in the file. Written in a
 * stable order, so two exports of the same project are the same text.
 */
final class GroupEditsJson {

    private static final Set<String> FIELDS = Set.of("names", "notes", "merges", "moves", "excluded", "events",
            "overrides", "dismissed");

    private GroupEditsJson() {
    }

    static void write(JsonGenerator json, GroupEdits edits) throws IOException {
        json.writeStartObject();
        textMap(json, "names", edits.names());
        textMap(json, "notes", edits.notes());
        textMap(json, "merges", edits.merges());
        json.writeArrayFieldStart("moves");
        for (Map.Entry<Long, String> move : new TreeMap<>(edits.moves()).entrySet()) {
            json.writeStartObject();
            json.writeNumberField("claim", move.getKey());
            json.writeStringField("group", move.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        ids(json, "excluded", edits.excluded());
        json.writeArrayFieldStart("events");
        for (GroupEdits.EventLink event : edits.events()) {
            json.writeStartObject();
            json.writeStringField("id", event.id());
            json.writeStringField("name", event.name());
            ids(json, "claims", event.claimIds());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("overrides");
        for (GroupEdits.VerdictOverride override : edits.overrides()) {
            json.writeStartObject();
            json.writeNumberField("claimA", override.claimA());
            json.writeNumberField("claimB", override.claimB());
            json.writeStringField("verdict", ProjectFormat.key(override.verdict()));
            json.writeStringField("note", override.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dismissed");
        for (String pair : edits.dismissed().stream().sorted().toList()) {
            String[] ids = pair.split("-");
            json.writeStartArray();
            json.writeNumber(Long.parseLong(ids[0]));
            json.writeNumber(Long.parseLong(ids[1]));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void textMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private static void ids(JsonGenerator json, String field, Set<Long> ids) throws IOException {
        json.writeArrayFieldStart(field);
        for (long id : ids.stream().sorted().toList()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    /** Reads what {@link #write} wrote; a missing part is no edit. */
    static GroupEdits read(JsonFields edits) {
        edits.only(FIELDS);
        Map<Long, String> moves = new HashMap<>();
        for (JsonFields move : edits.objects("moves")) {
            move.only(Set.of("claim", "group"));
            moves.put(move.id("claim"), move.requiredText("group"));
        }
        List<GroupEdits.EventLink> events = edits.objects("events").stream().map(event -> {
            event.only(Set.of("id", "name", "claims"));
            return new GroupEdits.EventLink(event.requiredText("id"), event.text("name"),
                    new LinkedHashSet<>(event.ids("claims")));
        }).toList();
        List<GroupEdits.VerdictOverride> overrides = edits.objects("overrides").stream().map(override -> {
            override.only(Set.of("claimA", "claimB", "verdict", "note"));
            return new GroupEdits.VerdictOverride(override.id("claimA"), override.id("claimB"),
                    override.choice("verdict", Verdict.class), override.text("note"));
        }).toList();
        return new GroupEdits(edits.textMap("names"), edits.textMap("notes"), edits.textMap("merges"), moves,
                new HashSet<>(edits.ids("excluded")), events, overrides, dismissed(edits));
    }

    /** Pairs of claim ids, kept as the comparison keeps them: "smaller-larger". */
    private static Set<String> dismissed(JsonFields edits) {
        Set<String> pairs = new HashSet<>();
        for (List<Long> pair : edits.idPairs("dismissed")) {
            pairs.add(Math.min(pair.get(0), pair.get(1)) + "-" + Math.max(pair.get(0), pair.get(1)));
        }
        return pairs;
    }
}
