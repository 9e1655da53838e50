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
 * right after it, so a chain (GPT, GPT-2, GPT-3) reads along one line; otherwise in the first
 * row with room (first fit in time order, which needs the fewest rows an interval packing can).
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
            List<Slot> inTime = new ArrayList<>(band.getValue());
            inTime.sort(Comparator.comparingDouble((Slot s) -> s.left).thenComparing(s -> s.model.id()));
            for (Slot s : inTime) {
                Row row = parentRow(s, parentsOf, byId, bandRows, gap);
                if (row == null) {
                    row = bandRows.stream().filter(r -> r.lastRight + gap <= s.left).findFirst().orElse(null);
                }
                if (row == null) {
                    row = new Row(band.getKey(), false);
                    bandRows.add(row);
                }
                row.slots.add(s);
                row.lastRight = s.right;
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

    /** The row of a parent in the same band whose last node is that parent, if the slot fits after it. */
    private static Row parentRow(Slot s, Map<String, List<String>> parentsOf, Map<String, Slot> byId,
            List<Row> bandRows, double gap) {
        for (String p : parentsOf.getOrDefault(s.model.id(), List.of())) {
            Slot parent = byId.get(p);
            if (parent == null || parent.family != s.family) {
                continue;
            }
            for (Row r : bandRows) {
                if (!r.slots.isEmpty() && r.slots.get(r.slots.size() - 1) == parent && r.lastRight + gap <= s.left) {
                    return r;
                }
            }
        }
        return null;
    }
}
