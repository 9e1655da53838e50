package org.genaitimeline.catalog;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every filter of the app in one immutable record: the sidebar, the command line's
 * {@code --list} options and saved views all produce one. Within a facet the values are
 * alternatives (OR); across facets all must hold (AND). An empty set means "no filter".
 *
 * @param eras era ids
 * @param families model types
 * @param kinds what the models generate
 * @param developers organisations (case-insensitive)
 * @param open all, only open weights, or only closed
 * @param fromYear first year to keep, inclusive, or null for no lower bound (the sidebar's year
 *        slider at its left end, which reads "2013 and earlier", so older models stay in)
 * @param toYear last year to keep, inclusive, or null
 * @param minParameters smallest size to keep, inclusive, or null
 * @param maxParameters largest size to keep, inclusive, or null
 * @param includeUnknownSize whether a size range keeps models of unknown size
 * @param tables book tables (a model in any of them)
 * @param origins where the records came from
 * @param text free text over names, aliases, developers and both summaries
 */
public record ModelQuery(
        Set<String> eras,
        Set<Family> families,
        Set<Kind> kinds,
        Set<String> developers,
        OpenFilter open,
        Integer fromYear,
        Integer toYear,
        Long minParameters,
        Long maxParameters,
        boolean includeUnknownSize,
        Set<BookTable> tables,
        Set<Provenance.Origin> origins,
        String text) {

    /** Open-weights facet. */
    public enum OpenFilter { ALL, OPEN, CLOSED }

    /** The query that keeps everything. */
    public static final ModelQuery ALL = new ModelQuery(Set.of(), Set.of(), Set.of(), Set.of(), OpenFilter.ALL,
            null, null, null, null, true, Set.of(), Set.of(), "");

    public ModelQuery {
        eras = Set.copyOf(eras);
        families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        TreeSet<String> devs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        devs.addAll(developers);
        developers = java.util.Collections.unmodifiableSet(devs);
        Objects.requireNonNull(open, "open");
        tables = Set.copyOf(tables);
        origins = Set.copyOf(origins);
        text = text == null ? "" : text.strip();
    }

    public ModelQuery withEras(Set<String> v) {
        return new ModelQuery(v, families, kinds, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withFamilies(Set<Family> v) {
        return new ModelQuery(eras, v, kinds, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withKinds(Set<Kind> v) {
        return new ModelQuery(eras, families, v, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withDevelopers(Set<String> v) {
        return new ModelQuery(eras, families, kinds, v, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withOpen(OpenFilter v) {
        return new ModelQuery(eras, families, kinds, developers, v, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withYears(Integer from, Integer to) {
        return new ModelQuery(eras, families, kinds, developers, open, from, to, minParameters, maxParameters,
                includeUnknownSize, tables, origins, text);
    }

    public ModelQuery withParameters(Long min, Long max, boolean keepUnknown) {
        return new ModelQuery(eras, families, kinds, developers, open, fromYear, toYear, min, max, keepUnknown,
                tables, origins, text);
    }

    public ModelQuery withTables(Set<BookTable> v) {
        return new ModelQuery(eras, families, kinds, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, v, origins, text);
    }

    public ModelQuery withOrigins(Set<Provenance.Origin> v) {
        return new ModelQuery(eras, families, kinds, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, v, text);
    }

    public ModelQuery withText(String v) {
        return new ModelQuery(eras, families, kinds, developers, open, fromYear, toYear, minParameters, maxParameters,
                includeUnknownSize, tables, origins, v);
    }

    /** Whether this query keeps every model. */
    public boolean isEmpty() {
        return equals(ALL) || equals(ALL.withParameters(null, null, false));
    }

    /** The predicate of this query. */
    public Predicate<Model> predicate() {
        return this::test;
    }

    public boolean test(Model m) {
        return matchesEra(m) && matchesFamily(m) && matchesKind(m) && matchesDeveloper(m) && matchesOpen(m)
                && matchesYears(m) && matchesSize(m) && matchesTable(m) && matchesOrigin(m) && matchesText(m);
    }

    boolean matchesEra(Model m) {
        return eras.isEmpty() || eras.contains(m.era());
    }

    boolean matchesFamily(Model m) {
        return families.isEmpty() || families.contains(m.family());
    }

    boolean matchesKind(Model m) {
        return kinds.isEmpty() || kinds.contains(m.kind());
    }

    boolean matchesDeveloper(Model m) {
        return developers.isEmpty() || m.developer().stream().anyMatch(developers::contains);
    }

    boolean matchesOpen(Model m) {
        return switch (open) {
            case ALL -> true;
            case OPEN -> m.isOpen();
            case CLOSED -> m.isClosed();
        };
    }

    boolean matchesYears(Model m) {
        int y = m.date().year();
        return (fromYear == null || y >= fromYear) && (toYear == null || y <= toYear);
    }

    boolean matchesSize(Model m) {
        if (m.parameters().isEmpty()) {
            return includeUnknownSize || (minParameters == null && maxParameters == null);
        }
        long p = m.parameters().getAsLong();
        return (minParameters == null || p >= minParameters) && (maxParameters == null || p <= maxParameters);
    }

    boolean matchesTable(Model m) {
        return tables.isEmpty() || tables.stream().anyMatch(m::inTable);
    }

    boolean matchesOrigin(Model m) {
        return origins.isEmpty() || origins.contains(m.provenance().origin());
    }

    boolean matchesText(Model m) {
        if (text.isEmpty()) {
            return true;
        }
        String needle = fold(text);
        return fold(m.name()).contains(needle)
                || m.aliases().stream().anyMatch(a -> fold(a).contains(needle))
                || m.developer().stream().anyMatch(d -> fold(d).contains(needle))
                || fold(m.summary().en()).contains(needle)
                || m.summary().zh().contains(text)
                || fold(m.id()).contains(needle);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
