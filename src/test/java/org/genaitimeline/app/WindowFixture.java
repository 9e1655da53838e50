package org.genaitimeline.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The main window as the window tests open it: English, background work on the FX thread,
 * a catalog opened from a file and the tables in front. Each test's {@code @Start} calls
 * {@link #show}; a problems dialog a test leaves open is closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowFixture {

    AppState state;
    MainWindow window;
    /** The chart tabs when the test asked for them, else null. */
    TimelineTab timelineTab;
    GrowthTab growthTab;

    /**
     * @param browser receives the links the window opens
     * @param withCharts whether the timeline and growth tabs exist (they cost time to paint)
     */
    void show(Stage stage, Path catalog, Consumer<String> browser, boolean withCharts) {
        state = new AppState(Language.EN);
        timelineTab = withCharts ? new TimelineTab(state) : null;
        growthTab = withCharts ? new GrowthTab(state) : null;
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(browser),
                new CatalogLoader(), timelineTab, growthTab);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        window.openCatalog(catalog);
        state.showView(AppState.View.TABLES);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            if (window.problemsDialog() != null) {
                window.problemsDialog().close();
            }
        });
    }

    TableView<Model> table() {
        return window.tables().currentTable();
    }
}
