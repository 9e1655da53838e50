package org.genaitimeline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;

/**
 * Models as the catalog file writes them (docs/catalog-format.md): the same field names
 * and value forms, optional fields left out when absent, so {@code --list --format json}
 * output can be pasted into a {@code models.json} and read back unchanged.
 */
final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    /** A JSON array of the models, pretty-printed, ending with a newline. */
    static String array(List<Model> models) {
        ArrayNode array = MAPPER.createArrayNode();
        models.forEach(m -> array.add(node(m)));
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // cannot happen for a tree of plain values
        }
    }

    /** {@link #array} written to {@code out} one model at a time, the same text without a tree of them all. */
    static void write(List<Model> models, java.io.Writer out) {
        try (com.fasterxml.jackson.databind.SequenceWriter array = MAPPER.writer().without(
                com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out)) {
            for (Model m : models) {
                array.write(node(m));
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.write("\n");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode node(Model m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("name", m.name());
        strings(n, "aliases", m.aliases());
        n.put("date", m.date().toString());
        n.put("era", m.era());
        m.eraNote().ifPresent(note -> n.set("eraNote", localized(note)));
        strings(n, "developer", m.developer());
        n.put("family", m.family().id());
        m.provenance().familyInference().ifPresent(f -> {
            ObjectNode inferred = n.putObject("familyInferred").put("rule", f.rule());
            strings(inferred, "columns", f.columns());
        });
        n.put("kind", m.kind().id());
        putLong(n, "parameters", m.parameters(), true);
        if (m.openSource().isPresent()) {
            n.put("openSource", m.openSource().get());
        } else {
            n.putNull("openSource");
        }
        m.openSourceNote().ifPresent(note -> n.set("openSourceNote", localized(note)));
        if (!m.tables().isEmpty()) {
            strings(n, "tables", m.tables().stream().map(BookTable::id).toList());
        }
        n.set("summary", localized(m.summary()));
        m.paper().ifPresent(p -> n.putObject("paper").put("title", p.title()).put("url", p.url()));
        strings(n, "buildsOn", m.buildsOn());
        if (!m.book().equals(BookValues.NONE)) {
            n.set("book", book(m.book()));
        }
        return n;
    }

    private static ObjectNode book(BookValues b) {
        ObjectNode n = MAPPER.createObjectNode();
        b.date().ifPresent(d -> n.put("date", d.toString()));
        putLong(n, "parameters", b.parameters(), false);
        b.openSource().ifPresent(o -> n.put("openSource", o));
        putLong(n, "openSourceParameters", b.openSourceParameters(), false);
        putLocalized(n, "name", b.name());
        putLocalized(n, "developer", b.developer());
        b.tableRow().ifPresent(r -> n.put("tableRow", r));
        b.figure14x1().ifPresent(e -> n.putObject("figure14_1").put("lane", e.lane().id())
                .put("date", e.date().toString()).put("label", e.label()));
        b.figure14x3().ifPresent(p -> n.putObject("figure14_3").put("date", p.date().toString())
                .put("value", p.billions()).put("label", p.label()));
        putLocalized(n, "note", b.note());
        return n;
    }

    private static ObjectNode localized(Localized l) {
        return MAPPER.createObjectNode().put("en", l.en()).put("zh", l.zh());
    }

    private static void putLocalized(ObjectNode n, String field, Optional<Localized> value) {
        value.ifPresent(v -> n.set(field, localized(v)));
    }

    /** {@code parameters} is written as null when unknown (the schema requires it); others are left out. */
    private static void putLong(ObjectNode n, String field, OptionalLong value, boolean nullWhenAbsent) {
        if (value.isPresent()) {
            n.put(field, value.getAsLong());
        } else if (nullWhenAbsent) {
            n.putNull(field);
        }
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }
}
