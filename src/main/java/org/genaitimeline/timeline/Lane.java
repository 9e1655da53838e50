package org.genaitimeline.timeline;

import java.util.List;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;

/**
 * One column (vertical) or row (horizontal) of the timeline: a model type of Figure 14-1,
 * the General building blocks, or Other (models that generate nothing, imported ones included).
 *
 * @param id the family id ({@code gan}); also the colour token suffix
 * @param label the legend text
 * @param index the position across the lanes
 * @param start the first pixel across
 * @param end the last pixel across
 * @param axis the pixel across where its markers sit (same-date markers fan out from it)
 */
public record Lane(String id, String label, int index, double start, double end, double axis) {

    /** The six lanes Figure 14-1 always draws, in its order. */
    public static final List<String> FIGURE_LANES = List.of(Family.VAE.id(), Family.GAN.id(),
            Family.AUTOREGRESSIVE.id(), Family.FLOW.id(), Family.ENERGY_DIFFUSION.id(), Family.MULTIMODAL.id());

    /**
     * The lane a model belongs in: its family's. Imported models have an inferred family
     * (importer/FamilyRules); the book's own models keep their columns as printed.
     */
    public static String laneOf(Model model) {
        return model.family().id();
    }

    public double size() {
        return end - start;
    }
}
