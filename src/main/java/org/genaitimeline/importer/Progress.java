package org.genaitimeline.importer;

/**
 * Reports how far an import has got. Called on the importing thread once per CSV record (and
 * once more at the end), so an implementation must be cheap: a GUI stores the numbers and
 * hands them to the FX thread coalesced (e.g. through an AtomicReference read on the next
 * pulse), never one {@code Platform.runLater} per call.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores progress (command line, tests). */
    Progress NONE = (rows, bytesRead, totalBytes) -> { };

    /**
     * @param rowsDone CSV records read so far (excluding the header)
     * @param bytesRead bytes consumed from the file so far (read ahead by at most a buffer)
     * @param totalBytes the file's size, or -1 when not known; {@code bytesRead / totalBytes}
     *     is the fraction for a progress bar
     */
    void update(long rowsDone, long bytesRead, long totalBytes);
}
