package org.genaitimeline.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                problems.at(m.idAt(), m.path() + ".id", CatalogText.of("catalog.check.duplicateId", m.id(),
                        first.idAt().position(), first.path()));
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
        // the allowed ids, built once and kept short: one copy of 40,000 ids per bad model would not be
        String all = ids.size() <= LISTED ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, LISTED)) + ", … (" + ids.size() + ")";
        for (ModelDraft m : models) {
            if (m.era() == null) {
                continue;
            }
            EraReader.EraDraft era = known.get(m.era());
            if (era == null) {
                problems.at(m.eraAt(), m.path() + ".era", suggest(m.era(), ids)
                        .map(s -> CatalogText.of("catalog.check.unknownEraSuggest", m.era(), s, all))
                        .orElse(CatalogText.of("catalog.check.unknownEra", m.era(), all)));
            } else if (m.date() != null && era.start() != null && era.end() != null && !m.hasEraNote()
                    && (m.date().start().isBefore(era.start()) || m.date().end().isAfter(era.end()))) {
                problems.at(m.dateAt(), m.path() + ".date", CatalogText.of("catalog.check.outsideEra", m.date(), era.id(),
                        era.start(), era.end()));
            }
        }
    }

    private void lineage() {
        List<String> ids = List.copyOf(byId.keySet());
        for (ModelDraft m : models) {
            if (m.buildsOn().isEmpty()) {
                continue;
            }
            // Most models build on one or two others: a set only for a long list.
            List<ModelDraft.Link> links = m.buildsOn();
            Set<String> seen = links.size() > SCAN ? new HashSet<>() : null;
            for (int i = 0; i < links.size(); i++) {
                ModelDraft.Link link = links.get(i);
                Located item = link.target();
                String target = link.id();
                if (target.equals(m.id())) {
                    problems.at(item, at(m, link), CatalogText.of("catalog.check.buildsOnItself", target));
                } else if (!byId.containsKey(target)) {
                    CatalogText hint = suggest(target, ids).map(s -> CatalogText.of("catalog.hint.didYouMean", s))
                            .orElse(CatalogText.of("catalog.hint.modelId"));
                    problems.at(item, at(m, link), CatalogText.of("catalog.check.unknownModel", target, hint));
                } else if (seen != null ? !seen.add(target) : listedBefore(links, i, m.id())) {
                    problems.at(item, at(m, link), CatalogText.of("catalog.check.listedTwice", target));
                }
            }
        }
    }

    private static final int SCAN = 8;

    /**
     * Whether link {@code i}'s id is one of the links before it that counted (known, and not
     * the model itself), as a set of the links seen so far would tell.
     */
    private boolean listedBefore(List<ModelDraft.Link> links, int i, String self) {
        String target = links.get(i).id();
        for (int j = 0; j < i; j++) {
            String earlier = links.get(j).id();
            if (earlier.equals(target) && !earlier.equals(self) && byId.containsKey(earlier)) {
                return true;
            }
        }
        return false;
    }

    /** The path of a buildsOn item, spelled out for a message. */
    private static String at(ModelDraft m, ModelDraft.Link link) {
        return m.path() + ".buildsOn[" + link.index() + "]";
    }

    /** How many allowed era ids a message lists. */
    static final int LISTED = 30;

    /**
     * "Did you mean" compares a word with every known id, so a file of 20,000 unknown
     * references would compare 400 million pairs; past the first {@link #SUGGESTIONS} the
     * problems are still reported, only without a suggestion.
     */
    private Optional<String> suggest(String word, List<String> known) {
        if (suggestionsLeft <= 0) {
            return Optional.empty();
        }
        suggestionsLeft--;
        return Suggest.closest(word, known);
    }

    static final int SUGGESTIONS = 200;
    private int suggestionsLeft = SUGGESTIONS;

    /**
     * Depth-first search in file order; each cycle is reported once, where it closes. The
     * search keeps its own stack: a chain of 50,000 models, each building on the next, would
     * overflow the thread's stack if the search recursed.
     */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        Search search = new Search();
        for (ModelDraft m : byId.values()) {
            if (m.buildsOn().isEmpty()) {
                state.putIfAbsent(m.id(), 2); // a model that builds on nothing closes no cycle
            } else if (!state.containsKey(m.id())) {
                visit(m, state, search);
            }
        }
    }

    /** A model on the search path and how many of its buildsOn links have been followed. */
    private static final class Step {
        final ModelDraft model;
        int next;

        Step(ModelDraft model) {
            this.model = model;
        }
    }

    /** The search's path, emptied by each visit and reused by the next. */
    private static final class Search {
        final List<String> path = new ArrayList<>();
        final Map<String, Integer> depth = new HashMap<>(); // where each id on the path is, to cut a cycle out of it
        final Deque<Step> stack = new ArrayDeque<>();
    }

    private void visit(ModelDraft root, Map<String, Integer> state, Search search) {
        List<String> path = search.path;
        Map<String, Integer> depth = search.depth;
        Deque<Step> stack = search.stack;
        enter(root, path, depth, state, stack);
        while (!stack.isEmpty()) {
            Step step = stack.peek();
            ModelDraft m = step.model;
            if (step.next == m.buildsOn().size()) {
                stack.pop();
                path.remove(path.size() - 1);
                depth.remove(m.id());
                state.put(m.id(), 2);
                continue;
            }
            ModelDraft.Link link = m.buildsOn().get(step.next++);
            ModelDraft next = byId.get(link.id());
            if (next == null || next == m) {
                continue; // reported by lineage()
            }
            Integer s = state.get(next.id());
            if (s == null) {
                enter(next, path, depth, state, stack);
            } else if (s == 1) {
                List<String> cycle = path.subList(depth.get(next.id()), path.size());
                // Printed from the model that closes the cycle, where the problem is reported.
                List<String> printed = new ArrayList<>();
                printed.add(m.id());
                printed.addAll(cycle.subList(0, cycle.size() - 1));
                printed.add(m.id());
                problems.at(link.target(), m.path() + ".buildsOn[" + link.index() + "]", CatalogText.of("catalog.check.cycle",
                        String.join(" -> ", printed)));
            }
        }
    }

    private static void enter(ModelDraft m, List<String> path, Map<String, Integer> depth, Map<String, Integer> state,
            Deque<Step> stack) {
        state.put(m.id(), 1);
        depth.put(m.id(), path.size());
        path.add(m.id());
        stack.push(new Step(m));
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
