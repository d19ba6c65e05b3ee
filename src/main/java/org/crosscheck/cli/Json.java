package org.crosscheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The JSON the commands print: pretty, UTF-8, numbers as numbers, missing values as null. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Prints {@code {"field": [ ... ]}} with one element per item, each made and written in turn, so
     * that a large answer (the comparison of 10,000 articles is some 25 MB) is never held whole in
     * memory, as a tree or as a string; the same text {@link #write} would give, and a line end.
     */
    static <T> void printArray(PrintStream out, String field, Iterable<T> items, Function<T, JsonNode> element) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(writer)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart(field);
            for (T item : items) {
                MAPPER.writeTree(json, element.apply(item));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            writer.write(System.lineSeparator());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    /** A figure, or null for an open end. */
    static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, value.longValue());
        } else {
            node.put(field, value);
        }
    }

    static void putText(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
