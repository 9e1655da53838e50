package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;

/**
 * The rows of the lineage figure: each family's band gets a header row (its name) and as many
 * rows as its models need so that no two node boxes (marker and name) come closer than a gap
 * along the time axis. A model goes in the row of a parent of its own band when there is room
 * right after it, so a chain (GPT, GPT-2, GPT-3) reads along one line; otherwise in the row with
 * room nearest its parents' (short links), or the first with room (first fit in time order needs
 * the fewest rows an interval packing can).
 */
final class NodeRows {

    /** A node before its row's height is known: its span along the time axis. */
    static final class Slot {
        final Model model;
        final Family family;
        final double cx;
        final double left;
        final double right;
        /** Its place among the slots (the routing's group of its links). */
        final int index;
        int row = -1;

        Slot(int index, Model model, double cx, double left, double right) {
            this.index = index;
            this.model = model;
            this.family = model.family();
            this.cx = cx;
            this.left = left;
            this.right = right;
        }
    }

    /** A row: the header of a band (one obstacle, its name) or a row of nodes, left to right. */
    static final class Row {
        final Family family;
        final boolean header;
        final List<Slot> slots = new ArrayList<>();
        double headerLeft;
        double headerRight;
        double lastRight = Double.NEGATIVE_INFINITY;
        /** Obstacle spans, left to right, as routing sees them. */
        double[] starts;
        double[] ends;

        Row(Family family, boolean header) {
            this.family = family;
            this.header = header;
        }

        void freeze() {
            int n = header ? 1 : slots.size();
            starts = new double[n];
            ends = new double[n];
            if (header) {
                starts[0] = headerLeft;
                ends[0] = headerRight;
            } else {
                for (int i = 0; i < n; i++) {
                    starts[i] = slots.get(i).left;
                    ends[i] = slots.get(i).right;
                }
            }
        }
    }

    private NodeRows() {
    }

    /**
     * Rows for the slots (any order), top to bottom: bands in the order of Figure 14-1's types.
     *
     * @param parentsOf each model's parents among the slots, by id
     * @param gap the least room between two node boxes in a row
     * @param headerWidth each band's name width, by family
     * @param left where header names start
     */
    static List<Row> pack(List<Slot> slots, Map<String, List<String>> parentsOf, double gap,
            Map<Family, Double> headerWidth, double left) {
        Map<Family, List<Slot>> byFamily = new EnumMap<>(Family.class);
        for (Slot s : slots) {
            byFamily.computeIfAbsent(s.family, f -> new ArrayList<>()).add(s);
        }
        Map<String, Slot> byId = new HashMap<>();
        slots.forEach(s -> byId.put(s.model.id(), s));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Family, List<Slot>> band : byFamily.entrySet()) {
            Row header = new Row(band.getKey(), true);
            header.headerLeft = left;
            header.headerRight = left + headerWidth.getOrDefault(band.getKey(), 0.0);
            rows.add(header);
            List<Row> bandRows = new ArrayList<>();
            Map<Slot, Integer> rowOf = new HashMap<>();
            List<Slot> inTime = new ArrayList<>(band.getValue());
            inTime.sort(Comparator.comparingDouble((Slot s) -> s.left).thenComparing(s -> s.model.id()));
            for (Slot s : inTime) {
                int at = place(s, parentsOf, byId, rowOf, bandRows, gap);
                if (at < 0) {
                    at = bandRows.size();
                    bandRows.add(new Row(band.getKey(), false));
                }
                Row row = bandRows.get(at);
                row.slots.add(s);
                row.lastRight = s.right;
                rowOf.put(s, at);
            }
            rows.addAll(bandRows);
        }
        for (int i = 0; i < rows.size(); i++) {
            for (Slot s : rows.get(i).slots) {
                s.row = i;
            }
            rows.get(i).freeze();
        }
        return rows;
    }

    /**
     * The band row for a slot: right after a parent of its band when that parent is its row's
     * last node and there is room (a chain on one line); else the row with room nearest to its
     * parents' rows (short links), the first with room when it has no parent in the band; -1 when
     * no row has room.
     */
    private static int place(Slot s, Map<String, List<String>> parentsOf, Map<String, Slot> byId,
            Map<Slot, Integer> rowOf, List<Row> bandRows, double gap) {
        int target = -1;
        for (String p : parentsOf.getOrDefault(s.model.id(), List.of())) {
            Slot parent = byId.get(p);
            Integer at = parent == null ? null : rowOf.get(parent);
            if (at == null) {
                continue; // another band's, or not placed yet
            }
            Row r = bandRows.get(at);
            if (r.slots.get(r.slots.size() - 1) == parent && r.lastRight + gap <= s.left) {
                return at;
            }
            target = target < 0 ? at : Math.min(target, at);
        }
        int best = -1;
        for (int i = 0; i < bandRows.size(); i++) {
            if (bandRows.get(i).lastRight + gap <= s.left
                    && (best < 0 || Math.abs(i - target) < Math.abs(best - target))) {
                best = i;
                if (target < 0) {
                    break;
                }
            }
        }
        return best;
    }
}
