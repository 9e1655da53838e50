package org.genaitimeline.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreferenceStoreTest {

    private Preferences node;
    private PreferenceStore store;

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("/org/genaitimeline/test/prefs-" + System.nanoTime());
        store = new PreferenceStore(node);
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void missingValuesGiveDefaults() {
        assertThat(store.windowBounds()).isEmpty();
        assertThat(store.view()).isEqualTo(AppState.View.TIMELINE);
        assertThat(store.query()).isEqualTo(ModelQuery.ALL);
        assertThat(store.dividers(2)).isEmpty();
        assertThat(store.language(Language.ZH)).isEqualTo(Language.ZH);
        assertThat(store.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void everythingRoundTrips() {
        ModelQuery q = ModelQuery.ALL.withEras(Set.of("big-models")).withDevelopers(Set.of("Microsoft and NVIDIA"))
                .withText("gpt, 3;x=y").withYears(2019, null).withParameters(1_000_000_000L, null, false);
        store.setWindowBounds(new PreferenceStore.WindowBounds(10, 20, 1200, 700));
        store.setView(AppState.View.TABLES);
        store.setQuery(q);
        store.setDividers(new double[] {0.2, 0.75});
        store.setLanguage(Language.ZH);
        store.setTheme(Theme.PROJECTOR);

        PreferenceStore again = new PreferenceStore(node);
        assertThat(again.windowBounds()).contains(new PreferenceStore.WindowBounds(10, 20, 1200, 700));
        assertThat(again.view()).isEqualTo(AppState.View.TABLES);
        assertThat(again.query()).isEqualTo(q);
        assertThat(again.dividers(2)).hasValueSatisfying(d -> assertThat(d).containsExactly(0.2, 0.75));
        assertThat(again.language(Language.EN)).isEqualTo(Language.ZH);
        assertThat(again.theme()).isEqualTo(Theme.PROJECTOR);
    }

    @Test
    void corruptValuesFallBackToDefaults() {
        node.put("window.bounds", "10,20,wide,tall");
        node.put("view", "SPREADSHEET");
        node.put("query", "eras=a;families=not-a-family");
        node.put("dividers", "0.8,0.3");
        node.put("language", "klingon");
        node.put("theme", "neon");

        assertThat(store.windowBounds()).isEmpty();
        assertThat(store.view()).isEqualTo(AppState.View.TIMELINE);
        assertThat(store.query()).isEqualTo(ModelQuery.ALL);
        assertThat(store.dividers(2)).isEmpty();
        assertThat(store.language(Language.EN)).isEqualTo(Language.EN);
        assertThat(store.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void tooSmallWindowIsIgnored() {
        store.setWindowBounds(new PreferenceStore.WindowBounds(0, 0, 20, 10));

        assertThat(store.windowBounds()).isEmpty();
    }

    @Test
    void wrongNumberOfDividersIsIgnored() {
        store.setDividers(new double[] {0.3});

        assertThat(store.dividers(2)).isEmpty();
    }

    @Test
    void theTimelineSwitchesAndRangeRoundTrip() {
        assertThat(store.timeline()).isEqualTo(PreferenceStore.TimelineSettings.DEFAULT);
        PreferenceStore.TimelineSettings t = new PreferenceStore.TimelineSettings(true, true, false, true, 2021.25, 2023.5);

        store.setTimeline(t);

        assertThat(new PreferenceStore(node).timeline()).isEqualTo(t);
    }

    @Test
    void aCorruptTimelineRangeFallsBackToTheDefaultRange() {
        node.put("timelineView.range", "2023,2019");
        node.putBoolean("timelineView.horizontal", true);

        PreferenceStore.TimelineSettings t = store.timeline();

        assertThat(t.horizontal()).isTrue();
        assertThat(t.start()).isEqualTo(PreferenceStore.TimelineSettings.DEFAULT.start());
        assertThat(t.end()).isEqualTo(PreferenceStore.TimelineSettings.DEFAULT.end());
        node.put("timelineView.range", "NaN,x");
        assertThat(store.timeline().start()).isEqualTo(PreferenceStore.TimelineSettings.DEFAULT.start());
    }
}
