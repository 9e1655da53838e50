package org.genaitimeline.savedview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genaitimeline.figure.LineageOptions;

/**
 * A view's {@code lineage} object: <code>{"depth": 2, "direction": "both", "pathTo": "vae"}</code>,
 * depth {@code "all"} for the whole family tree. Every field is optional (a missing one keeps
 * {@link LineageOptions#DEFAULT}'s value); a wrong one is refused at its line and column.
 */
final class LineageJson {

    static final List<String> FIELDS = List.of("depth", "direction", "pathTo");
    static final String ALL = "all";
    private static final List<String> DIRECTIONS = Arrays.stream(LineageOptions.Direction.values())
            .map(LineageJson::id).toList();

    private LineageJson() {
    }

    static String id(LineageOptions.Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    static LineageOptions read(ViewFieldReader r, JsonNode node, String at) throws ViewFileException {
        LineageOptions d = LineageOptions.DEFAULT;
        r.object(node, at, FIELDS);
        String direction = r.choice(node, at, "direction", id(d.direction()), DIRECTIONS);
        String pathTo = r.text(node, at, "pathTo", null);
        LineageOptions o = d.withDepth(depth(r, node, at)).withDirection(
                LineageOptions.Direction.valueOf(direction.toUpperCase(Locale.ROOT)));
        return pathTo == null || pathTo.isBlank() ? o : o.withPathTo(pathTo);
    }

    /** A whole number of steps from 1, or "all". */
    private static int depth(ViewFieldReader r, JsonNode node, String at) throws ViewFileException {
        JsonNode v = node.get("depth");
        if (v == null || v.isNull()) {
            return LineageOptions.DEFAULT.depth();
        }
        if (v.isTextual() && v.asText().equals(ALL)) {
            return LineageOptions.ALL;
        }
        // Past int, as good as "all": no family tree is that deep, so refusing it would only puzzle.
        if (v.isIntegralNumber() && v.asLong() >= 1) {
            return v.canConvertToInt() ? v.asInt() : LineageOptions.ALL;
        }
        // As written in the file: "deep" in quotes, 1.5 without.
        throw r.fail(at + "/depth", "view.error.depth", v.toString());
    }

    static void write(ObjectNode o, LineageOptions l) {
        if (l.depth() == LineageOptions.ALL) {
            o.put("depth", ALL);
        } else {
            o.put("depth", l.depth());
        }
        o.put("direction", id(l.direction()));
        Optional<String> to = l.pathTo();
        to.ifPresent(id -> o.put("pathTo", id));
    }
}
