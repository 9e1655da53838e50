package org.genaitimeline.catalog;

import java.util.Optional;

/**
 * Characters a catalog's text must not hold, found before they reach a terminal, the window
 * or an export. A control character (NUL, BEL, the ESC that starts a terminal colour code),
 * half a surrogate pair or a direction override or isolate is an error: it validates as JSON
 * but breaks an SVG, rewrites what a terminal shows or reverses the text after it. A name
 * made only of invisible characters (a byte order mark, zero-width spaces) is an error too.
 * A no-break or zero-width space inside a name is only a warning: it is usually pasted from
 * a web page by mistake, but it is harmless and sometimes meant.
 */
public final class TextHygiene {

    /** What is wrong with a text, at which character (0-based, in UTF-16 units). */
    public record Finding(Kind kind, int index, int codePoint) {

        public boolean isWarning() {
            return kind == Kind.HIDDEN_SPACE;
        }

        /** The character as {@code U+001B}. */
        public String character() {
            return String.format("U+%04X", codePoint);
        }
    }

    /** The kinds of finding, each with its message key in {@code problems.properties}. */
    public enum Kind {
        CONTROL("catalog.text.control"),
        LONE_SURROGATE("catalog.text.surrogate"),
        BIDI_CONTROL("catalog.text.bidi"),
        INVISIBLE_ONLY("catalog.text.invisible"),
        HIDDEN_SPACE("catalog.text.hiddenSpace");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private TextHygiene() {
    }

    /**
     * The first error in a text, or else its first warning.
     *
     * @param multiline whether tabs and line breaks are allowed (summaries and notes, whose
     *     no-break spaces are typography, not a warning)
     */
    public static Optional<Finding> check(String text, boolean multiline) {
        Finding warning = null;
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                visible = true;
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(new Finding(Kind.LONE_SURROGATE, i, c));
            }
            if (isControl(c) && !(multiline && (c == '\n' || c == '\t' || c == '\r'))) {
                return Optional.of(new Finding(Kind.CONTROL, i, c));
            }
            if (isBidiControl(c)) {
                return Optional.of(new Finding(Kind.BIDI_CONTROL, i, c));
            }
            if (isHiddenSpace(c)) {
                if (warning == null && !multiline) {
                    warning = new Finding(Kind.HIDDEN_SPACE, i, c);
                }
            } else if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                visible = true;
            }
        }
        if (!visible && !text.isEmpty()) {
            return Optional.of(new Finding(Kind.INVISIBLE_ONLY, 0, text.codePointAt(0)));
        }
        return Optional.ofNullable(warning);
    }

    /**
     * The text without what {@link #check} calls an error in a multi-line text (controls but
     * line breaks and tabs, direction controls, halves of surrogate pairs), for imports that
     * keep a row and clean its cell.
     */
    public static String withoutHostile(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !isBidiControl(c)
                    && !(isControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 and C1 control characters and DEL. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which reorder the text after them. */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Spaces that look like a space or like nothing: no-break, narrow no-break, zero-width, word joiner, BOM. */
    static boolean isHiddenSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF';
    }
}
