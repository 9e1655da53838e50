package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "+N" badges open: hover lists their members, a click or Enter zooms until the members
 * have labels, and the keyboard walk reaches the models they hide. A small window (480x360) at fit
 * makes sure the bundled catalog needs badges.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineBadgeTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled().catalog().orElseThrow();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = TimelineViews.of(CATALOG);
        view.fitAll();
        // A larger canvas than 480x360 needs no badges.
        TimelineViews.plainStage(stage);
        stage.setScene(new Scene(view, 480, 360));
        stage.sizeToScene();
        stage.show();
    }

    private TimelineLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.currentLayout();
    }

    /** The badge with the fewest members (one zoom surely gives them room). */
    private TimelineLayout.Badge aBadge() {
        List<TimelineLayout.Badge> badges = layout().badges();
        assertThat(badges).as("the bundled catalog at 480x360 needs badges").isNotEmpty();
        return badges.stream().min(java.util.Comparator.comparingInt(c -> c.members().size())).orElseThrow();
    }

    private Point2D onScreen(FxRobot robot, double x, double y) {
        return robot.lookup(".timeline-overlay").queryAs(Canvas.class).localToScreen(x, y);
    }

    /**
     * No member is in a badge any more, and those in the visible range have their labels
     * (opening a badge that spans years may leave some members off screen).
     */
    private boolean labelled(List<Model> members) {
        TimelineLayout l = layout();
        List<TimelineLayout.Item> items = members.stream().map(m -> l.item(m.id()).orElseThrow()).toList();
        List<TimelineLayout.Item> inView = items.stream()
                .filter(it -> it.time() >= view.getVisibleStart() && it.time() <= view.getVisibleEnd()).toList();
        return items.stream().allMatch(it -> it.badge() < 0) && !inView.isEmpty()
                && inView.stream().allMatch(it -> it.label() != null);
    }

    private void waitUntilLabelled(List<Model> members) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> labelled(members));
    }

    @Test
    void clickingABadgeZoomsToItsSpanAndItsMembersGetLabels(FxRobot robot) throws Exception {
        TimelineLayout.Badge badge = aBadge();
        double spanBefore = view.getVisibleEnd() - view.getVisibleStart();

        robot.clickOn(onScreen(robot, badge.box().centerX(), badge.box().centerY()));

        waitUntilLabelled(badge.members());
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(spanBefore);
        // Inside the badge's span: the zooms that follow members still folded may leave its middle.
        assertThat(view.getVisibleStart()).isLessThan(badge.toTime());
        assertThat(view.getVisibleEnd()).isGreaterThan(badge.fromTime());
    }

    @Test
    void hoveringABadgeListsItsMembers(FxRobot robot) {
        TimelineLayout.Badge badge = aBadge();
        robot.moveTo(onScreen(robot, badge.box().centerX(), badge.box().centerY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.focus().hoveredBadgeProperty().get()).isEqualTo(badge);
        Model earliest = badge.members().stream()
                .min(java.util.Comparator.comparingDouble(TimelineLayout::timeOf)).orElseThrow();
        assertThat(TimelineFocus.memberLines(badge, view.getLanguage()).get(0)).startsWith(earliest.name());
    }

    @Test
    void enterOnAFocusedBadgeOpensIt(FxRobot robot) throws Exception {
        robot.interact(view::requestFocus);
        TimelineLayout.Badge badge = walkToABadge(robot);
        String spoken = view.getAccessibleText();
        Model earliest = badge.members().stream()
                .min(java.util.Comparator.comparingDouble(TimelineLayout::timeOf)).orElseThrow();
        assertThat(spoken).as("the count, then the members in time order")
                .contains(Integer.toString(badge.members().size())).contains(earliest.name());

        robot.type(KeyCode.ENTER);

        waitUntilLabelled(badge.members());
    }

    @Test
    void theWalkReachesAModelHiddenInABadgeAndSelectingItBringsOutItsLabel(FxRobot robot) throws Exception {
        robot.interact(view::requestFocus);
        TimelineLayout.Badge badge = walkToABadge(robot);
        Model hidden = badge.members().get(0);

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(view.focus().getFocused()).isEqualTo(new TimelineFocus.Stop(hidden.id(), false));
        assertThat(view.getAccessibleText()).startsWith(hidden.name());
        robot.type(KeyCode.ENTER);

        assertThat(view.getSelectedModel()).isEqualTo(hidden);
        waitUntilLabelled(List.of(hidden));
    }

    @Test
    void aSearchMatchHiddenInABadgeComesOut(FxRobot robot) throws Exception {
        Model hidden = aBadge().members().get(0);

        robot.interact(() -> view.bringAnyIntoSight(List.of(hidden)));

        waitUntilLabelled(List.of(hidden));
    }

    /** Shift+Right until the focus is on a badge; returns it. */
    private TimelineLayout.Badge walkToABadge(FxRobot robot) {
        for (int i = 0; i < CATALOG.models().size() * 2; i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
            TimelineLayout l = layout();
            var badge = TimelineFocus.badge(l, view.focus().getFocused());
            if (badge.isPresent()) {
                return badge.get();
            }
        }
        throw new AssertionError("the walk met no badge");
    }
}
