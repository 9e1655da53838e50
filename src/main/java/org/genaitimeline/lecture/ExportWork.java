package org.genaitimeline.lecture;

import java.util.concurrent.Executor;

/**
 * Where an export's encoding and writing run, and what does it: a thread of its own in the
 * app (one per export, so a second export never waits behind a slow first); the calling
 * thread in tests that only check the file.
 */
public record ExportWork(Executor executor, ExportWriter writer) {

    public static ExportWork background() {
        return new ExportWork(task -> {
            Thread t = new Thread(task, "genai-export");
            t.setDaemon(true);
            t.start();
        }, ExportWriter.files());
    }

    /** At once, on the FX thread (tests that read the file right after OK). */
    public static ExportWork sameThread() {
        return new ExportWork(Runnable::run, ExportWriter.files());
    }
}
