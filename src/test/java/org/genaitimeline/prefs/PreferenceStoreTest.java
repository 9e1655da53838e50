package org.genaitimeline.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.savedview.SavedView;
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
        assertThat(store.session(Language.ZH)).isEqualTo(SavedView.initial(Language.ZH));
        assertThat(store.session(Language.ZH).tab()).isEqualTo(SavedView.Tab.TIMELINE);
        assertThat(store.session(Language.ZH).query()).isEqualTo(ModelQuery.ALL);
        assertThat(store.dividers(2)).isEmpty();
        assertThat(store.session(Language.ZH).language()).isEqualTo(Language.ZH);
        assertThat(store.session(Language.ZH).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void everythingRoundTrips() {
        ModelQuery q = ModelQuery.ALL.withEras(Set.of("big-models")).withDevelopers(Set.of("Microsoft and NVIDIA"))
                .withText("gpt, 3;x=y").withYears(2019, null).withParameters(1_000_000_000L, null, false);
        store.setWindowBounds(new PreferenceStore.WindowBounds(10, 20, 1200, 700));
        store.setSession(SavedView.initial(Language.ZH).withTab(SavedView.Tab.TABLES).withQuery(q)
                .withTheme(Theme.PROJECTOR));
        store.setDividers(new double[] {0.2, 0.75});

        PreferenceStore again = new PreferenceStore(node);
        SavedView session = again.session(Language.EN);
        assertThat(again.windowBounds()).contains(new PreferenceStore.WindowBounds(10, 20, 1200, 700));
        assertThat(session.tab()).isEqualTo(SavedView.Tab.TABLES);
        assertThat(session.query()).isEqualTo(q);
        assertThat(again.dividers(2)).hasValueSatisfying(d -> assertThat(d).containsExactly(0.2, 0.75));
        assertThat(session.language()).isEqualTo(Language.ZH);
        assertThat(session.theme()).isEqualTo(Theme.PROJECTOR);
    }

    @Test
    void corruptValuesFallBackToDefaults() {
        node.put("window.bounds", "10,20,wide,tall");
        node.put("session", "{\"schemaVersion\": 1, \"tab\": \"SPREADSHEET\", \"theme\": \"neon\"}");
        node.put("dividers", "0.8,0.3");

        assertThat(store.windowBounds()).isEmpty();
        assertThat(store.session(Language.EN)).isEqualTo(SavedView.initial(Language.EN));
        assertThat(store.dividers(2)).isEmpty();
    }

    /** A value that cannot be used is dropped, so the next start does not meet it again. */
    @Test
    void aBadValueIsRemovedFromTheStoreAndAWindowLargerThanAnyScreenToo() {
        node.put("window.bounds", "0,0,1e9,1e9");
        node.put("dividers", "0.8,0.3");
        node.put("session", "tab=growth;eras=a");

        assertThat(store.windowBounds()).isEmpty();
        assertThat(store.dividers(2)).isEmpty();
        assertThat(store.session(Language.EN)).isEqualTo(SavedView.initial(Language.EN));

        assertThat(node.get("window.bounds", null)).isNull();
        assertThat(node.get("dividers", null)).isNull();
        assertThat(node.get("session", null)).isNull();
        store.setWindowBounds(new PreferenceStore.WindowBounds(-1920, 0, 1600, 900));
        assertThat(store.windowBounds()).as("a window on a screen left of the primary is fine").isPresent();
    }

    @Test
    void aSessionThatIsNotEvenJsonFallsBackToTheFreshStart() {
        node.put("session", "tab=growth;eras=a");

        assertThat(store.session(Language.ZH)).isEqualTo(SavedView.initial(Language.ZH));
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
        assertThat(store.session(Language.EN).timeline()).isEqualTo(TimelineOptions.DEFAULT);
        TimelineOptions t = new TimelineOptions(2021.25, 2023.5, Orientation.HORIZONTAL, true, true, false);

        store.setSession(SavedView.initial(Language.EN).withTimeline(t));

        assertThat(new PreferenceStore(node).session(Language.EN).timeline()).isEqualTo(t);
    }

    @Test
    void theGrowthChartsSwitchesAreRememberedBetweenRuns() {
        assertThat(store.session(Language.EN).growth()).isEqualTo(GrowthOptions.DEFAULT);
        GrowthOptions g = new GrowthOptions(false, true, true, true);

        store.setSession(SavedView.initial(Language.EN).withGrowth(g));

        assertThat(new PreferenceStore(node).session(Language.EN).growth()).isEqualTo(g);
    }

    @Test
    void aCorruptTimelineRangeFallsBackToTheDefaults() {
        node.put("session", "{\"schemaVersion\": 1, \"timeline\": {\"from\": 2023, \"to\": 2019}}");

        assertThat(store.session(Language.EN).timeline()).isEqualTo(TimelineOptions.DEFAULT);
        node.put("session", "{\"schemaVersion\": 1, \"timeline\": {\"from\": \"NaN\", \"to\": \"x\"}}");
        assertThat(store.session(Language.EN).timeline().from()).isEqualTo(TimelineOptions.DEFAULT.from());
    }
}
