package org.genaitimeline.savedview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.catalog.QueryValues;

/**
 * A {@link ModelQuery} as the {@code filters} object of a view file, each value in the text
 * form {@link QueryValues} defines (sizes may also be written {@code "70B"} by hand). Only the facets that
 * filter are written, so a view without filters has {@code "filters": {}}; lists are sorted so
 * that the same query always gives the same text (diff-friendly for lecturers who keep their
 * decks in git).
 */
final class QueryJson {

    static final List<String> FIELDS = List.of("eras", "families", "kinds", "developers", "open", "fromYear",
            "toYear", "minParameters", "maxParameters", "includeUnknownSize", "tables", "origins", "text");

    private QueryJson() {
    }

    static ObjectNode write(ModelQuery q) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        list(o, "eras", q.eras());
        list(o, "families", q.families().stream().map(Family::id).toList());
        list(o, "kinds", q.kinds().stream().map(Kind::id).toList());
        list(o, "developers", q.developers());
        if (q.open() != ModelQuery.OpenFilter.ALL) {
            o.put("open", QueryValues.id(q.open()));
        }
        if (q.fromYear() != null) {
            o.put("fromYear", q.fromYear());
        }
        if (q.toYear() != null) {
            o.put("toYear", q.toYear());
        }
        if (q.minParameters() != null) {
            o.put("minParameters", q.minParameters());
        }
        if (q.maxParameters() != null) {
            o.put("maxParameters", q.maxParameters());
        }
        if (!q.includeUnknownSize()) {
            o.put("includeUnknownSize", false);
        }
        list(o, "tables", q.tables().stream().map(BookTable::id).toList());
        list(o, "origins", q.origins().stream().map(Provenance.Origin::id).toList());
        if (!q.text().isEmpty()) {
            o.put("text", q.text());
        }
        return o;
    }

    static ModelQuery read(ViewFieldReader r, JsonNode node, String at) throws ViewFileException {
        r.object(node, at, FIELDS);
        ModelQuery q = ModelQuery.ALL
                .withEras(r.set(node, at, "eras", Function.identity(), null))
                .withFamilies(r.set(node, at, "families", id -> QueryValues.family(id).orElse(null),
                        QueryValues.familyIds()))
                .withKinds(r.set(node, at, "kinds", id -> QueryValues.kind(id).orElse(null), QueryValues.kindIds()))
                .withDevelopers(r.set(node, at, "developers", Function.identity(), null))
                .withTables(r.set(node, at, "tables", id -> QueryValues.table(id).orElse(null), QueryValues.tableIds()))
                .withOrigins(r.set(node, at, "origins", id -> QueryValues.origin(id).orElse(null),
                        QueryValues.originIds()))
                .withText(r.text(node, at, "text", ""));
        String open = r.choice(node, at, "open", QueryValues.id(ModelQuery.OpenFilter.ALL),
                Stream.of(ModelQuery.OpenFilter.values()).map(QueryValues::id).toList());
        q = q.withOpen(QueryValues.open(open).orElseThrow());
        return q.withYears(r.year(node, at, "fromYear"), r.year(node, at, "toYear"))
                .withParameters(r.size(node, at, "minParameters"), r.size(node, at, "maxParameters"),
                        r.bool(node, at, "includeUnknownSize", true));
    }

    private static void list(ObjectNode o, String name, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray(name);
        values.stream().sorted().forEach(a::add);
    }

    /** For readers of {@link ViewFieldReader#set}: a set that keeps the file's order. */
    static <T> Set<T> ordered() {
        return new LinkedHashSet<>();
    }
}
