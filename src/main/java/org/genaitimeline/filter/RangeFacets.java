package org.genaitimeline.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.controlsfx.control.RangeSlider;
import org.genaitimeline.state.AppState;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.catalog.ModelQuery;

/**
 * The two range facets: years over the catalog's span, and parameters on a log10 scale
 * (whole powers of ten: 100M, 1B, 10B ...) with the choice to keep models of unknown size.
 * A thumb at the end of its track means "no bound", so a newer catalog with a later model
 * is not cut off by a remembered range.
 */
final class RangeFacets {

    private RangeFacets() {
    }

    /**
     * What both facets share: a title, a RangeSlider in whole steps and the range it shows,
     * kept in step with the query both ways. {@code syncing} stops the slider's own
     * listeners from writing the query back while the query is being shown.
     */
    private abstract static class RangeFacet extends VBox {
        final AppState state;
        final RangeSlider slider;
        final Label range = new Label();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private boolean syncing;

        RangeFacet(AppState state, RangeSlider slider, String id, String titleKey, String sliderStyle) {
            this.state = state;
            this.slider = slider;
            getStyleClass().add("facet");
            setId(id);
            Label title = new Label();
            title.getStyleClass().add("facet-title");
            title.textProperty().bind(state.text(titleKey));
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(1);
            slider.getStyleClass().add(sliderStyle);
            range.getStyleClass().add("facet-range");
            slider.lowValueProperty().addListener((o, a, b) -> onChange());
            slider.highValueProperty().addListener((o, a, b) -> onChange());
            getChildren().addAll(title, slider, range);
        }

        /** Follows the state; called last by each constructor, as subscribing shows the query at once. */
        final void listen() {
            subscriptions.add(state.catalogProperty().subscribe(this::rebuild));
            subscriptions.add(state.queryProperty().subscribe(q -> sync()));
            subscriptions.add(state.languageProperty().subscribe(l -> {
                relabel();
                sync();
            }));
        }

        RangeSlider slider() {
            return slider;
        }

        void dispose() {
            subscriptions.forEach(Subscription::unsubscribe);
        }

        /** The track's ends, in slider units, for a catalog. */
        abstract double[] track(Catalog catalog);

        /** The query's lower bound in slider units, or null for none. */
        abstract Double low(ModelQuery q);

        /** The query's upper bound in slider units, or null for none. */
        abstract Double high(ModelQuery q);

        /** A thumb's value rounded to the step the query keeps. */
        abstract double snap(double value);

        /** The query with the range (null: the thumb is at its end, no bound). */
        abstract ModelQuery narrowed(ModelQuery q, Double low, Double high);

        abstract String rangeText(double low, double high);

        /** Shows what else of the query the facet holds. */
        void showQuery(ModelQuery q) {
        }

        /** Follows a change of language beyond the range text. */
        void relabel() {
        }

        final void onChange() {
            if (syncing) {
                return;
            }
            double low = snap(slider.getLowValue());
            double high = snap(slider.getHighValue());
            ModelQuery q = state.getQuery();
            ModelQuery next = narrowed(q, low <= slider.getMin() ? null : low, high >= slider.getMax() ? null : high);
            if (!next.equals(q)) {
                state.setQuery(next);
            } else {
                range.setText(rangeText(low, high));
            }
        }

        private void rebuild(Catalog catalog) {
            double[] ends = track(catalog);
            syncing = true;
            try {
                slider.setMin(ends[0]);
                slider.setMax(ends[1]);
            } finally {
                syncing = false;
            }
            sync();
        }

        private void sync() {
            syncing = true;
            try {
                ModelQuery q = state.getQuery();
                Double from = low(q);
                Double to = high(q);
                double low = from == null ? slider.getMin() : clamp(from);
                double high = to == null ? slider.getMax() : clamp(to);
                slider.setHighValue(slider.getMax());
                slider.setLowValue(low);
                slider.setHighValue(high);
                showQuery(q);
                range.setText(rangeText(low, high));
            } finally {
                syncing = false;
            }
        }

        private double clamp(double v) {
            return Math.max(slider.getMin(), Math.min(slider.getMax(), v));
        }
    }

    /**
     * Years: a RangeSlider to the catalog's last year. Its left end is the year before the
     * book's Figure 14-1 begins (2013), not the catalog's first year: the Boltzmann machine
     * (1985) would otherwise squeeze the book's ten years into a quarter of the track. The
     * left thumb at that end means "2013 and earlier" (the query's fromYear stays null), so
     * the foundations are never cut off; the range label and the tooltip say so.
     */
    static final class Years extends RangeFacet {
        /** The year before Figure 14-1's first row (2014): the track starts here at the earliest. */
        static final int EARLIEST_ON_TRACK = 2013;

        Years(AppState state) {
            super(state, new RangeSlider(2014, 2023, 2014, 2023), "facet-years", "filter.years", "year-slider");
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(state.text("filter.years.tooltip"));
            slider.setTooltip(tip);
            range.setId("years-range");
            listen();
        }

        @Override
        double[] track(Catalog catalog) {
            int first = Math.max(catalog.firstYear(), EARLIEST_ON_TRACK);
            int last = Math.max(catalog.lastYear(), first + 1);
            return new double[] {first, last};
        }

        @Override
        Double low(ModelQuery q) {
            return q.fromYear() == null ? null : q.fromYear().doubleValue();
        }

        @Override
        Double high(ModelQuery q) {
            return q.toYear() == null ? null : q.toYear().doubleValue();
        }

        @Override
        double snap(double value) {
            return Math.round(value);
        }

        @Override
        ModelQuery narrowed(ModelQuery q, Double low, Double high) {
            return q.withYears(low == null ? null : low.intValue(), high == null ? null : high.intValue());
        }

        /** "2016 – 2020", or "≤ 2013 – 2020" when the left end also keeps every earlier model. */
        @Override
        String rangeText(double low, double high) {
            String from = Long.toString(Math.round(low));
            String to = Long.toString(Math.round(high));
            boolean earlier = low <= slider.getMin() && state.getCatalog() != null
                    && state.getCatalog().firstYear() < slider.getMin();
            return state.messages().get(earlier ? "filter.years.rangeFromEarlier" : "filter.years.range", from, to);
        }
    }

    /** Parameters: a RangeSlider over log10(size) plus "keep models of unknown size". */
    static final class Sizes extends RangeFacet {
        private final CheckBox keepUnknown = new CheckBox();

        Sizes(AppState state) {
            super(state, new RangeSlider(8, 13, 8, 13), "facet-parameters", "filter.parameters", "size-slider");
            slider.setShowTickLabels(true);
            slider.setShowTickMarks(true);
            keepUnknown.textProperty().bind(state.text("filter.parameters.keepUnknown"));
            keepUnknown.setId("keep-unknown-size");
            keepUnknown.selectedProperty().addListener((o, a, b) -> onChange());
            getChildren().add(keepUnknown);
            listen();
        }

        CheckBox keepUnknown() {
            return keepUnknown;
        }

        private String label(double exponent) {
            return ModelFormat.parameters(Math.round(Math.pow(10, exponent)), state.getLanguage());
        }

        @Override
        double[] track(Catalog catalog) {
            long min = catalog.models().stream().filter(m -> m.parameters().isPresent())
                    .mapToLong(m -> m.parameters().getAsLong()).min().orElse(100_000_000L);
            long max = catalog.models().stream().map(Model::parameters).filter(p -> p.isPresent())
                    .mapToLong(p -> p.getAsLong()).max().orElse(1_000_000_000_000L);
            double lo = Math.floor(Math.log10(min));
            return new double[] {lo, Math.max(lo + 1, Math.ceil(Math.log10(max)))};
        }

        @Override
        Double low(ModelQuery q) {
            return q.minParameters() == null ? null : Math.log10(q.minParameters());
        }

        @Override
        Double high(ModelQuery q) {
            return q.maxParameters() == null ? null : Math.log10(q.maxParameters());
        }

        @Override
        double snap(double value) {
            return Math.rint(value);
        }

        @Override
        ModelQuery narrowed(ModelQuery q, Double low, Double high) {
            return q.withParameters(low == null ? null : Math.round(Math.pow(10, low)),
                    high == null ? null : Math.round(Math.pow(10, high)), keepUnknown.isSelected());
        }

        @Override
        void showQuery(ModelQuery q) {
            keepUnknown.setSelected(q.includeUnknownSize());
        }

        @Override
        void relabel() {
            slider.setLabelFormatter(formatter(this::label));
        }

        @Override
        String rangeText(double low, double high) {
            return label(low) + " – " + label(high);
        }
    }

    private static StringConverter<Number> formatter(DoubleFunction<String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : label.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }
}
