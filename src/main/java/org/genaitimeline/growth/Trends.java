package org.genaitimeline.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;

/** The trend fits the options ask for: one per series, or one per series and era. */
public final class Trends {

    /**
     * One fit.
     *
     * @param series the series fitted
     * @param era the era it is restricted to, if any
     * @param fit the fit (possibly {@link TrendFit.Status#NOT_ENOUGH_POINTS})
     */
    public record Trend(Family series, Optional<Era> era, TrendFit fit) {
    }

    private Trends() {
    }

    public static List<Trend> of(GrowthData data, GrowthSpec options) {
        List<Trend> out = new ArrayList<>();
        if (!options.showTrends()) {
            return out;
        }
        boolean perEra = options.trendPerEra() && !options.eras().isEmpty();
        for (Family f : data.seriesOrder()) {
            List<GrowthPoint> points = data.series().get(f);
            if (!perEra) {
                out.add(new Trend(f, Optional.empty(), GrowthData.fit(points)));
                continue;
            }
            for (Era era : options.eras()) {
                List<GrowthPoint> inEra = points.stream().filter(p -> era.contains(p.date())).toList();
                if (!inEra.isEmpty()) {
                    out.add(new Trend(f, Optional.of(era), GrowthData.fit(inEra)));
                }
            }
        }
        return out;
    }

    /** Fits keyed for lookups in tests and the legend. */
    public static Map<Family, TrendFit> perSeries(GrowthData data) {
        Map<Family, TrendFit> out = new java.util.EnumMap<>(Family.class);
        for (Family f : data.seriesOrder()) {
            out.put(f, GrowthData.fit(data.series().get(f)));
        }
        return out;
    }
}
