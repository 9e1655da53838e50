package org.genaitimeline.savedview;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Theme;

/**
 * One saved view: what a lecturer sets up before class and reopens exactly (File > Save
 * view..., {@code --view FILE}) and what the preferences keep of the last session. Pure
 * data; {@link ViewCodec} reads and writes it as JSON.
 *
 * @param tab the centre tab on show
 * @param query every filter of the sidebar
 * @param selection the selected model's id, or null
 * @param timeline the timeline's range and switches
 * @param growth the growth chart's switches
 * @param lineage the lineage view's depth, direction and path (its centre is the selection)
 * @param tablePreset the tables tab's preset id ({@code 14-1}, {@code 14-2}, {@code all}), or null
 * @param theme the colour theme
 * @param language the language of labels and data
 */
public record SavedView(Tab tab, ModelQuery query, String selection, TimelineOptions timeline, GrowthOptions growth,
        LineageOptions lineage, String tablePreset, Theme theme, Language language) {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The centre tabs, by their ids in the file. */
    public enum Tab {
        TIMELINE, GROWTH, TABLES, LINEAGE;

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

    public SavedView {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
    }

    /** A view with the lineage view at its defaults (as every view was before the Lineage tab). */
    public SavedView(Tab tab, ModelQuery query, String selection, TimelineOptions timeline, GrowthOptions growth,
            String tablePreset, Theme theme, Language language) {
        this(tab, query, selection, timeline, growth, LineageOptions.DEFAULT, tablePreset, theme, language);
    }

    /** The view of a fresh start: timeline, no filters, light, in a language. */
    public static SavedView initial(Language language) {
        return new SavedView(Tab.TIMELINE, ModelQuery.ALL, null, TimelineOptions.DEFAULT, GrowthOptions.DEFAULT,
                LineageOptions.DEFAULT, null, Theme.LIGHT, language);
    }

    public SavedView withTab(Tab v) {
        return new SavedView(v, query, selection, timeline, growth, lineage, tablePreset, theme, language);
    }

    public SavedView withQuery(ModelQuery v) {
        return new SavedView(tab, v, selection, timeline, growth, lineage, tablePreset, theme, language);
    }

    public SavedView withTheme(Theme v) {
        return new SavedView(tab, query, selection, timeline, growth, lineage, tablePreset, v, language);
    }

    public SavedView withTimeline(TimelineOptions v) {
        return new SavedView(tab, query, selection, v, growth, lineage, tablePreset, theme, language);
    }

    public SavedView withGrowth(GrowthOptions v) {
        return new SavedView(tab, query, selection, timeline, v, lineage, tablePreset, theme, language);
    }

    public SavedView withLineage(LineageOptions v) {
        return new SavedView(tab, query, selection, timeline, growth, v, tablePreset, theme, language);
    }

    public SavedView withLanguage(Language v) {
        return new SavedView(tab, query, selection, timeline, growth, lineage, tablePreset, theme, v);
    }
}
