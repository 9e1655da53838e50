package org.genaitimeline.prefs;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;

/**
 * A {@link ModelQuery} as one line of text for the preferences: {@code key=v1,v2;key=v}
 * with every value URL-encoded (developer names contain commas and spaces). Facets left
 * at "no filter" are not written, so an empty string is {@link ModelQuery#ALL}.
 */
public final class QueryCodec {

    private QueryCodec() {
    }

    public static String encode(ModelQuery q) {
        StringBuilder s = new StringBuilder();
        put(s, "eras", q.eras());
        put(s, "families", q.families().stream().map(Family::id).toList());
        put(s, "kinds", q.kinds().stream().map(Kind::id).toList());
        put(s, "developers", q.developers());
        if (q.open() != ModelQuery.OpenFilter.ALL) {
            put(s, "open", List.of(q.open().name()));
        }
        putNumber(s, "fromYear", q.fromYear());
        putNumber(s, "toYear", q.toYear());
        putNumber(s, "minParameters", q.minParameters());
        putNumber(s, "maxParameters", q.maxParameters());
        if (!q.includeUnknownSize()) {
            put(s, "unknownSize", List.of("false"));
        }
        put(s, "tables", q.tables().stream().map(BookTable::id).toList());
        put(s, "origins", q.origins().stream().map(Provenance.Origin::id).toList());
        if (!q.text().isEmpty()) {
            put(s, "text", List.of(q.text()));
        }
        return s.toString();
    }

    /**
     * Reads what {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when the text is not such a line (unknown key or value)
     */
    public static ModelQuery decode(String text) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not key=value: " + part);
            }
            List<String> values = Arrays.stream(part.substring(eq + 1).split(","))
                    .filter(v -> !v.isEmpty())
                    .map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList();
            fields.put(part.substring(0, eq), values);
        }
        ModelQuery q = ModelQuery.ALL
                .withEras(set(fields, "eras", Function.identity()))
                .withFamilies(set(fields, "families", v -> Family.fromId(v).orElseThrow(() -> bad("family", v))))
                .withKinds(set(fields, "kinds", v -> Kind.fromId(v).orElseThrow(() -> bad("kind", v))))
                .withDevelopers(set(fields, "developers", Function.identity()))
                .withOpen(fields.containsKey("open") ? ModelQuery.OpenFilter.valueOf(one(fields, "open"))
                        : ModelQuery.OpenFilter.ALL)
                .withYears(integer(fields, "fromYear"), integer(fields, "toYear"))
                .withParameters(longValue(fields, "minParameters"), longValue(fields, "maxParameters"),
                        !fields.containsKey("unknownSize") || Boolean.parseBoolean(one(fields, "unknownSize")))
                .withTables(set(fields, "tables", v -> BookTable.fromId(v).orElseThrow(() -> bad("table", v))))
                .withOrigins(set(fields, "origins", QueryCodec::origin))
                .withText(String.join(",", fields.getOrDefault("text", List.of())));
        Set<String> known = Set.of("eras", "families", "kinds", "developers", "open", "fromYear", "toYear",
                "minParameters", "maxParameters", "unknownSize", "tables", "origins", "text");
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key: " + key);
            }
        }
        return q;
    }

    private static Provenance.Origin origin(String id) {
        return Arrays.stream(Provenance.Origin.values()).filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> bad("origin", id));
    }

    private static IllegalArgumentException bad(String what, String value) {
        return new IllegalArgumentException("unknown " + what + ": " + value);
    }

    private static <T> Set<T> set(Map<String, List<String>> fields, String key, Function<String, T> parse) {
        return fields.getOrDefault(key, List.of()).stream().map(parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String one(Map<String, List<String>> fields, String key) {
        List<String> v = fields.get(key);
        if (v.size() != 1) {
            throw new IllegalArgumentException(key + " takes one value");
        }
        return v.get(0);
    }

    private static Integer integer(Map<String, List<String>> fields, String key) {
        return fields.containsKey(key) ? Integer.valueOf(one(fields, key)) : null;
    }

    private static Long longValue(Map<String, List<String>> fields, String key) {
        return fields.containsKey(key) ? Long.valueOf(one(fields, key)) : null;
    }

    private static void put(StringBuilder s, String key, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (s.length() > 0) {
            s.append(';');
        }
        s.append(key).append('=').append(values.stream().sorted()
                .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).collect(Collectors.joining(",")));
    }

    private static void putNumber(StringBuilder s, String key, Number value) {
        if (value != null) {
            put(s, key, List.of(value.toString()));
        }
    }
}
