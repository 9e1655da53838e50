package org.genaitimeline.export;

/**
 * The width of a text in terminal columns: East Asian wide and full-width characters take
 * two columns (Unicode TR 11), so Chinese names line up with Latin ones in {@code --list}.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x300) { // below the first combining mark and the first wide character: one column
                width++;
                i++;
            } else {
                int cp = text.codePointAt(i);
                width += columns(cp);
                i += Character.charCount(cp);
            }
        }
        return width;
    }

    /** Pads with spaces to the given number of columns. */
    static String pad(String text, int columns) {
        int missing = columns - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    static int columns(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)  // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
