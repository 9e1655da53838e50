package org.genaitimeline.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps an import's base-model links from going round in a circle, which the catalog
 * validator forbids in a file (two Epoch rows that name each other as base model would
 * otherwise make one). Only links between imported models can close a circle: the catalog
 * imported into has none, and none of its models builds on a model that is only now being
 * imported. A depth-first search in row order cuts each link that reaches back to a model
 * still on the search path; linear in models and links, and iterative, so a long chain of
 * rows cannot overflow the stack.
 */
final class LineageCycles {

    /** A link left out: {@code child} named {@code parent}, which already leads back to it. */
    record Cut(String child, String parent) {
    }

    private LineageCycles() {
    }

    /**
     * Removes the links that close a circle from {@code parentsOf} (new model id to the ids
     * it builds on, changed in place) and returns them in the order found.
     */
    static List<Cut> cut(Map<String, List<String>> parentsOf) {
        List<Cut> cuts = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (String root : parentsOf.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> next = new ArrayDeque<>(); // for each model on the path, the next link to follow
            state.put(root, 1);
            path.push(root);
            next.push(new int[] {0});
            while (!path.isEmpty()) {
                String child = path.peek();
                List<String> parents = parentsOf.get(child);
                int[] i = next.peek();
                if (i[0] >= parents.size()) {
                    state.put(child, 2);
                    path.pop();
                    next.pop();
                    continue;
                }
                String parent = parents.get(i[0]);
                Integer s = parentsOf.containsKey(parent) ? state.get(parent) : Integer.valueOf(2);
                if (s == null) {
                    i[0]++;
                    state.put(parent, 1);
                    path.push(parent);
                    next.push(new int[] {0});
                } else if (s == 1) {
                    parents.remove(i[0]); // the next link moves into this place
                    cuts.add(new Cut(child, parent));
                } else {
                    i[0]++;
                }
            }
        }
        return cuts;
    }
}
