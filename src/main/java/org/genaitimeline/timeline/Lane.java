package org.genaitimeline.timeline;

import java.util.List;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.Provenance;

/**
 * One column (vertical) or row (horizontal) of the timeline: a model type of Figure 14-1,
 * the General building blocks, or models imported from outside the book.
 *
 * @param id the family id ({@code gan}) or {@link #IMPORTED}; also the colour token suffix
 * @param label the legend text
 * @param index the position across the lanes
 * @param start the first pixel across
 * @param end the last pixel across
 * @param axis the pixel across where its markers sit (same-date markers fan out from it)
 */
public record Lane(String id, String label, int index, double start, double end, double axis) {

    /** The lane id of models imported from Epoch AI (they keep their family otherwise). */
    public static final String IMPORTED = "imported";

    /** The six lanes Figure 14-1 always draws, in its order. */
    public static final List<String> FIGURE_LANES = List.of(Family.VAE.id(), Family.GAN.id(),
            Family.AUTOREGRESSIVE.id(), Family.FLOW.id(), Family.ENERGY_DIFFUSION.id(), Family.MULTIMODAL.id());

    /**
     * The lane a model belongs in. Imported records sit in their own lane: their family is
     * a guess from outside data, and a separate lane keeps the book's columns as printed.
     */
    public static String laneOf(Model model) {
        return model.provenance().origin() == Provenance.Origin.EPOCH ? IMPORTED : model.family().id();
    }

    public double size() {
        return end - start;
    }
}
