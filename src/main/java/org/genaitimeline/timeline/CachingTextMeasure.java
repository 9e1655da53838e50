package org.genaitimeline.timeline;

import java.util.HashMap;
import java.util.Map;
import org.genaitimeline.figure.TextMeasure;

/**
 * Remembers widths: the layout runs on every zoom step and a real font measure costs
 * microseconds per call, which adds up over thousands of names.
 */
final class CachingTextMeasure implements TextMeasure {

    private static final int LIMIT = 50_000;

    private record Key(String text, double size, boolean bold) {
    }

    private final TextMeasure delegate;
    private final Map<Key, Double> widths = new HashMap<>();

    CachingTextMeasure(TextMeasure delegate) {
        this.delegate = delegate;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        if (widths.size() > LIMIT) {
            widths.clear();
        }
        return widths.computeIfAbsent(new Key(text, size, bold), k -> delegate.width(k.text, k.size, k.bold));
    }

    @Override
    public double lineHeight(double size) {
        return delegate.lineHeight(size);
    }
}
