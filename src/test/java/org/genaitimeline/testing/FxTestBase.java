package org.genaitimeline.testing;

import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tier 2 of STYLE.md (GemsFX's {@code FxTestBase}): tests that need the FX thread but no
 * robot extend this class; TestFX tests may call its helpers statically.
 *
 * <p>Why the toolkit start order no longer matters: with {@code testfx.headless=true}, TestFX's
 * launcher replaces Monocle's {@code NativePlatformFactory.platform} with a fresh
 * {@code HeadlessPlatform} by reflection before it launches its primary stage. When export code
 * ({@code FxPlatform.ensureStarted()}) had started the toolkit already, the FX thread kept
 * draining the first platform's input queue while the glass robot posted to the fresh one, so
 * no mouse or key event ever arrived. Surefire now selects Monocle headless through
 * {@code glass.platform}/{@code monocle.platform} only, which JavaFX honours itself, so there is
 * one platform whoever starts the toolkit ({@code ExportThenClickTest} proves it).
 */
@ExtendWith(FxToolkitExtension.class)
public abstract class FxTestBase {

    /** Runs work on the FX thread and waits for it and for the events it queued. */
    public static void runFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Computes a value on the FX thread and waits for it (rethrowing its failure). */
    public static <T> T callFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        T value = WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    /**
     * Applies CSS and lays the node out at its preferred size, on the FX thread; a node not
     * in a scene is put into one first (a {@link Group}, so it keeps its preferred size).
     */
    public static <T extends Node> T layout(T node) {
        runFx(() -> {
            if (node.getScene() == null) {
                new Scene(new Group(node));
            }
            node.applyCss();
            if (node instanceof Parent p) {
                p.layout();
            }
            node.autosize();
            if (node instanceof Parent p) {
                p.layout();
            }
        });
        return node;
    }
}
