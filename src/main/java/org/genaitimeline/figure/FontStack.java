package org.genaitimeline.figure;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The font family used for painted text (canvas and SVG). CJK text needs a CJK font; the
 * first installed family of the stack is used, the same order as the CSS fallback.
 */
public final class FontStack {

    /** In preference order; the SVG writer emits all of them as a CSS font-family list. */
    public static final List<String> FAMILIES = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "Noto Sans", "DejaVu Sans", "System");

    private static volatile String family;

    private FontStack() {
    }

    /** The first installed family of {@link #FAMILIES} (needs the JavaFX toolkit). */
    public static String family() {
        String f = family;
        if (f == null) {
            List<String> installed = Font.getFamilies();
            f = FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
            family = f;
        }
        return f;
    }

    public static Font font(double size, boolean bold) {
        return Font.font(family(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /**
     * A stylesheet (a data URL) that sets the controls' font to {@link #family()}. JavaFX CSS
     * takes only the first name of a {@code -fx-font-family} list and falls back to System
     * when it is not installed, so the list in base.css alone would not find a CJK font that
     * is second in it; this names the one that is installed (needs the JavaFX toolkit).
     */
    public static String stylesheet() {
        String css = ".root { -fx-font-family: \"" + family().replace("\"", "") + "\"; }\n";
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The CSS font-family value for SVG text. */
    public static String cssFamilyList() {
        StringBuilder s = new StringBuilder();
        for (String f : FAMILIES) {
            if (f.equals("System")) {
                continue;
            }
            s.append('\'').append(f).append("', ");
        }
        return s.append("sans-serif").toString();
    }
}
