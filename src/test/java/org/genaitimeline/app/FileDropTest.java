package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.genaitimeline.lecture.ExportWork;
import org.genaitimeline.lecture.Lecture;
import org.genaitimeline.prefs.RecentFiles;
import org.genaitimeline.shell.FileChooserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped onto the window do what their menu item does. The drop is a real DragEvent
 * with a Dragboard holding the files, as the toolkit delivers one from a file manager.
 */
class FileDropTest extends WindowFixture {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage, TestCatalogs.modelsFile(), u -> { }, false);
        new Lecture(state, window, new org.genaitimeline.shell.TimelineTab(state),
                new org.genaitimeline.shell.GrowthTab(state), FileChooserService.system(), new LectureTest.FakePrompts(),
                FigureRenderers.all(), ExportWork.sameThread());
    }

    @Test
    void aDroppedCatalogReplacesTheShownOneAndJoinsOpenRecent(FxRobot robot) throws Exception {
        Path other = resource("/catalogs/good/models.json");
        int before = state.getCatalog().models().size();
        int theirs = new org.genaitimeline.catalog.CatalogLoader().load(other).catalog().orElseThrow().models().size();
        assertThat(theirs).isNotEqualTo(before);

        boolean accepted = drop(robot, other);

        assertThat(accepted).as("the drag was accepted").isTrue();
        assertThat(state.getCatalog().models()).hasSize(theirs);
        assertThat(window.recentFiles().get(0)).isEqualTo(new RecentFiles.Entry(RecentFiles.Kind.CATALOG,
                other.toAbsolutePath().normalize()));
    }

    @Test
    void aDroppedViewOpensLikeFileOpenView(FxRobot robot) throws Exception {
        Path view = Files.writeString(dir.resolve("lecture.json"), "{\"schemaVersion\": 1, \"tab\": \"growth\"}");
        assertThat(state.getCurrentView()).isEqualTo(org.genaitimeline.state.AppState.View.TABLES);

        drop(robot, view);

        assertThat(state.getCurrentView()).isEqualTo(org.genaitimeline.state.AppState.View.GROWTH);
        assertThat(window.recentFiles().get(0).kind()).isEqualTo(RecentFiles.Kind.VIEW);
    }

    @Test
    void aFileOfAnotherKindIsNotAccepted(FxRobot robot) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        int before = state.getCatalog().models().size();
        List<RecentFiles.Entry> recent = List.copyOf(window.recentFiles());

        assertThat(drop(robot, text)).isFalse();
        assertThat(state.getCatalog().models()).hasSize(before);
        assertThat(window.recentFiles()).isEqualTo(recent);
    }

    @Test
    void openRecentOpensAFileAgainAndGreysOutOneThatIsGone(FxRobot robot) throws Exception {
        Path other = resource("/catalogs/good/models.json");
        Path gone = dir.resolve("gone.json");
        robot.interact(() -> window.recentFiles().setAll(new RecentFiles.Entry(RecentFiles.Kind.VIEW, gone),
                new RecentFiles.Entry(RecentFiles.Kind.CATALOG, other)));

        robot.clickOn("#menu-bar .menu").clickOn("#menu-recent");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) ((javafx.scene.control.MenuBar) window.getTop())
                .getMenus().get(0).getItems().stream().filter(i -> "menu-recent".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(recent.getItems().get(0).isDisable()).as("the missing view").isTrue();
        assertThat(recent.getItems().get(0).getText()).contains("gone.json", "not found");
        assertThat(recent.getItems().get(1).isDisable()).isFalse();

        robot.interact(() -> recent.getItems().get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getCatalog().models()).hasSize(
                new org.genaitimeline.catalog.CatalogLoader().load(other).catalog().orElseThrow().models().size());
        assertThat(window.recentFiles().get(0).path()).isEqualTo(other.toAbsolutePath().normalize());

        robot.interact(() -> recent.getItems().stream().filter(i -> "menu-recent-remove-missing".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertThat(window.recentFiles()).extracting(RecentFiles.Entry::path).doesNotContain(gone);
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** Drags the file over the window and drops it; whether the window accepted it. */
    private boolean drop(FxRobot robot, Path file) {
        boolean[] accepted = new boolean[1];
        robot.interact(() -> {
            Dragboard board = dragboard(List.of(file.toFile()));
            DragEvent over = new DragEvent(null, window, DragEvent.DRAG_OVER, board, 400, 300, 400, 300,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(window, over);
            accepted[0] = over.isAccepted();
            if (accepted[0]) {
                Event.fireEvent(window, new DragEvent(null, window, DragEvent.DRAG_DROPPED, board, 400, 300, 400, 300,
                        TransferMode.COPY, null, null, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return accepted[0];
    }

    /** A dragboard holding files, as the toolkit's own peer would. */
    private static Dragboard dragboard(List<File> files) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> Set.of(DataFormat.FILES);
                    case "hasContent" -> DataFormat.FILES.equals(args[0]);
                    case "getContent" -> DataFormat.FILES.equals(args[0]) ? files : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    default -> null;
                });
        return DragboardHelper.createDragboard(peer);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FileDropTest.class.getResource(name).toURI());
    }
}
