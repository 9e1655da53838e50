package org.genaitimeline.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text form of each filter's values, defined once for the view files and the command
 * line: family, kind, table and source ids, the open-weights choice, years and sizes
 * ({@code 70B}, {@code 890M}). Each reader is lenient about surrounding blanks and returns
 * empty for anything else, so the caller can say so in its own place and words.
 */
public final class QueryValues {

    /** The years a filter accepts, inclusive. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private QueryValues() {
    }

    public static Optional<Family> family(String id) {
        return Family.fromId(id.strip());
    }

    public static Optional<Kind> kind(String id) {
        return Kind.fromId(id.strip());
    }

    public static Optional<BookTable> table(String id) {
        return BookTable.fromId(id.strip());
    }

    public static Optional<Provenance.Origin> origin(String id) {
        return Arrays.stream(Provenance.Origin.values()).filter(o -> o.id().equals(id.strip())).findFirst();
    }

    /** {@code all}, {@code open} or {@code closed}. */
    public static Optional<ModelQuery.OpenFilter> open(String id) {
        return Arrays.stream(ModelQuery.OpenFilter.values()).filter(o -> id(o).equals(id.strip())).findFirst();
    }

    public static String id(ModelQuery.OpenFilter open) {
        return open.name().toLowerCase(Locale.ROOT);
    }

    /** A whole year such as {@code 2020}. */
    public static Optional<Integer> year(String text) {
        try {
            int y = Integer.parseInt(text.strip());
            return isYear(y) ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static boolean isYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A positive parameter count: digits, {@code 1.5e9}, or with a unit ({@code 70B}, {@code 890M}, {@code 1.2T}). */
    public static Optional<Long> size(String text) {
        try {
            return Optional.of(ModelFormat.parseParameters(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String familyIds() {
        return ids(Family.values(), Family::id);
    }

    public static String kindIds() {
        return ids(Kind.values(), Kind::id);
    }

    public static String tableIds() {
        return ids(BookTable.values(), BookTable::id);
    }

    public static String originIds() {
        return ids(Provenance.Origin.values(), Provenance.Origin::id);
    }

    private static <T> String ids(T[] values, Function<T, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
