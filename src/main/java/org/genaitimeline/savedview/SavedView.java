package org.genaitimeline.savedview;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Theme;

/**
 * One saved view: what a lecturer sets up before class and reopens exactly (File > Save
 * view..., {@code --view FILE}). Pure data; {@link ViewCodec} reads and writes it as JSON.
 *
 * @param tab the centre tab on show
 * @param query every filter of the sidebar
 * @param selection the selected model's id, or null
 * @param timeline the timeline's range and switches
 * @param growth the growth chart's switches
 * @param tablePreset the tables tab's preset id ({@code 14-1}, {@code 14-2}, {@code all}), or null
 * @param theme the colour theme
 * @param language the language of labels and data
 */
public record SavedView(Tab tab, ModelQuery query, String selection, TimelineState timeline, GrowthState growth,
        String tablePreset, Theme theme, Language language) {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The centre tabs, by their ids in the file. */
    public enum Tab {
        TIMELINE, GROWTH, TABLES;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Tab> fromId(String id) {
            for (Tab t : values()) {
                if (t.id().equals(id)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The timeline's state.
     *
     * @param from first visible fractional year
     * @param to last visible fractional year
     * @param orientation {@code vertical} or {@code horizontal}
     * @param bookFigureOnly only what Figure 14-1 draws
     * @param hideFiltered hide (rather than dim) what the filters leave out
     */
    public record TimelineState(double from, double to, String orientation, boolean bookFigureOnly,
            boolean hideFiltered) {
        public static final TimelineState DEFAULT = new TimelineState(2013.5, 2023.8, "vertical", false, false);

        public TimelineState {
            Objects.requireNonNull(orientation, "orientation");
        }
    }

    /**
     * The growth chart's switches.
     *
     * @param logScale log y axis (the book's figure)
     * @param trends trend lines and doubling times
     * @param trendPerEra one trend per era
     * @param allFamilies every model type as a series
     */
    public record GrowthState(boolean logScale, boolean trends, boolean trendPerEra, boolean allFamilies) {
        public static final GrowthState DEFAULT = new GrowthState(true, false, false, false);
    }

    public SavedView {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
    }

    /** The view of a fresh start: timeline, no filters, light, in a language. */
    public static SavedView initial(Language language) {
        return new SavedView(Tab.TIMELINE, ModelQuery.ALL, null, TimelineState.DEFAULT, GrowthState.DEFAULT, null,
                Theme.LIGHT, language);
    }

    public SavedView withTab(Tab v) {
        return new SavedView(v, query, selection, timeline, growth, tablePreset, theme, language);
    }

    public SavedView withQuery(ModelQuery v) {
        return new SavedView(tab, v, selection, timeline, growth, tablePreset, theme, language);
    }

    public SavedView withTheme(Theme v) {
        return new SavedView(tab, query, selection, timeline, growth, tablePreset, v, language);
    }

    public SavedView withLanguage(Language v) {
        return new SavedView(tab, query, selection, timeline, growth, tablePreset, theme, v);
    }
}
