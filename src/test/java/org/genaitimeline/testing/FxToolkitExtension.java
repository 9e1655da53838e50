package org.genaitimeline.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit once per JVM, the TestFX way ({@link FxToolkit#registerPrimaryStage()}
 * is a no-op after the first call), so FX-thread tests and TestFX tests share one toolkit and
 * one primary stage whatever order surefire runs the classes in.
 *
 * <p>Export code may start the toolkit first with {@code FxPlatform.ensureStarted()}; that is
 * harmless since surefire no longer sets {@code testfx.headless} (see {@link FxTestBase}).
 */
public final class FxToolkitExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }
}
