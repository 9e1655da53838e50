package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaitimeline.figure.Box;
import org.genaitimeline.figure.Surface;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Palette;

/**
 * The overlay's keyboard part and badge cards: a dashed ring around the focused model or
 * badge (only while the view has the focus), and the member list of the badge under the
 * pointer or, failing that, of the focused badge.
 */
final class FocusPainter {

    private FocusPainter() {
    }

    static void paint(Surface s, TimelineLayout l, Palette p, TimelineFocus.Stop focused, boolean hasFocus,
            TimelineLayout.Badge hoveredBadge, Language language) {
        double lw = p.strokeScale();
        TimelineFocus.Stop stop = hasFocus ? TimelineFocus.resolve(focused, l) : null;
        Optional<TimelineLayout.Badge> focusedBadge = TimelineFocus.badge(l, stop);
        if (stop != null) {
            s.setStroke(p.foreground());
            s.setLineWidth(1.5 * lw);
            s.setLineDashes(3 * lw, 2 * lw);
            if (focusedBadge.isPresent()) {
                Box b = focusedBadge.get().box().inflate(3 * lw);
                s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 6 * lw);
            } else {
                l.item(stop.modelId()).ifPresent(it -> s.strokeCircle(it.x(), it.y(), it.r() + 5 * lw));
            }
            s.setLineDashes();
        }
        TimelineLayout.Badge card = hoveredBadge != null ? hoveredBadge : focusedBadge.orElse(null);
        if (card != null) {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.of(language).get("timeline.badge.title", card.members().size()));
            lines.addAll(TimelineFocus.memberLines(card, language));
            HoverCard.paint(s, p, l.fontSize(), lines, card.box());
        }
    }
}
