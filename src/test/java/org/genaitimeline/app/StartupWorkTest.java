package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window takes a result that has arrived before it shows; the delivery posted to the FX
 * thread then hands over nothing twice. The worker and the FX thread are lists run by hand.
 */
class StartupWorkTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> posted = new ArrayList<>();
    private final StartupWork work = new StartupWork(worker::add, posted::add);
    private final List<String> handed = new ArrayList<>();

    private static void runAll(List<Runnable> tasks) {
        List<Runnable> now = List.copyOf(tasks);
        tasks.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aResultThatHasArrivedIsHandedOverBeforeTheWindowShowsAndOnlyOnce() {
        work.submit(() -> "catalog", handed::add, e -> handed.add("failed"));
        runAll(worker);
        assertThat(handed).isEmpty();

        assertThat(work.deliverWithin(0)).isTrue();
        assertThat(handed).containsExactly("catalog");

        runAll(posted);
        assertThat(handed).containsExactly("catalog");
    }

    @Test
    void withNothingArrivedTheWindowShowsWithoutAndThePostedDeliveryHandsItOverLater() {
        work.submit(() -> "catalog", handed::add, e -> handed.add("failed"));

        assertThat(work.deliverWithin(0)).isFalse();
        assertThat(handed).isEmpty();

        runAll(worker);
        runAll(posted);
        assertThat(handed).containsExactly("catalog");
    }

    @Test
    void resultsAndFailuresAreHandedOverInTheOrderTheyCame() {
        work.submit(() -> "first", handed::add, e -> handed.add("failed"));
        work.<String>submit(() -> {
            throw new IllegalStateException("broken");
        }, handed::add, e -> handed.add("failed: " + e.getMessage()));
        work.submit(() -> "third", handed::add, e -> handed.add("failed"));
        runAll(worker);

        assertThat(work.deliverWithin(0)).isTrue();
        assertThat(handed).containsExactly("first", "failed: broken", "third");
        runAll(posted);
        assertThat(handed).hasSize(3);
    }
}
