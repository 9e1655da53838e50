package org.genaitimeline.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.BookTable;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.catalog.QueryValues;
import org.genaitimeline.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * The filters shared by {@code --list} and {@code --export} (a picocli mixin), turned into
 * the same {@link ModelQuery} the sidebar builds: OR within a facet, AND across facets. Ids,
 * years and sizes are read by {@link QueryValues}, as in a view file.
 */
final class QueryOptions {

    @Option(names = "--era", split = ",", paramLabel = "ID", descriptionKey = "cli.option.era")
    List<String> eras = new ArrayList<>();

    @Option(names = "--family", split = ",", paramLabel = "ID", descriptionKey = "cli.option.family")
    List<String> families = new ArrayList<>();

    @Option(names = "--kind", split = ",", paramLabel = "ID", descriptionKey = "cli.option.kind")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--developer", paramLabel = "NAME", descriptionKey = "cli.option.developer")
    List<String> developers = new ArrayList<>();

    @Option(names = "--source", split = ",", paramLabel = "ID", descriptionKey = "cli.option.source")
    List<String> sources = new ArrayList<>();

    @Option(names = "--open", descriptionKey = "cli.option.open")
    boolean open;

    @Option(names = "--closed", descriptionKey = "cli.option.closed")
    boolean closed;

    @Option(names = "--from", paramLabel = "YEAR", descriptionKey = "cli.option.from")
    String from;

    @Option(names = "--to", paramLabel = "YEAR", descriptionKey = "cli.option.to")
    String to;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.option.search")
    String search;

    @Option(names = "--table", paramLabel = "TABLE", descriptionKey = "cli.option.table")
    String table;

    @Option(names = "--min-params", paramLabel = "N", descriptionKey = "cli.option.minParams")
    String minParams;

    @Option(names = "--max-params", paramLabel = "N", descriptionKey = "cli.option.maxParams")
    String maxParams;

    /** The book table asked for with {@code --table}, or null. */
    BookTable bookTable(Messages messages) {
        if (table == null) {
            return null;
        }
        return QueryValues.table(table).orElseThrow(() -> badValue(messages, "--table", table, QueryValues.tableIds()));
    }

    /** The query these options describe, checked against the catalog's eras. */
    ModelQuery toQuery(Catalog catalog, Messages messages) {
        if (open && closed) {
            throw CliException.usage(messages.get("cli.error.conflict", "--open", "--closed"));
        }
        Set<String> knownEras = catalog.eras().stream().map(Era::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> eraIds = new LinkedHashSet<>();
        for (String e : clean(eras)) {
            if (!knownEras.contains(e)) {
                throw badValue(messages, "--era", e, String.join(", ", knownEras));
            }
            eraIds.add(e);
        }
        Set<Family> fams = values(families, QueryValues::family, messages, "--family", QueryValues.familyIds());
        Set<Kind> kindSet = values(kinds, QueryValues::kind, messages, "--kind", QueryValues.kindIds());
        Set<Provenance.Origin> origins = values(sources, QueryValues::origin, messages, "--source",
                QueryValues.originIds());
        Integer fromYear = year(messages, "--from", from);
        Integer toYear = year(messages, "--to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw CliException.invalid(messages.get("cli.error.yearOrder", fromYear, toYear));
        }
        Long min = size(messages, "--min-params", minParams);
        Long max = size(messages, "--max-params", maxParams);
        if (min != null && max != null && min > max) {
            throw CliException.invalid(messages.get("cli.error.sizeOrder", minParams, maxParams));
        }
        BookTable bookTable = bookTable(messages);
        ModelQuery q = ModelQuery.ALL
                .withEras(eraIds)
                .withFamilies(fams)
                .withKinds(kindSet)
                .withDevelopers(Set.copyOf(clean(developers)))
                .withOpen(open ? ModelQuery.OpenFilter.OPEN : closed ? ModelQuery.OpenFilter.CLOSED
                        : ModelQuery.OpenFilter.ALL)
                .withYears(fromYear, toYear)
                .withTables(bookTable == null ? Set.of() : Set.of(bookTable))
                .withOrigins(origins)
                .withText(search == null ? "" : search);
        // A size range leaves out models whose size nobody knows: they are neither in nor out of it.
        return min == null && max == null ? q : q.withParameters(min, max, false);
    }

    /**
     * The query of a saved view with the facets given on the command line put in its place:
     * explicit options override the view, facet by facet.
     */
    ModelQuery toQuery(Catalog catalog, Messages messages, ModelQuery view) {
        ModelQuery given = toQuery(catalog, messages);
        ModelQuery q = view;
        if (!clean(eras).isEmpty()) {
            q = q.withEras(given.eras());
        }
        if (!clean(families).isEmpty()) {
            q = q.withFamilies(given.families());
        }
        if (!clean(kinds).isEmpty()) {
            q = q.withKinds(given.kinds());
        }
        if (!clean(developers).isEmpty()) {
            q = q.withDevelopers(given.developers());
        }
        if (open || closed) {
            q = q.withOpen(given.open());
        }
        if (from != null || to != null) {
            q = q.withYears(from != null ? given.fromYear() : q.fromYear(), to != null ? given.toYear() : q.toYear());
        }
        if (minParams != null || maxParams != null) {
            q = q.withParameters(given.minParameters(), given.maxParameters(), given.includeUnknownSize());
        }
        if (table != null) {
            q = q.withTables(given.tables());
        }
        if (search != null) {
            q = q.withText(given.text());
        }
        return q;
    }

    private static List<String> clean(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Each value read the way a view file reads it; the first unknown one is refused by name. */
    private static <T> Set<T> values(List<String> given, Function<String, Optional<T>> parse, Messages messages,
            String option, String allowed) {
        Set<T> out = new LinkedHashSet<>();
        for (String v : clean(given)) {
            out.add(parse.apply(v).orElseThrow(() -> badValue(messages, option, v, allowed)));
        }
        return out;
    }

    private static Integer year(Messages messages, String option, String value) {
        return value == null ? null : QueryValues.year(value)
                .orElseThrow(() -> badValue(messages, option, value, messages.get("query.allowed.year")));
    }

    private static Long size(Messages messages, String option, String value) {
        return value == null ? null : QueryValues.size(value)
                .orElseThrow(() -> badValue(messages, option, value, messages.get("query.allowed.size")));
    }

    static CliException badValue(Messages messages, String option, String value, String allowed) {
        // Lists of ids read "a, b, c" in English and "a、b、c" in Chinese.
        String list = messages.language() == org.genaitimeline.i18n.Language.ZH
                ? allowed.replace(", ", "、") : allowed;
        return CliException.invalid(messages.get("cli.error.badValue", option, value, list));
    }
}
