package org.genaitimeline.figure;

import javafx.scene.text.Text;

/** Measures with the real font of {@link FontStack}. Use on the FX thread or after toolkit start. */
public final class FxTextMeasure implements TextMeasure {

    private final Text probe = new Text();

    @Override
    public double width(String text, double size, boolean bold) {
        probe.setFont(FontStack.font(size, bold));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
