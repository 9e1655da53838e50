package org.genaitimeline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.genaitimeline.about.BuildInfo;
import org.genaitimeline.about.BundledLibraries;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** Help > About shows the build's version, the home page and every bundled library with its licence. */
class AboutContentTest extends FxTestBase {

    @Test
    void showsTheVersionTheHomePageAndEveryLibrary() throws Exception {
        Messages msg = Messages.of(Language.EN);
        BuildInfo build = BuildInfo.current();
        List<BundledLibraries.Library> libraries = BundledLibraries.all();
        VBox content = callFx(() -> AboutContent.of(msg, "body", build, libraries));
        layout(content);

        Label version = (Label) content.lookup("#" + AboutContent.VERSION_ID);
        assertThat(version.getText()).isEqualTo("Version " + build.version());
        assertThat(((TextField) content.lookup("#about-home")).getText()).isEqualTo(build.url());

        GridPane grid = (GridPane) content.lookup("#" + AboutContent.LIBRARIES_ID);
        List<String> cells = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        for (BundledLibraries.Library l : libraries) {
            assertThat(cells).contains(l.name(), l.version(), l.licence());
        }
        assertThat(cells).contains("Apache Commons CSV", "Apache Commons IO", "Apache Commons Codec", "ControlsFX",
                "picocli", "Jackson Databind", "OpenJFX Controls");
        // One heading row, then one row per library.
        assertThat(cells).hasSize(3 * (libraries.size() + 1));
    }
}
