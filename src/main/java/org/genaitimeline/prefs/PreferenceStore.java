package org.genaitimeline.prefs;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.savedview.SavedView;
import org.genaitimeline.savedview.ViewCodec;
import org.genaitimeline.savedview.ViewFileException;
import org.genaitimeline.session.RememberedCatalog;

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
    private static final String SESSION = "session";
    private static final String DIVIDERS = "dividers";
    private static final String CATALOGS = "catalogs";
    private static final String DETAIL_PINNED = "pane.detailPinned";
    private static final String RECENT = "recent";
    private static final String FOLDER = "folder.";

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

    /**
     * The window's last place, if saved and plausible. A size no screen has (a hand-edited
     * {@code 0,0,1e9,1e9} once ended every start in an OutOfMemoryError) or one too small to
     * use is dropped from the store, so that it cannot break the next start either.
     */
    public Optional<WindowBounds> windowBounds() {
        String text = node.get(BOUNDS, "");
        double[] v = numbers(text, 4);
        if (v == null || v[2] < 200 || v[3] < 150 || v[2] > MAX_SIDE || v[3] > MAX_SIDE
                || Math.abs(v[0]) > MAX_SIDE || Math.abs(v[1]) > MAX_SIDE) {
            dropIfSet(BOUNDS, text);
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(v[0], v[1], v[2], v[3]));
    }

    /** Larger than any screen or desktop of screens (in pixels) that a window could be on. */
    static final double MAX_SIDE = 100_000;

    /** Removes a stored value that cannot be used, and says so in the log. */
    private void dropIfSet(String key, String value) {
        if (value.isBlank()) {
            return;
        }
        node.remove(key);
        System.getLogger(PreferenceStore.class.getName()).log(System.Logger.Level.WARNING,
                "Dropped the preference {0} = \"{1}\": it could not be used, and the default is used instead",
                key, value.length() > 200 ? value.substring(0, 200) + "…" : value);
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

    /**
     * The last session (tab, filters, figure options, selection, table preset, theme,
     * language) as a saved view; the fresh start in {@code fallback} when there is none or
     * it cannot be read.
     */
    public SavedView session(Language fallback) {
        String text = node.get(SESSION, "");
        if (text.isBlank()) {
            return SavedView.initial(fallback);
        }
        try {
            return new ViewCodec(Messages.of(fallback)).read(SESSION, text).get(0);
        } catch (ViewFileException | RuntimeException corrupt) {
            dropIfSet(SESSION, text);
            return SavedView.initial(fallback);
        }
    }

    /** Keeps the session in the view file's form, so the preferences need no format of their own. */
    public void setSession(SavedView view) {
        String text = new ViewCodec(Messages.of(view.language())).write(view);
        // java.util.prefs caps a value at 8 KB; past that, start fresh next time rather than fail.
        if (text.length() <= Preferences.MAX_VALUE_LENGTH) {
            node.put(SESSION, text);
        } else {
            node.remove(SESSION);
        }
    }

    /** The split panes' divider positions (fractions between 0 and 1), if saved and sane. */
    public Optional<double[]> dividers(int count) {
        String text = node.get(DIVIDERS, "");
        double[] v = numbers(text, count);
        boolean sane = v != null && Arrays.stream(v).allMatch(d -> d > 0 && d < 1);
        for (int i = 1; sane && i < v.length; i++) {
            sane = v[i] > v[i - 1];
        }
        if (!sane) {
            dropIfSet(DIVIDERS, text);
            return Optional.empty();
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

    /** Whether the detail pane stays open while nothing is selected. */
    public boolean detailPinned() {
        return node.getBoolean(DETAIL_PINNED, false);
    }

    public void setDetailPinned(boolean value) {
        node.putBoolean(DETAIL_PINNED, value);
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

    /** File > Open recent, newest first. */
    public java.util.List<RecentFiles.Entry> recent() {
        return RecentFiles.decode(node.get(RECENT, ""));
    }

    public void setRecent(java.util.List<RecentFiles.Entry> entries) {
        String text = RecentFiles.encode(entries);
        node.put(RECENT, text.length() <= Preferences.MAX_VALUE_LENGTH ? text : "");
    }

    /** The folder a file chooser of this kind was last left in, if any. */
    public Optional<java.nio.file.Path> folder(String kind) {
        String text = node.get(FOLDER + kind, "");
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(java.nio.file.Path.of(text));
        } catch (java.nio.file.InvalidPathException corrupt) {
            return Optional.empty();
        }
    }

    public void setFolder(String kind, java.nio.file.Path folder) {
        node.put(FOLDER + kind, folder.toString());
    }

    /** Writes to the backing store; a failure only costs the remembered state. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Into the log: nothing the user could act on, and the window may be gone already.
            System.getLogger(PreferenceStore.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not save preferences", e);
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
