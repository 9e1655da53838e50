package org.genaitimeline.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.catalog.Provenance;

/**
 * The number beside each facet value: how many models would show if that value were
 * chosen, given every OTHER facet as it stands (the facet's own choice is ignored, so an
 * unticked era still says how many models it would bring back). Pure.
 */
public final class FacetCounts {

    private FacetCounts() {
    }

    public static Map<String, Integer> eras(List<Model> models, ModelQuery q) {
        return count(models, q.withEras(Set.of()).predicate(), m -> List.of(m.era()));
    }

    public static Map<Family, Integer> families(List<Model> models, ModelQuery q) {
        return count(models, q.withFamilies(Set.of()).predicate(), m -> List.of(m.family()));
    }

    public static Map<Kind, Integer> kinds(List<Model> models, ModelQuery q) {
        return count(models, q.withKinds(Set.of()).predicate(), m -> List.of(m.kind()));
    }

    /** Per source of the records: the book, Epoch AI, the user's files. */
    public static Map<Provenance.Origin, Integer> origins(List<Model> models, ModelQuery q) {
        return count(models, q.withOrigins(Set.of()).predicate(), m -> List.of(m.provenance().origin()));
    }

    /** Per developer, case-insensitive keys as the query compares them. */
    public static Map<String, Integer> developers(List<Model> models, ModelQuery q) {
        Map<String, Integer> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(count(models, q.withDevelopers(Set.of()).predicate(), Model::developer));
        return out;
    }

    private static <K> Map<K, Integer> count(List<Model> models, Predicate<Model> others,
            java.util.function.Function<Model, List<K>> keys) {
        Map<K, Integer> out = new HashMap<>();
        for (Model m : models) {
            if (others.test(m)) {
                for (K k : keys.apply(m)) {
                    out.merge(k, 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
