package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.growth.GrowthData;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.session.BackgroundWork;
import org.genaitimeline.session.RememberedCatalog;
import org.genaitimeline.shell.GrowthTab;
import org.genaitimeline.shell.MainWindow;
import org.genaitimeline.shell.TimelineTab;
import org.genaitimeline.state.AppState;
import org.genaitimeline.state.LinkOpener;
import org.genaitimeline.tabledata.TablePreset;
import org.genaitimeline.timeline.Lane;
import org.genaitimeline.timeline.TimelineLayout;
import org.genaitimeline.timeline.TimelineSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Import Epoch AI CSV, Add catalog and the remembered files, through the window's own
 * menu path with the file chooser replaced and a same-thread {@link BackgroundWork}.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final Path EXCERPT = resource("/epoch/notable-excerpt.csv");

    private AppState state;
    private MainWindow window;
    private TimelineTab timeline;
    private GrowthTab growth;
    private Catalog bundled;
    private Path nextFile;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        timeline = new TimelineTab(state);
        growth = new GrowthTab(state);
        window = new MainWindow(state, BackgroundWork.sameThread(), LinkOpener.checked(u -> { }),
                new CatalogLoader(), timeline, growth);
        window.setFilePicker(purpose -> Optional.ofNullable(nextFile));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        window.openBundled(() -> { });
        bundled = state.getCatalog();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            if (window.importDialog() != null) {
                window.importDialog().close();
            }
            if (window.problemsDialog() != null) {
                window.problemsDialog().close();
            }
        });
    }

    private static Path resource(String name) {
        try {
            return Path.of(ImportWindowTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fireMenu(FxRobot robot, String id, Path file) {
        nextFile = file;
        MenuBar bar = (MenuBar) window.getTop();
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Model> imported() {
        return state.getCatalog().models().stream()
                .filter(m -> m.provenance().origin() == Provenance.Origin.EPOCH).toList();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void importingThroughTheMenuAddsModelsToEveryView(FxRobot robot) {
        fireMenu(robot, "menu-import-epoch", EXCERPT);

        assertThat(imported()).isNotEmpty();
        assertThat(state.getCatalog().size()).isEqualTo(bundled.size() + imported().size());
        robot.interact(() -> window.tables().presetProperty().set(TablePreset.ALL));
        assertThat(window.tables().currentTable().getItems()).extracting(Model::id).contains("epoch-grok-3");

        // The timeline draws the whole catalog; the imported models go to their inferred lanes.
        assertThat(timeline.view().getModels()).containsAll(imported());
        TimelineLayout layout = TimelineLayout.compute(new TimelineSpec(timeline.view().getModels(), Set.of(),
                state.getCatalog().eras(), Orientation.VERTICAL, 1200, 900, 2014, 2026, Language.EN, 1,
                TextMeasure.approximate()));
        assertThat(layout.lanes()).extracting(Lane::id).contains(Family.OTHER.id()).doesNotContain("imported");

        // The growth chart: an imported LLM joins the figure's series; Other shows once every type is shown.
        assertThat(growth.view().getModels()).containsAll(imported());
        assertThat(GrowthData.of(growth.view().getModels(), false, Language.EN).series())
                .doesNotContainKey(Family.OTHER);
        robot.interact(() -> growth.view().setAllFamilies(true));
        assertThat(GrowthData.of(growth.view().getModels(), growth.view().isAllFamilies(), Language.EN).series()
                .get(Family.AUTOREGRESSIVE)).extracting(p -> p.model().id()).contains("epoch-deepseek-r1");
        assertThat(GrowthData.of(growth.view().getModels(), true, Language.EN).series()).containsKey(Family.OTHER);

        Alert report = window.importDialog();
        assertThat(report.getHeaderText()).startsWith("notable-excerpt.csv: Matched ");
        String body = ((TextArea) report.getDialogPane().lookup("#import-report-text")).getText();
        assertThat(body).contains("GPT-3 175B (davinci) → GPT-3", "CC BY 4.0");
        assertThat(text(robot, "#status-notice")).contains("Matched").contains("added " + imported().size());
        assertThat(window.session().remembered())
                .containsExactly(new RememberedCatalog(RememberedCatalog.Kind.EPOCH, EXCERPT));
    }

    @Test
    void theSourceFacetFiltersTheImportedModels(FxRobot robot) {
        assertThat(robot.lookup("#facet-sources").query().isVisible()).isFalse();
        fireMenu(robot, "menu-import-epoch", EXCERPT);
        assertThat(robot.lookup("#facet-sources").query().isVisible()).isTrue();

        CheckBox book = robot.lookup("#facet-sources .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().equals("The book")).findFirst().orElseThrow();
        robot.interact(() -> book.fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getQuery().origins()).containsExactly(Provenance.Origin.EPOCH);
        assertThat(state.models()).hasSameSizeAs(imported())
                .allMatch(m -> m.provenance().origin() == Provenance.Origin.EPOCH);
    }

    @Test
    void theDetailPaneShowsWhereAModelCameFrom(FxRobot robot) {
        fireMenu(robot, "menu-import-epoch", EXCERPT);

        robot.interact(() -> state.select("epoch-grok-3"));
        // The type of an imported model is a guess, and the pane says so.
        assertThat(text(robot, "#detail-source")).isEqualTo("Epoch AI, notable-excerpt.csv, line 2 (CC BY 4.0) · "
                + "Type inferred from Epoch's Domain / Abstract by the rule “domain-multimodal”.");
        assertThat(text(robot, "#detail-openWeights")).isEqualTo("No · Epoch AI: Hosted access (no API)");
        robot.interact(() -> state.select("epoch-rt-2"));
        assertThat(text(robot, "#detail-openWeights")).isEqualTo("Unknown · not stated in the Epoch data");
        robot.interact(() -> state.select("gpt-3"));
        assertThat(text(robot, "#detail-source")).isEqualTo("The book's catalog (models.json)");

        robot.interact(() -> state.setLanguage(Language.ZH));
        robot.interact(() -> state.select("epoch-grok-3"));
        assertThat(text(robot, "#detail-source")).isEqualTo("Epoch AI，notable-excerpt.csv，第 2 行（CC BY 4.0） · "
                + "类型由 Epoch 的 Domain / Abstract 按规则“domain-multimodal”推断。");
        assertThat(text(robot, "#detail-openWeights")).isEqualTo("否 · Epoch AI：托管访问（无 API）");
    }

    @Test
    void aCancelledImportLeavesTheCatalogAsItWas(FxRobot robot) {
        AtomicInteger asked = new AtomicInteger();
        robot.interact(() -> window.session().importEpoch(EXCERPT, () -> asked.incrementAndGet() > 10));

        assertThat(asked.get()).isGreaterThan(10);
        assertThat(state.getCatalog()).isSameAs(bundled);
        assertThat(text(robot, "#status-notice")).isEqualTo(
                "Import of notable-excerpt.csv cancelled; the catalog is unchanged.");
        assertThat(window.session().remembered()).isEmpty();
        assertThat(window.session().isImporting()).isFalse();
    }

    @Test
    void aFileThatIsNoEpochExportIsRefusedWithADialog(FxRobot robot) throws IOException {
        Path other = Files.writeString(tmp.resolve("people.csv"), "Name,Born\nAda,1815\n");
        fireMenu(robot, "menu-import-epoch", other);

        assertThat(state.getCatalog()).isSameAs(bundled);
        Alert refused = window.importDialog();
        assertThat(refused.getAlertType()).isEqualTo(Alert.AlertType.ERROR);
        String body = ((TextArea) refused.getDialogPane().lookup("#import-report-text")).getText();
        assertThat(body).contains("Publication date").contains("Name, Born");
    }

    @Test
    void addCatalogMergesNewIdsAndSkipsTakenOnes(FxRobot robot) throws IOException {
        Path mine = Files.writeString(tmp.resolve("models.json"), """
                {"schemaVersion": 1, "models": [
                  {"id": "gpt-3", "name": "My GPT-3", "date": "2020", "era": "big-models", "developer": ["Me"],
                   "family": "autoregressive", "kind": "llm", "parameters": 1, "openSource": true,
                   "inFigure": false, "summary": {"en": "Mine.", "zh": "我的。"}},
                  {"id": "my-model", "name": "My model", "date": "2023-05", "era": "big-models",
                   "developer": ["Me"], "family": "autoregressive", "kind": "llm", "parameters": 7000000000,
                   "openSource": true, "inFigure": false, "summary": {"en": "Mine.", "zh": "我的。"}}
                ]}
                """);
        fireMenu(robot, "menu-add-catalog", mine);

        assertThat(state.getCatalog().size()).isEqualTo(bundled.size() + 1);
        assertThat(state.getCatalog().model("gpt-3")).containsSame(bundled.model("gpt-3").orElseThrow());
        Model added = state.getCatalog().model("my-model").orElseThrow();
        assertThat(added.provenance().origin()).isEqualTo(Provenance.Origin.USER);
        String body = ((TextArea) window.importDialog().getDialogPane().lookup("#import-report-text")).getText();
        assertThat(body).contains("gpt-3 (line 2): the id is already used by GPT-3");
        robot.interact(() -> state.select("my-model"));
        assertThat(text(robot, "#detail-source")).isEqualTo("Your file models.json, line 5");
        assertThat(window.session().remembered())
                .containsExactly(new RememberedCatalog(RememberedCatalog.Kind.ADD, mine));
    }

    @Test
    void aRememberedFileThatIsGoneLeavesTheBundledCatalogWithANotice(FxRobot robot) {
        Path gone = tmp.resolve("gone.csv");
        robot.interact(() -> window.session().restore(List.of(
                new RememberedCatalog(RememberedCatalog.Kind.OPEN, tmp.resolve("gone.json")),
                new RememberedCatalog(RememberedCatalog.Kind.EPOCH, gone)), () -> { }));

        assertThat(state.getCatalog().size()).isEqualTo(bundled.size());
        assertThat(state.getCatalog().models()).allMatch(m -> m.provenance().origin() == Provenance.Origin.BOOK);
        assertThat(text(robot, "#status-notice")).contains("Could not reopen " + gone)
                .contains("the file is missing");
        assertThat(window.session().remembered()).isEmpty();
    }

    @Test
    void rememberedImportsAreReplayedAtStartUp(FxRobot robot) {
        robot.interact(() -> window.session().restore(List.of(
                new RememberedCatalog(RememberedCatalog.Kind.EPOCH, EXCERPT)), () -> { }));

        assertThat(state.getCatalog().model("epoch-grok-3")).isPresent();
        assertThat(text(robot, "#status-notice")).isEmpty();
        assertThat(window.session().remembered()).hasSize(1);
    }
}
