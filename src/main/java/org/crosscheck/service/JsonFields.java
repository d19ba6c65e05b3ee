package org.crosscheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One JSON object of a project file read field by field, each failure named by where it is
 * ({@code sources[3].published.precision}) and what is wrong, in words. A missing text field is
 * empty and a missing optional value null, so a file written by hand may leave them out; a value
 * of the wrong type, or a field the format does not know (a typo would lose what it holds), is refused.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields root(JsonNode node) {
        if (!node.isObject()) {
            throw new ProjectFileException("it is no Crosscheck project file: it holds a JSON "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", where a project is one object with "
                    + "\"format\": \"" + ProjectFormat.FORMAT + "\"");
        }
        return new JsonFields(node, "");
    }

    /** Refuses fields other than these. */
    JsonFields only(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw wrong(name, "is no field of the format");
            }
        }
        return this;
    }

    boolean isNull(String field) {
        return !node.has(field) || node.get(field).isNull();
    }

    JsonFields object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw wrong(field, value == null ? "is missing" : "must be an object");
        }
        return new JsonFields(value, at(field));
    }

    /** The objects of an array; a missing array is empty. */
    List<JsonFields> objects(String field) {
        return elements(array(field), at(field), JsonNode::isObject, "an object", JsonFields::new);
    }

    List<Long> ids(String field) {
        return ids(array(field), at(field));
    }

    /** An array of pairs of ids: {@code [[3, 7], [4, 9]]}. */
    List<List<Long>> idPairs(String field) {
        return elements(array(field), at(field), pair -> pair.isArray() && pair.size() == 2, "a pair of ids, as [3, 7]",
                JsonFields::ids);
    }

    private static List<Long> ids(JsonNode array, String where) {
        return elements(array, where, id -> id.canConvertToExactIntegral() && id.canConvertToLong(),
                "a whole number (an id)", (id, at) -> id.asLong());
    }

    List<String> texts(String field) {
        return elements(array(field), at(field), JsonNode::isTextual, "a text", (text, at) -> text.asText());
    }

    /** Each element of an array that {@code fits}, as {@code read} makes it of the element and where it is. */
    private static <T> List<T> elements(JsonNode array, String where, Predicate<JsonNode> fits, String what,
                                        BiFunction<JsonNode, String, T> read) {
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = where + "[" + i + "]";
            if (!fits.test(array.get(i))) {
                throw new ProjectFileException(at + " must be " + what);
            }
            elements.add(read.apply(array.get(i), at));
        }
        return elements;
    }

    /** A JSON object of texts by text, in the file's order; a missing one is empty. */
    Map<String, String> textMap(String field) {
        Map<String, String> map = new LinkedHashMap<>();
        if (isNull(field)) {
            return map;
        }
        JsonFields object = object(field);
        object.node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw object.wrong(entry.getKey(), "must be a text");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return map;
    }

    private JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw wrong(field, "must be an array");
        }
        return value;
    }

    /** A text; missing or null is empty. */
    String text(String field) {
        String value = textOrNull(field);
        return value == null ? "" : value;
    }

    String textOrNull(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrong(field, "must be a text");
        }
        return value.asText();
    }

    /** The field's text, or null when it is missing or holds no text: for telling a foreign file apart. */
    String textIfAny(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    String requiredText(String field) {
        if (isNull(field)) {
            throw wrong(field, "is missing");
        }
        return text(field);
    }

    long id(String field) {
        Long value = idOrNull(field);
        if (value == null) {
            throw wrong(field, "is missing");
        }
        return value;
    }

    Long idOrNull(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw wrong(field, "must be a whole number");
        }
        return value.asLong();
    }

    int integer(String field) {
        long value = id(field);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw wrong(field, "must be a whole number from 0 to " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) value;
    }

    boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrong(field, "must be true or false");
        }
        return value.asBoolean();
    }

    Double number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrong(field, "must be a number or null");
        }
        return value.asDouble();
    }

    /** An enum value written as its key ("changed-over-time"). */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String key = requiredText(field);
        E value = ProjectFormat.fromKey(type, key);
        if (value == null) {
            throw wrong(field, "is “" + key + "”, which is none of " + ProjectFormat.keys(type));
        }
        return value;
    }

    ProjectFileException wrong(String field, String what) {
        return new ProjectFileException(at(field) + " " + what);
    }

    /** A failure of this object as a whole, such as a value the model refuses. */
    ProjectFileException wrong(String what) {
        return new ProjectFileException((path.isEmpty() ? "the file" : path) + ": " + what);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
