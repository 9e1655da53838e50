package org.genaitimeline.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The immutable in-memory repository: every model sorted by date (ties by id), the eras,
 * and indexes by id, era, family, kind, developer and lineage. Opening another catalog file
 * builds a new {@code Catalog}; nothing here ever changes.
 */
public final class Catalog {

    /** Chronological, ties broken by id so that every sort of the catalog is stable. */
    public static final Comparator<Model> BY_DATE = Comparator.comparing(Model::date).thenComparing(Model::id);

    private final List<Model> models;
    private final List<Era> eras;
    private final String source;
    private final Map<String, Model> byId;
    private final Map<String, Era> eraById;
    private final Map<String, List<Model>> byEra;
    private final Map<Family, List<Model>> byFamily;
    private final Map<Kind, List<Model>> byKind;
    private final Map<String, List<Model>> byDeveloper;
    private final Map<String, List<Model>> ledTo;

    /**
     * @param models the models, in any order; ids must be unique
     * @param eras the eras, in chronological order
     * @param source where the catalog was read from, for the status bar ("bundled catalog", a path)
     */
    public Catalog(List<Model> models, List<Era> eras, String source) {
        List<Model> sorted = new ArrayList<>(models);
        sorted.sort(BY_DATE);
        this.models = List.copyOf(sorted);
        this.eras = List.copyOf(eras);
        this.source = source;
        this.byId = index(this.models, Model::id);
        this.eraById = index(this.eras, Era::id);
        this.byEra = group(m -> m.era(), new LinkedHashMap<>());
        this.byFamily = group(Model::family, new EnumMap<>(Family.class));
        this.byKind = group(Model::kind, new EnumMap<>(Kind.class));
        Map<String, List<Model>> devs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<Model>> children = new LinkedHashMap<>();
        for (Model m : this.models) {
            for (String d : m.developer()) {
                devs.computeIfAbsent(d, k -> new ArrayList<>()).add(m);
            }
            for (String parent : m.buildsOn()) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
        }
        this.byDeveloper = freeze(devs);
        this.ledTo = freeze(children);
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), "");
    }

    /** Every model, chronological. */
    public List<Model> models() {
        return models;
    }

    /** The eras in chronological order. */
    public List<Era> eras() {
        return eras;
    }

    /** Where the catalog was read from. */
    public String source() {
        return source;
    }

    public int size() {
        return models.size();
    }

    public Optional<Model> model(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Era> era(String id) {
        return Optional.ofNullable(eraById.get(id));
    }

    /** The era that contains a date, by the eras' ranges (not the model's own era field). */
    public Optional<Era> eraOf(PartialDate date) {
        return eras.stream().filter(e -> e.contains(date)).findFirst();
    }

    public List<Model> inEra(String eraId) {
        return byEra.getOrDefault(eraId, List.of());
    }

    public List<Model> ofFamily(Family family) {
        return byFamily.getOrDefault(family, List.of());
    }

    public List<Model> ofKind(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public List<Model> byDeveloper(String developer) {
        return byDeveloper.getOrDefault(developer, List.of());
    }

    /** Every developer named in the catalog, sorted case-insensitively. */
    public List<String> developers() {
        return List.copyOf(byDeveloper.keySet());
    }

    /** The models a model directly builds on (unknown ids skipped). */
    public List<Model> buildsOn(Model model) {
        return model.buildsOn().stream().map(byId::get).filter(m -> m != null).toList();
    }

    /** The models that directly build on a model, chronological. */
    public List<Model> ledTo(Model model) {
        return ledTo.getOrDefault(model.id(), List.of());
    }

    /** The rows of a book table in the book's order. */
    public List<Model> table(BookTable table) {
        return models.stream()
                .filter(m -> m.inTable(table))
                .sorted(Comparator.comparingInt((Model m) -> m.book().tableRow().orElse(Integer.MAX_VALUE))
                        .thenComparing(Model::printedDate)
                        .thenComparing(Model::id))
                .toList();
    }

    /** The years from the earliest to the latest model (inclusive). */
    public int firstYear() {
        return models.isEmpty() ? 2014 : models.get(0).date().year();
    }

    public int lastYear() {
        return models.stream().mapToInt(m -> m.date().year()).max().orElse(2023);
    }

    private <K> Map<K, List<Model>> group(Function<Model, K> key, Map<K, List<Model>> into) {
        for (Model m : models) {
            into.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        }
        return freeze(into);
    }

    private static <K> Map<K, List<Model>> freeze(Map<K, List<Model>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * By id, the first of a doubled id kept. One hash map: {@code Collectors.toUnmodifiableMap}
     * fills a hash map and then copies it into a probing table, two to five times the time
     * (and slower look-ups) for the 384,113 ids of a file at the size limit.
     */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new java.util.HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }
}
