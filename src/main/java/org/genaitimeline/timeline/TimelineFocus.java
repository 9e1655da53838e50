package org.genaitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The timeline's keyboard focus and badge hover. The canvas has no node per model, so the
 * view keeps its own focus: Shift+arrows walk every model and every "+N" badge in time
 * order (a badge just before the models it hides, which the walk then reaches one by one),
 * Enter opens the badge or selects the model. The focused stop is what a screen reader
 * reads as the view's accessible text.
 */
public final class TimelineFocus {

    /**
     * A stop of the walk: a model, or the badge whose first member is that model (badges
     * are rebuilt with every layout; their first member names them across layouts).
     */
    public record Stop(String modelId, boolean badge) {
    }

    /** A badge's hover card and accessible text name at most this many members. */
    static final int LISTED_MEMBERS = 12;

    private final TimelineView view;
    private final ReadOnlyObjectWrapper<Stop> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final ReadOnlyObjectWrapper<TimelineLayout.Badge> hoveredBadge =
            new ReadOnlyObjectWrapper<>(this, "hoveredBadge");

    TimelineFocus(TimelineView view) {
        this.view = view;
        focused.subscribe(now -> describe());
        view.currentLayoutProperty().subscribe(now -> describe());
        view.languageProperty().subscribe(now -> describe());
    }

    /** The focused model or badge, or null before the walk starts. */
    public ReadOnlyObjectProperty<Stop> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public Stop getFocused() {
        return focused.get();
    }

    /** The badge under the pointer, whose members the overlay lists; null elsewhere. */
    public ReadOnlyObjectProperty<TimelineLayout.Badge> hoveredBadgeProperty() {
        return hoveredBadge.getReadOnlyProperty();
    }

    void hoverBadge(TimelineLayout.Badge badge) {
        hoveredBadge.set(badge);
    }

    /** Moves the focus to the next (+1) or previous (-1) stop, scrolling a model into view. */
    public void walk(int step) {
        TimelineLayout l = view.currentLayout();
        if (l == null) {
            return;
        }
        List<Stop> stops = stops(l);
        if (stops.isEmpty()) {
            return;
        }
        int i = stops.indexOf(resolve(getFocused(), l));
        int next = i < 0 ? firstVisible(stops, l) : Math.max(0, Math.min(stops.size() - 1, i + step));
        focused.set(stops.get(next));
        l.item(stops.get(next).modelId()).ifPresent(it -> view.reveal(it.model()));
    }

    /** Enter: a focused badge zooms to its span, a focused model is selected. */
    public void activate() {
        TimelineLayout l = view.currentLayout();
        Stop stop = l == null ? null : resolve(getFocused(), l);
        if (stop == null) {
            return;
        }
        Optional<TimelineLayout.Badge> badge = badge(l, stop);
        if (badge.isPresent()) {
            view.openBadge(badge.get());
        } else {
            l.item(stop.modelId()).ifPresent(it -> view.setSelectedModel(view.catalogModel(it.model())));
        }
    }

    /** The walk's stops in time order: each badge just before its first member. */
    static List<Stop> stops(TimelineLayout l) {
        List<Stop> out = new ArrayList<>();
        for (TimelineLayout.Item it : l.items()) {
            String id = it.model().id();
            if (it.badge() >= 0 && l.badges().get(it.badge()).members().get(0).id().equals(id)) {
                out.add(new Stop(id, true));
            }
            // A folded marker is nowhere to stand on: its crowd's badge is its stop, and opening it shows the model.
            if (it.drawn()) {
                out.add(new Stop(id, false));
            }
        }
        return out;
    }

    /** A badge stop whose badge opened (or moved to another first member) becomes its model's stop. */
    static Stop resolve(Stop stop, TimelineLayout l) {
        if (stop == null || !stop.badge() || badge(l, stop).isPresent()) {
            return stop;
        }
        return new Stop(stop.modelId(), false);
    }

    /** The badge a stop stands for in this layout. */
    static Optional<TimelineLayout.Badge> badge(TimelineLayout l, Stop stop) {
        if (stop == null || !stop.badge()) {
            return Optional.empty();
        }
        return l.badges().stream().filter(c -> c.members().get(0).id().equals(stop.modelId())).findFirst();
    }

    private static int firstVisible(List<Stop> stops, TimelineLayout l) {
        for (int i = 0; i < stops.size(); i++) {
            if (l.item(stops.get(i).modelId()).map(it -> it.time() >= l.axis().start()).orElse(false)) {
                return i;
            }
        }
        return 0;
    }

    /** A badge's member lines for its hover card: name and date in time order, then how many more. */
    static List<String> memberLines(TimelineLayout.Badge badge, Language language) {
        Messages m = Messages.of(language);
        List<String> out = new ArrayList<>();
        List<Model> members = badge.members().stream()
                .sorted(java.util.Comparator.comparingDouble(TimelineLayout::timeOf)).toList();
        for (int i = 0; i < Math.min(LISTED_MEMBERS, members.size()); i++) {
            Model model = members.get(i);
            out.add(m.get("timeline.badge.member", model.name(language), ModelFormat.date(model.date(), language)));
        }
        if (members.size() > LISTED_MEMBERS) {
            out.add(m.get("timeline.badge.more", members.size() - LISTED_MEMBERS));
        }
        return out;
    }

    /** What a screen reader says: the focused badge (count and members) or model, else the figure's name. */
    private void describe() {
        Language language = view.getLanguage() == null ? Language.EN : view.getLanguage();
        Messages m = Messages.of(language);
        TimelineLayout l = view.currentLayout();
        Stop stop = l == null ? null : resolve(getFocused(), l);
        String text = m.get("timeline.accessibleText");
        if (stop != null) {
            Optional<TimelineLayout.Badge> badge = badge(l, stop);
            Optional<TimelineLayout.Item> item = l.item(stop.modelId());
            if (badge.isPresent()) {
                text = m.get("timeline.badge.accessibleText", badge.get().members().size(),
                        String.join(m.get("timeline.badge.separator"), memberLines(badge.get(), language)));
            } else if (item.isPresent()) {
                Model model = item.get().model();
                text = m.get("timeline.model.accessibleText", model.name(language),
                        ModelFormat.date(model.date(), language), m.get("family." + model.family().id()));
            }
        }
        view.setAccessibleText(text);
    }
}
