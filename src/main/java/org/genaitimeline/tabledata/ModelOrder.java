package org.genaitimeline.tabledata;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;

/**
 * How the tables sort. Pure, so it is tested without JavaFX. Dates sort chronologically,
 * sizes numerically with unknown sizes last in BOTH directions (a plain reversed comparator
 * would put them first when descending), and every order ends with the id, so equal keys
 * never swap places between sorts (JDK-8301761).
 */
public final class ModelOrder {

    /** The sortable columns. */
    public enum Column { NAME, DATE, DEVELOPER, PARAMETERS, OPEN_SOURCE, FAMILY, KIND, ERA, LINEAGE }

    /** One level of a sort: a column and its direction. */
    public record Key(Column column, boolean ascending) {
    }

    private static final Comparator<Model> BY_ID = Comparator.comparing(Model::id);

    /** The language whose texts the name and developer columns sort by, whatever is shown. */
    static final Language SORT_LANGUAGE = Language.EN;

    private ModelOrder() {
    }

    /**
     * The comparator for the given sort levels.
     *
     * @param keys the levels, first is primary; empty means {@code unsorted}
     * @param printed whether to compare the book's printed values (tables 14-1 and 14-2)
     * @param language the language shown; it does not change the order (see {@link #SORT_LANGUAGE})
     * @param eraRank the position of an era id in the catalog
     * @param unsorted the order when no column is sorted (book order, or chronological)
     */
    public static Comparator<Model> of(List<Key> keys, boolean printed, Language language,
            ToIntFunction<String> eraRank, Comparator<Model> unsorted) {
        if (keys.isEmpty()) {
            return unsorted.thenComparing(BY_ID);
        }
        Comparator<Model> c = null;
        for (Key k : keys) {
            Comparator<Model> level = level(k, printed, language, eraRank);
            c = c == null ? level : c.thenComparing(level);
        }
        return c.thenComparing(BY_ID);
    }

    /** The book's row order for a book table, chronological otherwise. */
    public static Comparator<Model> bookOrder() {
        return Comparator.comparingInt((Model m) -> m.book().tableRow().orElse(Integer.MAX_VALUE))
                .thenComparing(Model::printedDate);
    }

    public static Comparator<Model> chronological() {
        return Catalog.BY_DATE;
    }

    private static Comparator<Model> level(Key k, boolean printed, Language shown, ToIntFunction<String> eraRank) {
        // The order never depends on the language shown: a lecturer switching languages
        // mid-lecture keeps the rows where they were. Names and developers compare as the
        // English book prints them ("稳定扩散" sorts where "Stable Diffusion" does).
        Language language = SORT_LANGUAGE;
        if (k.column() == Column.PARAMETERS) {
            return sizes(printed ? Model::printedParameters : Model::parameters, k.ascending());
        }
        if (k.column() == Column.OPEN_SOURCE) {
            // Like unknown sizes, open weights nobody stated sort last in both directions.
            java.util.function.Function<Model, java.util.Optional<Boolean>> open =
                    printed ? Model::printedOpenSource : Model::openSource;
            Comparator<Boolean> direction = k.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
            return Comparator.comparing((Model m) -> open.apply(m).orElse(null), Comparator.nullsLast(direction));
        }
        Comparator<Model> c = switch (k.column()) {
            case NAME -> Comparator.comparing((Model m) -> printed ? m.printedName(language) : m.name(language),
                    collator(language));
            case DATE -> Comparator.comparing(printed ? Model::printedDate : Model::date);
            case DEVELOPER -> Comparator.comparing((Model m) -> printed ? m.printedDeveloper(language)
                    : String.join(", ", m.developer()), collator(language));
            case OPEN_SOURCE -> throw new AssertionError();
            case FAMILY -> Comparator.comparing(Model::family);
            case KIND -> Comparator.comparing(Model::kind);
            case ERA -> Comparator.comparingInt(m -> eraRank.applyAsInt(m.era()));
            case LINEAGE -> Comparator.comparingInt(m -> m.buildsOn().size());
            case PARAMETERS -> throw new AssertionError();
        };
        return k.ascending() ? c : c.reversed();
    }

    /** Known sizes in the given direction, then every unknown size. */
    static Comparator<Model> sizes(Function<Model, OptionalLong> size, boolean ascending) {
        return (a, b) -> {
            OptionalLong x = size.apply(a);
            OptionalLong y = size.apply(b);
            if (x.isEmpty() || y.isEmpty()) {
                return Boolean.compare(x.isEmpty(), y.isEmpty());
            }
            int c = Long.compare(x.getAsLong(), y.getAsLong());
            return ascending ? c : -c;
        };
    }

    private static Comparator<String> collator(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
