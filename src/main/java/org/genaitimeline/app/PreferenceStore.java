package org.genaitimeline.app;

import org.genaitimeline.state.AppState;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.genaitimeline.catalog.Language;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.render.Theme;

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

    /** A window's position and size. */
    public record WindowBounds(double x, double y, double width, double height) {
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
