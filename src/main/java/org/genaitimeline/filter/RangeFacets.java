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
     * Years: a RangeSlider to the catalog's last year. Its left end is the year before the
     * book's Figure 14-1 begins (2013), not the catalog's first year: the Boltzmann machine
     * (1985) would otherwise squeeze the book's ten years into a quarter of the track. The
     * left thumb at that end means "2013 and earlier" (the query's fromYear stays null), so
     * the foundations are never cut off; the range label and the tooltip say so.
     */
    static final class Years extends VBox {
        /** The year before Figure 14-1's first row (2014): the track starts here at the earliest. */
        static final int EARLIEST_ON_TRACK = 2013;
        private final AppState state;
        private final RangeSlider slider = new RangeSlider(2014, 2023, 2014, 2023);
        private final Label range = new Label();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private boolean syncing;

        Years(AppState state) {
            this.state = state;
            getStyleClass().add("facet");
            setId("facet-years");
            Label title = new Label();
            title.getStyleClass().add("facet-title");
            title.textProperty().bind(state.text("filter.years"));
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(1);
            slider.getStyleClass().add("year-slider");
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(state.text("filter.years.tooltip"));
            slider.setTooltip(tip);
            range.getStyleClass().add("facet-range");
            range.setId("years-range");
            slider.lowValueProperty().addListener((o, a, b) -> onSlide());
            slider.highValueProperty().addListener((o, a, b) -> onSlide());
            getChildren().addAll(title, slider, range);
            subscriptions.add(state.catalogProperty().subscribe(this::rebuild));
            subscriptions.add(state.queryProperty().subscribe(q -> sync()));
            subscriptions.add(state.languageProperty().subscribe(l -> sync()));
        }

        RangeSlider slider() {
            return slider;
        }

        void dispose() {
            subscriptions.forEach(Subscription::unsubscribe);
        }

        private void rebuild(Catalog catalog) {
            syncing = true;
            try {
                int first = Math.max(catalog.firstYear(), EARLIEST_ON_TRACK);
                int last = Math.max(catalog.lastYear(), first + 1);
                slider.setMin(first);
                slider.setMax(last);
            } finally {
                syncing = false;
            }
            sync();
        }

        private void sync() {
            syncing = true;
            try {
                ModelQuery q = state.getQuery();
                double low = q.fromYear() == null ? slider.getMin() : clamp(q.fromYear());
                double high = q.toYear() == null ? slider.getMax() : clamp(q.toYear());
                slider.setHighValue(slider.getMax());
                slider.setLowValue(low);
                slider.setHighValue(high);
                range.setText(rangeText(low, high));
            } finally {
                syncing = false;
            }
        }

        private double clamp(double v) {
            return Math.max(slider.getMin(), Math.min(slider.getMax(), v));
        }

        private void onSlide() {
            if (syncing) {
                return;
            }
            int low = (int) Math.round(slider.getLowValue());
            int high = (int) Math.round(slider.getHighValue());
            Integer from = low <= slider.getMin() ? null : low;
            Integer to = high >= slider.getMax() ? null : high;
            ModelQuery q = state.getQuery();
            if (!java.util.Objects.equals(from, q.fromYear()) || !java.util.Objects.equals(to, q.toYear())) {
                state.setQuery(q.withYears(from, to));
            } else {
                range.setText(rangeText(low, high));
            }
        }

        /** "2016 – 2020", or "≤ 2013 – 2020" when the left end also keeps every earlier model. */
        private String rangeText(double low, double high) {
            String from = Long.toString(Math.round(low));
            String to = Long.toString(Math.round(high));
            boolean earlier = low <= slider.getMin() && state.getCatalog() != null
                    && state.getCatalog().firstYear() < slider.getMin();
            return state.messages().get(earlier ? "filter.years.rangeFromEarlier" : "filter.years.range", from, to);
        }
    }

    /** Parameters: a RangeSlider over log10(size) plus "keep models of unknown size". */
    static final class Sizes extends VBox {
        private final AppState state;
        private final RangeSlider slider = new RangeSlider(8, 13, 8, 13);
        private final Label range = new Label();
        private final CheckBox keepUnknown = new CheckBox();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private boolean syncing;

        Sizes(AppState state) {
            this.state = state;
            getStyleClass().add("facet");
            setId("facet-parameters");
            Label title = new Label();
            title.getStyleClass().add("facet-title");
            title.textProperty().bind(state.text("filter.parameters"));
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(1);
            slider.setShowTickLabels(true);
            slider.setShowTickMarks(true);
            slider.getStyleClass().add("size-slider");
            range.getStyleClass().add("facet-range");
            keepUnknown.textProperty().bind(state.text("filter.parameters.keepUnknown"));
            keepUnknown.setId("keep-unknown-size");
            slider.lowValueProperty().addListener((o, a, b) -> onChange());
            slider.highValueProperty().addListener((o, a, b) -> onChange());
            keepUnknown.selectedProperty().addListener((o, a, b) -> onChange());
            getChildren().addAll(title, slider, range, keepUnknown);
            subscriptions.add(state.catalogProperty().subscribe(this::rebuild));
            subscriptions.add(state.queryProperty().subscribe(q -> sync()));
            subscriptions.add(state.languageProperty().subscribe(l -> {
                slider.setLabelFormatter(formatter(this::label));
                sync();
            }));
        }

        RangeSlider slider() {
            return slider;
        }

        CheckBox keepUnknown() {
            return keepUnknown;
        }

        void dispose() {
            subscriptions.forEach(Subscription::unsubscribe);
        }

        private String label(double exponent) {
            return ModelFormat.parameters(Math.round(Math.pow(10, exponent)), state.getLanguage());
        }

        private void rebuild(Catalog catalog) {
            long min = catalog.models().stream().filter(m -> m.parameters().isPresent())
                    .mapToLong(m -> m.parameters().getAsLong()).min().orElse(100_000_000L);
            long max = catalog.models().stream().map(Model::parameters).filter(p -> p.isPresent())
                    .mapToLong(p -> p.getAsLong()).max().orElse(1_000_000_000_000L);
            syncing = true;
            try {
                double lo = Math.floor(Math.log10(min));
                slider.setMin(lo);
                slider.setMax(Math.max(lo + 1, Math.ceil(Math.log10(max))));
            } finally {
                syncing = false;
            }
            sync();
        }

        private void sync() {
            syncing = true;
            try {
                ModelQuery q = state.getQuery();
                double low = q.minParameters() == null ? slider.getMin() : clamp(Math.log10(q.minParameters()));
                double high = q.maxParameters() == null ? slider.getMax() : clamp(Math.log10(q.maxParameters()));
                slider.setHighValue(slider.getMax());
                slider.setLowValue(low);
                slider.setHighValue(high);
                keepUnknown.setSelected(q.includeUnknownSize());
                range.setText(label(low) + " – " + label(high));
            } finally {
                syncing = false;
            }
        }

        private double clamp(double v) {
            return Math.max(slider.getMin(), Math.min(slider.getMax(), v));
        }

        private void onChange() {
            if (syncing) {
                return;
            }
            double low = Math.rint(slider.getLowValue());
            double high = Math.rint(slider.getHighValue());
            Long min = low <= slider.getMin() ? null : Math.round(Math.pow(10, low));
            Long max = high >= slider.getMax() ? null : Math.round(Math.pow(10, high));
            ModelQuery q = state.getQuery();
            ModelQuery next = q.withParameters(min, max, keepUnknown.isSelected());
            if (!next.equals(q)) {
                state.setQuery(next);
            } else {
                range.setText(label(low) + " – " + label(high));
            }
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
