package org.genaitimeline.shell;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.genaitimeline.about.BuildInfo;
import org.genaitimeline.about.BundledLibraries;
import org.genaitimeline.i18n.Messages;

/**
 * What Help > About shows under its text: the build's version, the home page (in a
 * read-only field, so it can be selected and copied), and every bundled library with its
 * version and licence, from the build's own dependency list.
 */
final class AboutContent {

    static final String LIBRARIES_ID = "about-libraries";
    static final String VERSION_ID = "about-version";

    private AboutContent() {
    }

    static VBox of(Messages msg, String body, BuildInfo build, List<BundledLibraries.Library> libraries) {
        Label text = new Label(body);
        text.setWrapText(true);
        text.setPrefWidth(560);
        Label version = new Label(msg.get("about.version", build.version()));
        version.setId(VERSION_ID);
        TextField home = new TextField(build.url());
        home.setEditable(false);
        home.setId("about-home");
        Label homeLabel = new Label(msg.get("about.home", ""));
        homeLabel.setLabelFor(home);

        GridPane grid = new GridPane();
        grid.setId(LIBRARIES_ID);
        grid.setHgap(16);
        grid.setVgap(2);
        grid.addRow(0, heading(msg.get("about.library.name")), heading(msg.get("about.library.version")),
                heading(msg.get("about.library.licence")));
        for (int i = 0; i < libraries.size(); i++) {
            BundledLibraries.Library l = libraries.get(i);
            grid.addRow(i + 1, new Label(l.name()), new Label(l.version()), new Label(l.licence()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        return new VBox(8, text, version, new VBox(2, homeLabel, home), heading(msg.get("about.libraries")), scroll);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("about-heading");
        return l;
    }
}
