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

    @Test
    void aWindowLargerThanTheScreenThatHoldsItShrinksToThatScreen() {
        // Saved on the big right-hand monitor, which is now a smaller one at the same place.
        WindowBounds smallRight = new WindowBounds(1920, 0, 1280, 720);
        WindowBounds stored = new WindowBounds(1950, 50, 2400, 1300);
        WindowBounds b = WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY, smallRight), PRIMARY);
        assertThat(b).isEqualTo(new WindowBounds(1920, 0, 1280, 720));
    }

    @Test
    void aWindowHangingOverItsScreensEdgeIsMovedIn() {
        WindowBounds stored = new WindowBounds(1500, 900, 800, 600);
        WindowBounds b = WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY, RIGHT), PRIMARY);
        assertThat(b).isEqualTo(new WindowBounds(1120, 440, 800, 600));
    }

    @Test
    void aScreenLeftOfThePrimaryKeepsItsWindow() {
        WindowBounds left = new WindowBounds(-1600, 200, 1600, 900);
        WindowBounds stored = new WindowBounds(-1500, 250, 1000, 700);
        assertThat(WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY, left), PRIMARY)).isEqualTo(stored);
        assertThat(WindowPlacement.choose(Optional.of(stored), List.of(PRIMARY), PRIMARY))
                .as("that screen unplugged: the primary").isEqualTo(WindowPlacement.firstStart(PRIMARY));
    }
}
