package org.genaitimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.tabledata.TablePreset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every note the catalog keeps on what the book prints can be reached: the † beside the
 * model's name in the tables and the box in the detail pane, also where no value differs
 * (DALL.E 2's 3.5B is the decoder only; MUSE, GPT-3.5, Codex). And an era picked in the
 * filter sidebar shows its summary in the detail pane.
 */
class BookNotesReachableTest extends WindowFixture {

    /** The bundled catalog as a file (eras.json beside it), not the small test catalog. */
    private static final Path BUNDLED = Path.of("data/models.json");

    @Start
    void start(Stage stage) {
        show(stage, BUNDLED, url -> { }, false);
    }

    private List<Model> noted() {
        return state.getCatalog().models().stream().filter(m -> m.book().note().isPresent()).toList();
    }

    /** The first cell of a model's row once it is scrolled into view, or null. */
    private TableCell<?, ?> nameCell(FxRobot robot, Model m) {
        robot.interact(() -> table().scrollTo(m));
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup(".model-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getItem() == m && cell.getTableColumn() == table().getColumns().get(0)) {
                return cell;
            }
        }
        return null;
    }

    @Test
    void everyModelWithABookNoteHasTheDaggerInTheTable(FxRobot robot) {
        robot.interact(() -> window.tables().presetProperty().set(TablePreset.ALL));
        List<Model> noted = noted();
        assertThat(noted).extracting(Model::id).contains("dall-e-2", "muse", "gpt-3-5", "codex", "pangu-sigma");
        List<String> missing = new ArrayList<>();
        for (Model m : noted) {
            TableCell<?, ?> cell = nameCell(robot, m);
            boolean marked = cell != null && cell.getGraphic() instanceof Label l && l.getStyleClass().contains("book-marker");
            if (!marked) {
                missing.add(m.id());
            }
        }
        assertThat(missing).isEmpty();
        // And a model without a note has none.
        Model plain = state.getCatalog().model("dcgan").orElseThrow();
        assertThat(plain.book().note()).isEmpty();
        assertThat(nameCell(robot, plain).getGraphic()).isNull();
    }

    @Test
    void everyModelWithABookNoteShowsTheBoxWithItsNoteInTheDetailPane(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        for (Model m : noted()) {
            robot.interact(() -> state.select(m.id()));
            Node box = robot.lookup("#detail-book").query();
            Label note = robot.lookup("#detail-book .book-note").queryAs(Label.class);
            if (!box.isVisible() || !note.getText().equals(m.book().note().orElseThrow().en())) {
                wrong.add(m.id());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNoteWithNoDifferingValueShowsWithoutTheComparisonLines(FxRobot robot) {
        robot.interact(() -> state.select("muse"));
        Label title = robot.lookup("#detail-book .book-box-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("What the book prints, explained");
        assertThat(robot.lookup("#detail-book .label").queryAllAs(Label.class))
                .filteredOn(l -> l.getText().startsWith("The book says")).allMatch(l -> !l.isVisible());
    }

    @Test
    void pickingAnEraInTheSidebarShowsItsSummaryAndWhyItRunsInto2023(FxRobot robot) {
        CheckBox era = robot.lookup("#facet-eras .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().equals("2020–2022: The era of big models")).findFirst().orElseThrow();
        robot.clickOn(era);

        assertThat(robot.lookup("#detail-era-card").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detail-era-name").queryAs(Label.class).getText())
                .isEqualTo("2020–2022: The era of big models");
        long inEra = state.getCatalog().inEra("big-models").size();
        assertThat(robot.lookup("#detail-era-span").queryAs(Label.class).getText())
                .isEqualTo("In this app 2020\u20132023 \u00b7 " + inEra + " models");
        assertThat(robot.lookup("#detail-era-summary").queryAs(Label.class).getText()).contains("2020–2022", "2023");

        // Selecting a model takes the era's place.
        robot.interact(() -> state.select("gpt-3"));
        assertThat(robot.lookup("#detail-era-card").query().isVisible()).isFalse();
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo("GPT-3");
    }
}
