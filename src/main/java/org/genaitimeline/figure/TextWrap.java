package org.genaitimeline.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a caption into lines no wider than a width: at spaces where the text has them, and
 * between any two characters in Chinese, which sets no spaces between words. A word wider
 * than the width keeps a line of its own. Pure, for the frame and its tests.
 */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> lines(String text, double maxWidth, TextMeasure measure, double size, boolean bold) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = nextBreak(text, i);
            String piece = text.substring(i, end);
            String tried = line + piece;
            if (line.length() > 0 && measure.width(tried.stripTrailing(), size, bold) > maxWidth) {
                out.add(line.toString().strip());
                line.setLength(0);
                piece = piece.stripLeading();
            }
            line.append(piece);
            i = end;
        }
        if (!line.toString().isBlank()) {
            out.add(line.toString().strip());
        }
        return out;
    }

    /** The end of the next unbreakable piece: a word with its following space, or one CJK character. */
    private static int nextBreak(String text, int from) {
        if (isCjk(text.charAt(from))) {
            return from + 1;
        }
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ' && !isCjk(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return Math.max(i, from + 1);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
