package org.crosscheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON document against a JSON Schema written in the small part of draft 2020-12 that the
 * project file's schema uses. No validator library is a dependency; a keyword this does not know
 * is itself a problem, so the schema cannot say more than is checked.
 */
final class SchemaSubset {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "format", "$defs");

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private SchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** What in {@code document} the schema does not allow; empty when it fits. */
    static List<String> problems(JsonNode schema, JsonNode document) {
        SchemaSubset check = new SchemaSubset(schema);
        check.check(schema, document, "$");
        return check.problems;
    }

    private boolean check(JsonNode schema, JsonNode value, String where) {
        int before = problems.size();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> keyword = fields.next();
            apply(keyword.getKey(), keyword.getValue(), schema, value, where);
        }
        return problems.size() == before;
    }

    private void apply(String keyword, JsonNode rule, JsonNode schema, JsonNode value, String where) {
        switch (keyword) {
            case "$ref" -> check(root.at(rule.asText().substring(1)), value, where);
            case "type" -> {
                boolean fits = false;
                Iterable<JsonNode> types = rule.isArray() ? rule : List.of(rule);
                for (JsonNode type : types) {
                    fits |= isOfType(type.asText(), value);
                }
                expect(fits, where, "is not of type " + rule);
            }
            case "const" -> expect(rule.equals(value), where, "is not " + rule);
            case "enum" -> {
                boolean listed = false;
                for (JsonNode option : rule) {
                    listed |= option.equals(value);
                }
                expect(listed, where, value + " is none of " + rule);
            }
            case "anyOf" -> {
                boolean any = false;
                for (JsonNode option : rule) {
                    SchemaSubset alone = new SchemaSubset(root);
                    any |= alone.check(option, value, where);
                }
                expect(any, where, "fits none of anyOf");
            }
            case "required" -> rule.forEach(name -> expect(!value.isObject() || value.has(name.asText()), where,
                    "lacks " + name.asText()));
            case "properties" -> rule.fields().forEachRemaining(property -> {
                if (value.isObject() && value.has(property.getKey())) {
                    check(property.getValue(), value.get(property.getKey()), where + "." + property.getKey());
                }
            });
            case "additionalProperties" -> additional(rule, schema.get("properties"), value, where);
            case "items" -> {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        check(rule, value.get(i), where + "[" + i + "]");
                    }
                }
            }
            case "minimum" -> expect(!value.isNumber() || value.asDouble() >= rule.asDouble(), where, "is below " + rule);
            case "minItems" -> expect(!value.isArray() || value.size() >= rule.asInt(), where, "has too few items");
            case "maxItems" -> expect(!value.isArray() || value.size() <= rule.asInt(), where, "has too many items");
            case "pattern" -> expect(!value.isTextual() || java.util.regex.Pattern.compile(rule.asText())
                    .matcher(value.asText()).find(), where, "does not match " + rule);
            default -> expect(ANNOTATIONS.contains(keyword), where, "the schema uses " + keyword + ", which is not checked");
        }
    }

    /** The fields the same schema object does not name under "properties" must fit {@code rule}. */
    private void additional(JsonNode rule, JsonNode properties, JsonNode value, String where) {
        if (!value.isObject()) {
            return;
        }
        value.fieldNames().forEachRemaining(name -> {
            if (properties == null || !properties.has(name)) {
                if (rule.isBoolean()) {
                    expect(rule.asBoolean(), where, "has the field " + name + ", which the schema does not name");
                } else {
                    check(rule, value.get(name), where + "." + name);
                }
            }
        });
    }

    private static boolean isOfType(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private void expect(boolean fits, String where, String problem) {
        if (!fits) {
            problems.add(where + " " + problem);
        }
    }
}
