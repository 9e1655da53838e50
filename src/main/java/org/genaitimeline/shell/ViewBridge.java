package org.genaitimeline.shell;

import java.util.Map;
import org.genaitimeline.growth.ParameterGrowthView;
import org.genaitimeline.lineage.LineageView;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.state.AppState;
import org.genaitimeline.table.TablesScreen;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.timeline.TimelineView;

/**
 * Between the window and a {@link SavedView}: {@link #capture()} reads what the screen shows
 * (shared state plus the figures' own range and switches) and {@link #apply} puts it back.
 * Save view, Open view, {@code --view FILE}, the decks and presentation mode's restore all
 * go through here, and so do the preferences' last session, so they cannot disagree about
 * what a view is.
 */
public final class ViewBridge {

    private static final Map<TablePreset, String> PRESET_IDS = Map.of(TablePreset.TABLE_14_1, "14-1",
            TablePreset.TABLE_14_2, "14-2", TablePreset.ALL, "all");

    private final AppState state;
    private final TimelineView timeline;
    private final ParameterGrowthView growth;
    private final TablesScreen tables;
    private final LineageView lineage;

    public ViewBridge(AppState state, TimelineView timeline, ParameterGrowthView growth, TablesScreen tables) {
        this(state, timeline, growth, tables, null);
    }

    /** @param lineage the lineage view, or null where there is none (its options then stay at their defaults) */
    public ViewBridge(AppState state, TimelineView timeline, ParameterGrowthView growth, TablesScreen tables,
            LineageView lineage) {
        this.state = state;
        this.timeline = timeline;
        this.growth = growth;
        this.tables = tables;
        this.lineage = lineage;
    }

    public SavedView capture() {
        var selected = state.getSelectedModel();
        return new SavedView(SavedView.Tab.valueOf(state.getCurrentView().name()), state.getQuery(),
                selected == null ? null : selected.id(),
                timeline.getOptions(), growth.getOptions(),
                lineage == null ? org.genaitimeline.figure.LineageOptions.DEFAULT : lineage.getOptions(),
                tables == null ? null : PRESET_IDS.get(tables.presetProperty().get()), state.getTheme(),
                state.getLanguage());
    }

    public void apply(SavedView v) {
        state.setLanguage(v.language());
        state.setTheme(v.theme());
        state.setQuery(v.query());
        state.showView(AppState.View.valueOf(v.tab().name()));
        state.select(v.selection());
        // After the selection: selecting scrolls the timeline to the model, the view's range wins.
        timeline.setOptions(v.timeline());
        growth.setOptions(v.growth());
        if (lineage != null) {
            lineage.setOptions(v.lineage());
        }
        if (tables != null && v.tablePreset() != null) {
            PRESET_IDS.forEach((preset, id) -> {
                if (id.equals(v.tablePreset())) {
                    tables.presetProperty().set(preset);
                }
            });
        }
    }
}
