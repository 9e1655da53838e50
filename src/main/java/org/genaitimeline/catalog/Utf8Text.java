package org.genaitimeline.catalog;

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
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text without a BOM, or null when the bytes are not UTF-8 (one problem reported). */
    static String decode(byte[] bytes, Problems problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // editors on Windows write a UTF-8 BOM; it is not part of the JSON
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            problems.file(CatalogText.of("catalog.file.utf16"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            reportBadByte(bytes[in.position()], out, problems);
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Says where the first bad byte is, counted in the characters before it. */
    private static void reportBadByte(byte bad, CharBuffer decodedSoFar, Problems problems) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        problems.at(line, column, "", CatalogText.of("catalog.file.notUtf8",
                String.format("%02X", bad & 0xff)));
    }
}
