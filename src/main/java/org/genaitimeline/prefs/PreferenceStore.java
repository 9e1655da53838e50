package org.genaitimeline.prefs;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.session.RememberedCatalog;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;

/**
 * What the app remembers between runs, in {@code java.util.prefs} under the node named by
 * the system property {@code genai.prefs.node} (tests use their own node). Every reader
 * falls back to the default when a value is missing or corrupt: a damaged preference must
 * never stop the app from starting.
 */
public final class PreferenceStore {

    /** The system property naming the preferences node. */
    public static final String NODE_PROPERTY = "genai.prefs.node";
    public static final String DEFAULT_NODE = "/org/genaitimeline";

    private static final String BOUNDS = "window.bounds";
    private static final String MAXIMIZED = "window.maximized";
    private static final String VIEW = "view";
    private static final String QUERY = "query";
    private static final String DIVIDERS = "dividers";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String TIMELINE_HORIZONTAL = "timelineView.horizontal";
    private static final String TIMELINE_BOOK_ONLY = "timelineView.bookFigureOnly";
    private static final String TIMELINE_LINEAGE = "timelineView.lineage";
    private static final String TIMELINE_HIDE_FILTERED = "timelineView.hideFiltered";
    private static final String TIMELINE_RANGE = "timelineView.range";
    private static final String CATALOGS = "catalogs";

    /** A window's position and size. */
    public record WindowBounds(double x, double y, double width, double height) {
    }

    /**
     * The timeline's toolbar switches and its visible range (fractional years).
     *
     * @param horizontal time runs left to right rather than down
     * @param bookFigureOnly only what Figure 14-1 draws
     * @param lineage the selected model's lineage arrows
     * @param hideFiltered models outside the filters hidden rather than dimmed
     * @param start first visible fractional year
     * @param end last visible fractional year
     */
    public record TimelineSettings(boolean horizontal, boolean bookFigureOnly, boolean lineage, boolean hideFiltered,
            double start, double end) {
        /** The timeline as it first opens: the book's figure, vertical, lineage on, 2013.5 to 2023.8. */
        public static final TimelineSettings DEFAULT = new TimelineSettings(false, false, true, false,
                org.genaitimeline.timeline.TimelineSpec.DEFAULT_START, org.genaitimeline.timeline.TimelineSpec.DEFAULT_END);
    }

    private final Preferences node;

    public PreferenceStore(Preferences node) {
        this.node = node;
    }

    /** The store under the node the system property names. */
    public static PreferenceStore forApp() {
        return new PreferenceStore(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public Optional<WindowBounds> windowBounds() {
        double[] v = numbers(node.get(BOUNDS, ""), 4);
        if (v == null || v[2] < 200 || v[3] < 150) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(v[0], v[1], v[2], v[3]));
    }

    public void setWindowBounds(WindowBounds b) {
        node.put(BOUNDS, b.x() + "," + b.y() + "," + b.width() + "," + b.height());
    }

    public boolean maximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    public void setMaximized(boolean value) {
        node.putBoolean(MAXIMIZED, value);
    }

    public AppState.View view() {
        try {
            return AppState.View.valueOf(node.get(VIEW, AppState.View.TIMELINE.name()));
        } catch (IllegalArgumentException corrupt) {
            return AppState.View.TIMELINE;
        }
    }

    public void setView(AppState.View view) {
        node.put(VIEW, view.name());
    }

    public ModelQuery query() {
        try {
            return QueryCodec.decode(node.get(QUERY, ""));
        } catch (RuntimeException corrupt) {
            return ModelQuery.ALL;
        }
    }

    public void setQuery(ModelQuery query) {
        node.put(QUERY, QueryCodec.encode(query));
    }

    /** The split panes' divider positions (fractions between 0 and 1), if saved and sane. */
    public Optional<double[]> dividers(int count) {
        double[] v = numbers(node.get(DIVIDERS, ""), count);
        if (v == null || Arrays.stream(v).anyMatch(d -> d <= 0 || d >= 1)) {
            return Optional.empty();
        }
        for (int i = 1; i < v.length; i++) {
            if (v[i] <= v[i - 1]) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    public void setDividers(double[] positions) {
        StringBuilder s = new StringBuilder();
        for (double p : positions) {
            s.append(s.length() == 0 ? "" : ",").append(p);
        }
        node.put(DIVIDERS, s.toString());
    }

    public Language language(Language fallback) {
        Language l = Language.fromCode(node.get(LANGUAGE, null));
        return l == null ? fallback : l;
    }

    public void setLanguage(Language language) {
        node.put(LANGUAGE, language.code());
    }

    public Theme theme() {
        return Theme.fromId(node.get(THEME, null)).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.id());
    }

    /** The timeline's saved switches and range; a missing or insane range gives the default one. */
    public TimelineSettings timeline() {
        TimelineSettings d = TimelineSettings.DEFAULT;
        double[] r = numbers(node.get(TIMELINE_RANGE, ""), 2);
        boolean sane = r != null && r[0] < r[1] && r[0] >= 1900 && r[1] <= 2100;
        return new TimelineSettings(node.getBoolean(TIMELINE_HORIZONTAL, d.horizontal()),
                node.getBoolean(TIMELINE_BOOK_ONLY, d.bookFigureOnly()), node.getBoolean(TIMELINE_LINEAGE, d.lineage()),
                node.getBoolean(TIMELINE_HIDE_FILTERED, d.hideFiltered()), sane ? r[0] : d.start(), sane ? r[1] : d.end());
    }

    public void setTimeline(TimelineSettings t) {
        node.putBoolean(TIMELINE_HORIZONTAL, t.horizontal());
        node.putBoolean(TIMELINE_BOOK_ONLY, t.bookFigureOnly());
        node.putBoolean(TIMELINE_LINEAGE, t.lineage());
        node.putBoolean(TIMELINE_HIDE_FILTERED, t.hideFiltered());
        node.put(TIMELINE_RANGE, t.start() + "," + t.end());
    }

    /** The files the last catalog was built from (opened, added, imported), in order. */
    public java.util.List<RememberedCatalog> catalogs() {
        return RememberedCatalog.decode(node.get(CATALOGS, ""));
    }

    public void setCatalogs(java.util.List<RememberedCatalog> entries) {
        String text = RememberedCatalog.encode(entries);
        // java.util.prefs caps a value at 8 KB; past that, remember nothing rather than fail.
        node.put(CATALOGS, text.length() <= Preferences.MAX_VALUE_LENGTH ? text : "");
    }

    /** Writes to the backing store; a failure only costs the remembered state. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Said in the system's language: the store does not know the one chosen in the window.
            System.err.println(org.genaitimeline.i18n.Messages.of(Language.forLocale(java.util.Locale.getDefault()))
                    .get("app.error.savePreferences", String.valueOf(e.getMessage())));
        }
    }

    private static double[] numbers(String text, int count) {
        String[] parts = text.split(",");
        if (parts.length != count) {
            return null;
        }
        double[] v = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                v[i] = Double.parseDouble(parts[i]);
                if (!Double.isFinite(v[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException corrupt) {
            return null;
        }
        return v;
    }
}
