package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.testing.FxTestBase;
import org.junit.jupiter.api.Test;

/** The skin base repaints on what it subscribed to, and a disposed skin hears nothing. */
class FigureSkinTest extends FxTestBase {

    private static final class Figure extends FigureControl {
        final ObjectProperty<ObservableList<String>> items =
                new SimpleObjectProperty<>(this, "items", FXCollections.observableArrayList());
        int basePaints;

        Figure() {
            super("figure");
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new FigureSkin<>(this, 300, 200) {
                {
                    getChildren().addAll(layers.base(), layers.overlay());
                    relayoutOn(languageProperty());
                    relayoutOnContent(items);
                }

                @Override
                protected void paintBase(double width, double height) {
                    basePaints++;
                }

                @Override
                protected void paintOverlay() {
                }
            };
        }
    }

    @Test
    void changesRepaintOnceAndTheContentFollowsAReplacedList() {
        Figure f = layout(new Figure());
        int first = f.basePaints;
        assertThat(f.prefWidth(-1)).isEqualTo(300);
        runFx(() -> f.items.get().add("a"));
        layout(f);
        assertThat(f.basePaints).isEqualTo(first + 1);
        ObservableList<String> old = f.items.get();
        runFx(() -> f.items.set(FXCollections.observableArrayList()));
        layout(f);
        runFx(() -> old.add("b"));
        layout(f);
        assertThat(f.basePaints).as("the replaced list no longer repaints").isEqualTo(first + 2);
        runFx(() -> f.setLanguage(Language.ZH));
        layout(f);
        assertThat(f.basePaints).isEqualTo(first + 3);
    }

    @Test
    void aDisposedSkinHearsNothing() {
        Figure f = layout(new Figure());
        @SuppressWarnings("unchecked")
        FigureSkin<Figure> old = (FigureSkin<Figure>) f.getSkin();
        double w = old.layers.base().getWidth();
        double h = old.layers.base().getHeight();
        runFx(() -> f.setSkin(new SkinBase<>(f) {
        }));
        int paints = f.basePaints;
        runFx(() -> {
            f.items.get().add("a");
            f.setLanguage(Language.ZH);
            // A live subscription would have marked the old canvases dirty (and reached a skin without control).
            old.layers.layout(0, 0, w, h);
        });
        assertThat(f.basePaints).isEqualTo(paints);
    }
}
