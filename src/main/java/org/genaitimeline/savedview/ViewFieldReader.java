package org.genaitimeline.savedview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.genaitimeline.catalog.JsonPositions;
import org.genaitimeline.catalog.QueryValues;
import org.genaitimeline.i18n.Messages;

/** Typed reads of one field with the problem placed at its line and column. */
final class ViewFieldReader {
    /** The years a view's range may name. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private final String name;
    private final JsonPositions locations;
    private final Messages messages;

    ViewFieldReader(String name, JsonPositions locations, Messages messages) {
        this.name = name;
        this.locations = locations;
        this.messages = messages;
    }

    ViewFileException fail(String pointer, String key, Object... args) {
        return failAt(locations.find(pointer), key, args);
    }

    private ViewFileException failAt(int[] at, String key, Object... args) {
        return new ViewFileException(messages.get("view.error.at", name, at[0], at[1], messages.get(key, args)),
                at[0], at[1]);
    }

    /** Checks that the node is an object with no field outside {@code allowed} (null: any). */
    void object(JsonNode node, String at, List<String> allowed) throws ViewFileException {
        if (!node.isObject()) {
            throw fail(at, "view.error.notObject");
        }
        if (allowed == null) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw failAt(locations.findName(at + "/" + field), "view.error.unknownField", field, String.join(", ", allowed));
            }
        }
    }

    String text(JsonNode node, String at, String field, String fallback) throws ViewFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw fail(at + "/" + field, "view.error.text", field);
        }
        return v.asText();
    }

    String choice(JsonNode node, String at, String field, String fallback, List<String> allowed)
            throws ViewFileException {
        String v = text(node, at, field, fallback);
        if (v != null && !allowed.contains(v)) {
            throw fail(at + "/" + field, "view.error.value", field, v, String.join(", ", allowed));
        }
        return v;
    }

    boolean bool(JsonNode node, String at, String field, boolean fallback) throws ViewFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw fail(at + "/" + field, "view.error.boolean", field);
        }
        return v.asBoolean();
    }

    double number(JsonNode node, String at, String field, double fallback) throws ViewFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw fail(at + "/" + field, "view.error.number", field);
        }
        return v.asDouble();
    }

    /**
     * A year of a range, absent as 0 (the caller checks the pair). Bounded, since a range
     * far from any model (3e9) shows nothing and once hung the axis; these years hold
     * every model the app can date with room on both sides.
     */
    double rangeEnd(JsonNode node, String at, String field) throws ViewFileException {
        double v = number(node, at, field, 0);
        if (node.has(field) && (v < FIRST_YEAR || v > LAST_YEAR)) {
            throw fail(at + "/" + field, "view.error.year", field, String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return v;
    }

    Long whole(JsonNode node, String at, String field) throws ViewFileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(at + "/" + field, "view.error.whole", field);
        }
        return v.asLong();
    }

    /** A year filter: a whole number {@link QueryValues#isYear} accepts. */
    Integer year(JsonNode node, String at, String field) throws ViewFileException {
        Long v = whole(node, at, field);
        if (v != null && !QueryValues.isYear(v)) {
            throw fail(at + "/" + field, "view.error.value", field, String.valueOf(v),
                    messages.get("query.allowed.year"));
        }
        return v == null ? null : v.intValue();
    }

    /** A size filter: a whole number as written, or a size in {@link QueryValues#size}'s form ("70B"). */
    Long size(JsonNode node, String at, String field) throws ViewFileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            return whole(node, at, field);
        }
        return QueryValues.size(v.asText()).orElseThrow(() -> fail(at + "/" + field, "view.error.value", field,
                v.asText(), messages.get("query.allowed.size")));
    }

    long wholeRequired(JsonNode node, String at, String field) throws ViewFileException {
        Long v = whole(node, at, field);
        if (v == null) {
            throw fail(at, "view.error.missing", field);
        }
        return v;
    }

    /** A list of ids; an id {@code parse} maps to null is refused with the {@code allowed} list. */
    <T> Set<T> set(JsonNode node, String at, String field, Function<String, T> parse, String allowed)
            throws ViewFileException {
        Set<T> out = QueryJson.ordered();
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw fail(at + "/" + field, "view.error.list", field);
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String here = at + "/" + field + "/" + i;
            if (!item.isTextual()) {
                throw fail(here, "view.error.text", field);
            }
            T value = parse.apply(item.asText());
            if (value == null) {
                throw fail(here, "view.error.value", field, item.asText(), allowed);
            }
            out.add(value);
        }
        return out;
    }
}
