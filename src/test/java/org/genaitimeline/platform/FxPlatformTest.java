package org.genaitimeline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class FxPlatformTest {

    @Test
    void onlyTheUnnamedModuleWarningIsDropped() {
        FxPlatform.quietUnnamedModuleWarning();
        Logger javafx = Logger.getLogger("javafx");
        assertThat(javafx.getFilter()).isNotNull();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'"))).isFalse();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING, "Something else"))).isTrue();
    }
}
