package org.genaitimeline.app;

import java.util.List;
import java.util.Optional;
import org.genaitimeline.prefs.PreferenceStore.WindowBounds;

/**
 * Where the window opens: where it was last time if that place is still on a screen (fitted
 * to that screen), else
 * centred on the primary screen at {@link #FIRST_START_SHARE} of its visual bounds, so the
 * figures start with most of the screen instead of a small default window. Pure, so the
 * rule has plain tests; the screens come in as rectangles.
 */
final class WindowPlacement {

    /** The share of the primary screen's width and height a first start uses. */
    static final double FIRST_START_SHARE = 0.9;
    /** How far below the window's top edge the title bar is grabbed; that point must be on a screen. */
    private static final double TITLE_BAR = 12;

    private WindowPlacement() {
    }

    /**
     * @param stored the bounds saved last time, if any
     * @param screens the visual bounds of the screens present now
     * @param primary the primary screen's visual bounds
     */
    static WindowBounds choose(Optional<WindowBounds> stored, List<WindowBounds> screens, WindowBounds primary) {
        return stored.flatMap(b -> screenOf(b, screens).map(s -> fitted(b, s))).orElseGet(() -> firstStart(primary));
    }

    /** The screen that holds the window's title bar, if one does. */
    static Optional<WindowBounds> screenOf(WindowBounds b, List<WindowBounds> screens) {
        double x = b.x() + b.width() / 2;
        double y = b.y() + TITLE_BAR;
        return screens.stream().filter(s -> x >= s.x() && x < s.x() + s.width() && y >= s.y()
                && y < s.y() + s.height()).findFirst();
    }

    /**
     * No larger than its screen (a window saved on a big monitor, which is now a smaller one,
     * would hang over the edges), and moved in so that all of it is on that screen.
     */
    static WindowBounds fitted(WindowBounds b, WindowBounds screen) {
        double w = Math.min(b.width(), screen.width());
        double h = Math.min(b.height(), screen.height());
        double x = Math.max(screen.x(), Math.min(b.x(), screen.x() + screen.width() - w));
        double y = Math.max(screen.y(), Math.min(b.y(), screen.y() + screen.height() - h));
        return new WindowBounds(x, y, w, h);
    }

    /**
     * Stored bounds are trusted only where the middle of their title bar lies on a present
     * screen: a window saved on a monitor since unplugged would otherwise open out of reach.
     */
    static boolean onAScreen(WindowBounds b, List<WindowBounds> screens) {
        return screenOf(b, screens).isPresent();
    }

    /** Most of the screen, centred. */
    static WindowBounds firstStart(WindowBounds screen) {
        double w = screen.width() * FIRST_START_SHARE;
        double h = screen.height() * FIRST_START_SHARE;
        return new WindowBounds(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
    }
}
