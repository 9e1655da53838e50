package org.genaitimeline.files;

import java.io.IOException;

/**
 * A raster export that could not be drawn. It is an {@link IOException} so that callers that
 * write files treat it as a failed write: the target is left untouched. The reason lets each
 * caller say it in the user's language.
 */
public final class RenderFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why no image came out. */
    public enum Reason {
        /** The renderer returned an image without a single visible pixel. */
        BLANK,
        /** The image did not fit in the memory the JVM has. */
        OUT_OF_MEMORY
    }

    private final Reason reason;

    public RenderFailure(Reason reason) {
        super(reason == Reason.BLANK ? "the image came out blank" : "out of memory while drawing the image");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
