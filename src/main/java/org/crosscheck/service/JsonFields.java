package org.crosscheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    String path() {
        return path.isEmpty() ? "the file" : path;
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

    boolean has(String field) {
        return node.has(field);
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
        List<JsonFields> items = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                throw new ProjectFileException(at(field) + "[" + i + "] must be an object");
            }
            items.add(new JsonFields(item, at(field) + "[" + i + "]"));
        }
        return items;
    }

    List<Long> ids(String field) {
        return ids(array(field), at(field));
    }

    /** An array of pairs of ids: {@code [[3, 7], [4, 9]]}. */
    List<List<Long>> idPairs(String field) {
        List<List<Long>> pairs = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            String where = at(field) + "[" + i + "]";
            if (!array.get(i).isArray() || array.get(i).size() != 2) {
                throw new ProjectFileException(where + " must be a pair of ids, as [3, 7]");
            }
            pairs.add(ids(array.get(i), where));
        }
        return pairs;
    }

    private static List<Long> ids(JsonNode array, String where) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).canConvertToExactIntegral() || !array.get(i).canConvertToLong()) {
                throw new ProjectFileException(where + "[" + i + "] must be a whole number (an id)");
            }
            ids.add(array.get(i).asLong());
        }
        return ids;
    }

    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new ProjectFileException(at(field) + "[" + i + "] must be a text");
            }
            texts.add(array.get(i).asText());
        }
        return texts;
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
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
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

    LocalDate date(String field) {
        String text = textOrNull(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(field, "is “" + text + "”, not a date as YYYY-MM-DD");
        }
    }

    LocalDateTime dateTime(String field) {
        String text = textOrNull(field);
        try {
            return text == null ? null : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(field, "is “" + text + "”, not a date and time as YYYY-MM-DDTHH:MM:SS");
        }
    }

    ProjectFileException wrong(String field, String what) {
        return new ProjectFileException(at(field) + " " + what);
    }

    /** A failure of this object as a whole, such as a value the model refuses. */
    ProjectFileException wrong(String what) {
        return new ProjectFileException(path() + ": " + what);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
