package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Provenance;

/**
 * Which points of a dense growth chart stand out enough for a label: with thousands of
 * points only these are named (the emphasised, that is the selection and search results;
 * the book's own models; the records, the frontier the chart is about), the rest stay dots.
 */
final class StandOut {

    private StandOut() {
    }

    /**
     * The indexes of the points of a dense chart to label, in the order they are placed (the
     * first take the free spots in a crowd): the emphasised first, then the book's models that
     * are records, the book's other models (GPT-3 is no record once Epoch's 300-billion SB-LM of
     * 2007 is imported, yet it is the model the reader looks for), then the other records.
     */
    static int[] order(List<GrowthPoint> ps, Set<String> emphasised) {
        boolean[] record = records(ps);
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i < ps.size(); i++) {
                boolean emphasis = emphasised.contains(ps.get(i).model().id());
                boolean book = ps.get(i).model().provenance().origin() == Provenance.Origin.BOOK;
                boolean inPass = switch (pass) {
                    case 0 -> emphasis;
                    case 1 -> book && record[i] && !emphasis;
                    case 2 -> book && !record[i] && !emphasis;
                    default -> record[i] && !book && !emphasis;
                };
                if (inPass) {
                    order.add(i);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Per series, the points larger than every point of that series before their date (and the
     * largest of their date): the frontier the chart is about.
     */
    static boolean[] records(List<GrowthPoint> ps) {
        // The points are chronological (GrowthData sorts them).
        boolean[] out = new boolean[ps.size()];
        Map<Family, Double> best = new EnumMap<>(Family.class);
        Map<Family, Integer> largest = new EnumMap<>(Family.class);
        int k = 0;
        while (k < ps.size()) {
            // One date at a time: the earlier maximum decides, then the date's largest may join.
            int end = k;
            double year = ps.get(k).year();
            largest.clear();
            for (; end < ps.size() && ps.get(end).year() == year; end++) {
                GrowthPoint p = ps.get(end);
                Integer cur = largest.get(p.series());
                if (cur == null || p.billions() > ps.get(cur).billions()) {
                    largest.put(p.series(), end);
                }
            }
            for (Map.Entry<Family, Integer> e : largest.entrySet()) {
                double b = ps.get(e.getValue()).billions();
                if (b > best.getOrDefault(e.getKey(), 0.0)) {
                    out[e.getValue()] = true;
                    best.put(e.getKey(), b);
                }
            }
            k = end;
        }
        return out;
    }

}
