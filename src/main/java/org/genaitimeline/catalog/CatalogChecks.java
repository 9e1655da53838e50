package org.genaitimeline.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that relate models to each other and to the eras: unique ids, known eras and
 * dates inside them, lineage that points at known models and never goes round in a circle,
 * and one model per book-table row. They run on drafts, so they still find these mistakes in
 * entries that also have problems of their own.
 */
final class CatalogChecks {

    private final List<ModelDraft> models;
    private final List<EraReader.EraDraft> eras;
    private final Problems problems;
    private final Map<String, ModelDraft> byId = new LinkedHashMap<>();

    /**
     * @param eras the readable eras, or null when the eras file could not be read at all (then
     *     the era rules are skipped rather than flag every model)
     */
    CatalogChecks(List<ModelDraft> models, List<EraReader.EraDraft> eras, Problems problems) {
        this.models = models;
        this.eras = eras;
        this.problems = problems;
    }

    void run() {
        uniqueIds();
        if (eras != null) {
            eras();
        }
        lineage();
        cycles();
        tableRows();
    }

    private void uniqueIds() {
        for (ModelDraft m : models) {
            if (m.id() == null) {
                continue;
            }
            ModelDraft first = byId.putIfAbsent(m.id(), m);
            if (first != null) {
                problems.at(m.field("id"), m.path() + ".id", CatalogText.of("catalog.check.duplicateId", m.id(),
                        first.field("id").position(), first.path()));
            }
        }
    }

    private void eras() {
        Map<String, EraReader.EraDraft> known = new LinkedHashMap<>();
        for (EraReader.EraDraft e : eras) {
            if (e.id() != null) {
                known.putIfAbsent(e.id(), e);
            }
        }
        List<String> ids = List.copyOf(known.keySet());
        for (ModelDraft m : models) {
            if (m.era() == null) {
                continue;
            }
            EraReader.EraDraft era = known.get(m.era());
            if (era == null) {
                String all = String.join(", ", ids);
                problems.at(m.field("era"), m.path() + ".era", Suggest.closest(m.era(), ids)
                        .map(s -> CatalogText.of("catalog.check.unknownEraSuggest", m.era(), s, all))
                        .orElse(CatalogText.of("catalog.check.unknownEra", m.era(), all)));
            } else if (m.date() != null && era.start() != null && era.end() != null && !m.hasEraNote()
                    && (m.date().start().isBefore(era.start()) || m.date().end().isAfter(era.end()))) {
                problems.at(m.field("date"), m.path() + ".date", CatalogText.of("catalog.check.outsideEra", m.date(), era.id(),
                        era.start(), era.end()));
            }
        }
    }

    private void lineage() {
        List<String> ids = List.copyOf(byId.keySet());
        for (ModelDraft m : models) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < m.buildsOn().size(); i++) {
                Located item = m.buildsOn().get(i);
                String at = m.path() + ".buildsOn[" + indexIn(m, item) + "]";
                String target = item.text();
                if (target.equals(m.id())) {
                    problems.at(item, at, CatalogText.of("catalog.check.buildsOnItself", target));
                } else if (!byId.containsKey(target)) {
                    CatalogText hint = Suggest.closest(target, ids).map(s -> CatalogText.of("catalog.hint.didYouMean", s))
                            .orElse(CatalogText.of("catalog.hint.modelId"));
                    problems.at(item, at, CatalogText.of("catalog.check.unknownModel", target, hint));
                } else if (!seen.add(target)) {
                    problems.at(item, at, CatalogText.of("catalog.check.listedTwice", target));
                }
            }
        }
    }

    /** The position of an item within its buildsOn array (bad items were dropped from the draft). */
    private static int indexIn(ModelDraft m, Located item) {
        return m.field("buildsOn").items().indexOf(item);
    }

    /** Depth-first search in file order; each cycle is reported once, where it closes. */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (ModelDraft m : byId.values()) {
            if (!state.containsKey(m.id())) {
                visit(m, new ArrayList<>(), state);
            }
        }
    }

    private void visit(ModelDraft m, List<String> path, Map<String, Integer> state) {
        state.put(m.id(), 1);
        path.add(m.id());
        for (Located item : m.buildsOn()) {
            ModelDraft next = byId.get(item.text());
            if (next == null || next == m) {
                continue; // reported by lineage()
            }
            Integer s = state.get(next.id());
            if (s == null) {
                visit(next, path, state);
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next.id()), path.size()));
                // Printed from the model that closes the cycle, where the problem is reported.
                List<String> printed = new ArrayList<>();
                printed.add(m.id());
                printed.addAll(cycle.subList(0, cycle.size() - 1));
                printed.add(m.id());
                problems.at(item, m.path() + ".buildsOn[" + indexIn(m, item) + "]", CatalogText.of("catalog.check.cycle",
                        String.join(" -> ", printed)));
            }
        }
        path.remove(path.size() - 1);
        state.put(m.id(), 2);
    }

    private void tableRows() {
        Map<BookTable, Map<Long, ModelDraft>> rows = new EnumMap<>(BookTable.class);
        for (ModelDraft m : models) {
            if (m.tableRow() == null) {
                continue;
            }
            long row = Long.parseLong(m.tableRow().text());
            for (BookTable t : m.tables()) {
                ModelDraft first = rows.computeIfAbsent(t, k -> new HashMap<>()).putIfAbsent(row, m);
                if (first != null) {
                    String who = first.id() == null ? first.path() : "\"" + first.id() + "\"";
                    problems.at(m.tableRow(), m.path() + ".book.tableRow", CatalogText.of("catalog.check.rowTaken", row, t.id(), who,
                            first.tableRow().position()));
                }
            }
        }
    }
}
