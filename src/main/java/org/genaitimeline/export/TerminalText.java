package org.genaitimeline.export;

/**
 * Text made safe to print on a terminal: a control character (an ANSI escape sequence that
 * recolours or clears the screen, a bell, a backspace), a bidirectional override that
 * reorders what follows, or half a surrogate pair is shown as its {@code \}{@code uXXXX}
 * escape instead of being sent raw. A catalog that validates should hold none of them; this
 * guards {@code --list} against one that does.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = isControl(c) || isBidiControl(c) || isLoneSurrogate(text, i);
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The embeddings, overrides and isolates that reorder the text after them. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A surrogate not in a well-formed pair (a low one is only reached alone: pairs are skipped whole). */
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c)) {
            return true;
        }
        return Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
    }
}
