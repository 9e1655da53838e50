package org.genaitimeline.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a catalog file's bytes into text. Decoding here rather than letting Jackson read
 * bytes has two reasons: a file that is not UTF-8 gets a message that says so (and where),
 * instead of a garbled name in the catalog; and Jackson counts columns in characters for
 * text input but in bytes for byte input, and a Chinese summary would otherwise shift every
 * column after it.
 *
 * <p>The bytes are checked first, a buffer at a time, and then read as characters as the
 * parser asks for them: neither step holds the file as one text, which for a file at the
 * size limit would be two or three copies of it.
 */
final class Utf8Text {

    private static final int CHUNK = 8192;

    private Utf8Text() {
    }

    /**
     * Where the text starts (after a BOM), or -1 when the bytes are not UTF-8 (one problem
     * reported, a bad byte at its line and column).
     */
    static int check(byte[] bytes, Problems problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // editors on Windows write a UTF-8 BOM; it is not part of the JSON
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            problems.file(CatalogText.of("catalog.file.utf16"));
            return -1;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        if (decode(in, out, null)) {
            return start;
        }
        int bad = in.position();
        int[] at = {1, 1}; // the line and column the characters before the bad byte reach
        decode(ByteBuffer.wrap(bytes, start, bad - start), out, at);
        problems.at(at[0], at[1], "", CatalogText.of("catalog.file.notUtf8", String.format("%02X", bytes[bad] & 0xff)));
        return -1;
    }

    /** The text from {@code start} on, decoded as it is read (the bytes were {@link #check checked}). */
    static Reader reader(byte[] bytes, int start) {
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8);
    }

    /**
     * Decodes through {@code out} a chunk at a time; false at a byte that is not UTF-8 (the
     * input then stands at it). With {@code at}, counts lines and columns as it goes.
     */
    private static boolean decode(ByteBuffer in, CharBuffer out, int[] at) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (at != null) {
                count(out, at);
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static void count(CharBuffer decoded, int[] at) {
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                at[0]++;
                at[1] = 1;
            } else {
                at[1]++;
            }
        }
    }
}
