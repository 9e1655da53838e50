package org.genaitimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

class FxTestBaseTest extends FxTestBase {

    @Test
    void callFxRunsOnTheFxThread() throws Exception {
        assertThat(callFx(Platform::isFxApplicationThread)).isTrue();
    }

    @Test
    void layoutGivesANodeOutsideAnySceneItsPreferredSize() throws Exception {
        Label label = callFx(() -> new Label("A label wide enough to measure"));

        layout(label);

        assertThat(label.getScene()).isNotNull();
        assertThat(label.getWidth()).isGreaterThan(50).isEqualTo(callFx(() -> label.prefWidth(-1)));
    }
}
