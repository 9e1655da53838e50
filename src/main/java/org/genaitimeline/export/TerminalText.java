package org.genaitimeline.export;

import org.genaitimeline.catalog.TextHygiene;

/**
 * Text made safe to print on a terminal: a control character (an ANSI escape sequence that
 * recolours or clears the screen, a bell, a backspace), a bidirectional override that
 * reorders what follows, or half a surrogate pair is shown as its {@code \}{@code uXXXX}
 * escape instead of being sent raw. These are the characters {@link TextHygiene} refuses in
 * a catalog, so one that validates holds none; this guards {@code --list} against one that does.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = TextHygiene.isControl(c) || TextHygiene.isBidiControl(c) || isLoneSurrogate(text, i);
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



    /** A surrogate not in a well-formed pair (a low one is only reached alone: pairs are skipped whole). */
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c)) {
            return true;
        }
        return Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
    }
}
