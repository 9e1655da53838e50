package org.genaitimeline.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Catalog actions asked for while another runs: with a worker the test steps by hand, an Open
 * queued behind an import and an Add queued behind the Open each build on the catalog the
 * action before them produced, and the menu stays busy until the last one is done.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogSessionQueueTest {

    /** A worker that runs a task only when the test says so, results on the calling thread. */
    static final class SteppedWork implements BackgroundWork {
        final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void submit(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                T result;
                try {
                    result = task.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onResult.accept(result);
            });
        }

        void runNext() {
            pending.removeFirst().run();
        }
    }

    private final SteppedWork work = new SteppedWork();
    private AppState state;
    private MainWindow window;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        window = new MainWindow(state, work, LinkOpener.checked(u -> { }), new CatalogLoader(), null, null);
        window.setFilePicker(purpose -> Optional.empty());
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
        window.openBundled(() -> { });
        work.runNext();
    }

    private static Path resource(String name) {
        try {
            return Path.of(CatalogSessionQueueTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private MenuItem fileItem(String id) {
        MenuBar bar = (MenuBar) window.getTop();
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void anAddQueuedBehindAnOpenMergesIntoTheOpenedCatalog(FxRobot robot) throws IOException {
        Path opened = resource("/catalogs/good/models.json");
        Files.copy(opened.resolveSibling("eras.json"), tmp.resolve("eras.json")); // the eras "mine" names
        Path mine = Files.writeString(tmp.resolve("models.json"), """
                {"schemaVersion": 1, "models": [
                  {"id": "my-model", "name": "My model", "date": "2023-05", "era": "late",
                   "developer": ["Me"], "family": "autoregressive", "kind": "llm", "parameters": 7000000000,
                   "openSource": true, "inFigure": false, "summary": {"en": "Mine.", "zh": "我的。"}}
                ]}
                """);
        robot.interact(() -> {
            CatalogSession session = window.session();
            session.importEpoch(resource("/epoch/notable-excerpt.csv"));
            session.open(opened, () -> { });
            session.add(mine);
            assertThat(session.busyProperty().get()).isTrue();
            assertThat(fileItem("menu-open").isDisable()).isTrue();

            work.runNext(); // the import finishes; the open starts only now
            assertThat(state.getCatalog().models()).anyMatch(m -> m.provenance().origin() == Provenance.Origin.EPOCH);
            assertThat(session.busyProperty().get()).isTrue();
            assertThat(fileItem("menu-add-catalog").isDisable()).isTrue();

            work.runNext(); // the open
            work.runNext(); // the add, on the opened catalog
            assertThat(work.pending).isEmpty();
            assertThat(state.getCatalog().models()).extracting(m -> m.id())
                    .containsExactlyInAnyOrder("alpha", "beta", "my-model");
            assertThat(session.busyProperty().get()).isFalse();
            assertThat(state.loadingProperty().get()).isFalse();
            assertThat(fileItem("menu-open").isDisable()).isFalse();
            assertThat(session.remembered()).extracting(RememberedCatalog::kind)
                    .containsExactly(RememberedCatalog.Kind.OPEN, RememberedCatalog.Kind.ADD);
        });
    }
}
