package org.genaitimeline.catalog;

import java.util.Optional;

/**
 * The model types of the book's Figure 14-1, in the figure's column order, plus
 * {@link #GENERAL} for building blocks the figure does not draw and {@link #OTHER} for
 * models that generate nothing (classifiers, game players, structure predictors) or whose
 * type an import could not infer: they must never sit in a generative lane.
 */
public enum Family {
    VAE("vae"),
    GAN("gan"),
    AUTOREGRESSIVE("autoregressive"),
    FLOW("flow"),
    ENERGY_DIFFUSION("energy-diffusion"),
    MULTIMODAL("multimodal"),
    GENERAL("general"),
    OTHER("other");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The id used in the JSON catalog, message keys ({@code family.gan}) and CSS ({@code -family-gan}). */
    public String id() {
        return id;
    }

    /** Whether the book's Figure 14-1 has a column for this type. */
    public boolean inFigure() {
        return this != GENERAL && this != OTHER;
    }

    private static final Family[] VALUES = values();

    public static Optional<Family> fromId(String id) {
        for (Family f : VALUES) { // a loop, not a stream: read once per model of a large catalog
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
