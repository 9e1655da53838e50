package org.genaitimeline.lecture;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.genaitimeline.catalog.Era;

/**
 * The era-by-era reveal of presentation mode: step {@code k} shows the models of the first
 * {@code k + 1} eras (chronological), so the last step shows everything. A model is shown
 * when its date starts before the cut-off, the day after the revealed era ends.
 */
public final class EraSteps {

    private final List<Era> eras;

    public EraSteps(List<Era> eras) {
        this.eras = eras.stream().sorted(Comparator.comparing(Era::start)).toList();
    }

    /** How many steps there are (one per era; at least one, which shows everything). */
    public int count() {
        return Math.max(1, eras.size());
    }

    /** The last step: everything shown. */
    public int last() {
        return count() - 1;
    }

    /** The step clamped into range. */
    public int clamp(int step) {
        return Math.max(0, Math.min(last(), step));
    }

    /** The cut-off of a step, or null on the last step (nothing hidden, later models included). */
    public LocalDate cutoff(int step) {
        int k = clamp(step);
        return k == last() ? null : eras.get(k).end().plusDays(1);
    }

    /** The era a step reveals last, or null without eras. */
    public Era era(int step) {
        return eras.isEmpty() ? null : eras.get(clamp(step));
    }
}
