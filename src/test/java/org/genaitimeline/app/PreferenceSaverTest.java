package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/** Preferences are written once things have been still for the quiet time, on a clock the test turns. */
class PreferenceSaverTest {

    /** A clock by hand: tasks run when it is advanced past their time, unless cancelled. */
    private static final class Clock implements PreferenceSaver.Scheduler {
        private record Task(double due, Runnable run, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();
        private double now;

        @Override
        public Runnable schedule(Duration after, Runnable run) {
            boolean[] cancelled = new boolean[1];
            tasks.add(new Task(now + after.toMillis(), run, cancelled));
            return () -> cancelled[0] = true;
        }

        void advance(double millis) {
            now += millis;
            for (Task t : List.copyOf(tasks)) {
                if (t.due() <= now) {
                    tasks.remove(t);
                    if (!t.cancelled()[0]) {
                        t.run().run();
                    }
                }
            }
        }
    }

    private final Clock clock = new Clock();
    private int saves;
    private final PreferenceSaver saver = new PreferenceSaver(() -> saves++, clock);
    private final SimpleDoubleProperty x = new SimpleDoubleProperty();
    private final SimpleStringProperty theme = new SimpleStringProperty("light");

    private static final double QUIET = PreferenceSaver.QUIET.toMillis();

    @Test
    void aChangeIsWrittenOnceAfterTheQuietTime() {
        saver.watch(x, theme);

        theme.set("dark");
        clock.advance(QUIET - 1);
        assertThat(saves).isZero();

        clock.advance(1);
        assertThat(saves).isEqualTo(1);

        clock.advance(10 * QUIET);
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void aBurstOfChangesLongerThanTheQuietTimeIsWrittenOnceAfterItsLastChange() {
        saver.watch(x, theme);

        // A window dragged for two seconds: a move every 50 ms, nobody reading x meanwhile.
        for (int i = 1; i <= 40; i++) {
            x.set(i);
            clock.advance(50);
        }
        assertThat(saves).isZero();

        clock.advance(QUIET - 50 - 1);
        assertThat(saves).isZero();
        clock.advance(1);
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void changesOfDifferentValuesShareOneWrite() {
        ObservableList<String> recent = FXCollections.observableArrayList();
        saver.watch(x, theme, recent);

        x.set(10);
        clock.advance(100);
        recent.add("catalog.json");
        clock.advance(100);
        theme.set("projector");
        clock.advance(QUIET);

        assertThat(saves).isEqualTo(1);
    }

    @Test
    void aChangeAfterAWriteIsWrittenAgain() {
        saver.watch(x);

        x.set(1);
        clock.advance(QUIET);
        x.set(2);
        clock.advance(QUIET);

        assertThat(saves).isEqualTo(2);
    }

    @Test
    void stoppingDropsThePendingWrite() {
        saver.watch(x);

        x.set(1);
        saver.stop();
        clock.advance(10 * QUIET);

        assertThat(saves).isZero();
    }
}
