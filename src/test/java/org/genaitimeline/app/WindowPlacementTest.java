package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.genaitimeline.prefs.PreferenceStore.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final WindowBounds PRIMARY = new WindowBounds(0, 0, 1920, 1040);
    private static final WindowBounds RIGHT = new WindowBounds(1920, 0, 2560, 1400);

    @Test
    void aFirstStartTakesNinetyPercentOfThePrimaryScreenCentred() {
        WindowBounds b = WindowPlacement.choose(Optional.empty(), List.of(PRIMARY), PRIMARY);
        assertThat(b).isEqualTo(new WindowBounds(96, 52, 1728, 936));
    }

    @Test
    void theFirstStartFollowsAPrimaryScreenThatDoesNotStartAtTheOrigin() {
        WindowBounds shifted = new WindowBounds(-1280, 40, 1280, 760);
        WindowBounds b = WindowPlacement.firstStart(shifted);
        assertThat(b.x()).isEqualTo(-1280 + 64.0);
        assertThat(b.y()).isEqualTo(40 + 38.0);
        assertThat(b.width()).isEqualTo(1152.0);
    }

    @Test
    void storedBoundsOnAPresentScreenAreKept() {
        WindowBounds stored = new WindowBounds(2000, 100, 1200, 800);
        assertThat(WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY, RIGHT), PRIMARY)).isEqualTo(stored);
    }

    @Test
    void storedBoundsOnAScreenNoLongerThereAreNotTrusted() {
        WindowBounds stored = new WindowBounds(2000, 100, 1200, 800);
        assertThat(WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY), PRIMARY))
                .isEqualTo(WindowPlacement.firstStart(PRIMARY));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveEveryScreenIsNotTrusted() {
        assertThat(WindowPlacement.onAScreen(new WindowBounds(100, -300, 800, 600), List.of(PRIMARY))).isFalse();
        assertThat(WindowPlacement.onAScreen(new WindowBounds(100, -5, 800, 600), List.of(PRIMARY))).isTrue();
    }
}
