package org.genaitimeline.catalog;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a catalog file's bytes into text. Decoding here rather than letting Jackson read
 * bytes has two reasons: a file that is not UTF-8 gets a message that says so (and where),
 * instead of a garbled name in the catalog; and Jackson counts columns in characters for
 * text input but in bytes for byte input, and a Chinese summary would otherwise shift every
 * column after it.
 *
 * <p>The bytes are checked first, a buffer at a time as they come from the disk, and then
 * read again as characters as the parser asks for them: the file is never held whole, so
 * memory does not grow with its size. A character split between two buffers is carried
 * over to the next one.
 */
final class Utf8Text {

    static final int CHUNK = 8192;
    private static final long TOO_LARGE = -2;

    /**
     * A source that {@link #check} found to be UTF-8.
     *
     * @param start where the text starts (3 after a BOM, else 0)
     * @param length how many bytes there were, the BOM's included
     */
    record Checked(int start, long length) {
        /** What {@link #check} gives for a text longer than the limit (not reported there: the caller names the sizes). */
        static final Checked TOO_LARGE = new Checked(-1, -1);
    }

    /** Where a text's bytes come from; opened once for the check and once for each read. */
    interface Source {
        InputStream open() throws IOException;
    }

    private Utf8Text() {
    }

    static Source of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static Source of(Path file) {
        return () -> Files.newInputStream(file);
    }

    /**
     * The text's start and length; null when the bytes are not UTF-8 (one problem reported, a
     * bad byte at its line and column); {@link Checked#TOO_LARGE} past {@code maxBytes}.
     */
    static Checked check(Source source, long maxBytes, Problems problems) throws IOException {
        long bad;
        int start;
        long length;
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(3);
            start = 0;
            if (head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                start = 3; // editors on Windows write a UTF-8 BOM; it is not part of the JSON
            } else if (head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
                    || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
                problems.file(CatalogText.of("catalog.file.utf16"));
                return null;
            }
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
            bytes.put(head, start, head.length - start);
            long[] read = {head.length};
            bad = decode(in, bytes, maxBytes, read, null);
            length = read[0];
        }
        if (bad == TOO_LARGE) {
            return Checked.TOO_LARGE;
        }
        if (bad < 0) {
            return new Checked(start, length);
        }
        // Bad: read again up to the bad byte, counting the lines and columns the characters before it reach.
        int[] at = {1, 1};
        int badByte;
        try (InputStream in = source.open()) {
            in.skipNBytes(start);
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
            decode(new Limited(in, bad - start), bytes, Long.MAX_VALUE, new long[] {start}, at);
            int b = in.read();
            badByte = b < 0 ? 0 : b;
        }
        problems.at(at[0], at[1], "", CatalogText.of("catalog.file.notUtf8", String.format("%02X", badByte & 0xff)));
        return null;
    }

    /**
     * The text of a {@link #check checked} source, decoded as the parser reads it: no more
     * bytes than were checked, and a byte that is no longer UTF-8 (the file changed since) an
     * error rather than a replaced character.
     */
    static Reader reader(Source source, Checked checked) throws IOException {
        InputStream in = source.open();
        try {
            in.skipNBytes(checked.start());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(new Limited(in, checked.length() - checked.start()), decoder());
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Decodes what {@code in} gives, after what {@code bytes} already holds, a buffer at a
     * time. Returns -1 at the end, {@link #TOO_LARGE} once more than {@code maxBytes} came,
     * or the offset in the file of the first byte that is not UTF-8. {@code read} counts the
     * bytes taken from the file (it starts at those before {@code bytes}' first). With
     * {@code at}, counts lines and columns of the characters as it goes.
     */
    private static long decode(InputStream in, ByteBuffer bytes, long maxBytes, long[] read, int[] at)
            throws IOException {
        CharsetDecoder decoder = decoder();
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long before = read[0] - bytes.position(); // the file offset of the buffer's first byte
        while (true) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            boolean end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
                read[0] += n;
                if (read[0] > maxBytes) {
                    return TOO_LARGE;
                }
            }
            bytes.flip();
            while (true) {
                out.clear();
                CoderResult result = decoder.decode(bytes, out, end);
                if (result.isError()) {
                    return before + bytes.position();
                }
                if (at != null) {
                    count(out, at);
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (end) {
                return -1;
            }
            before += bytes.position();
            bytes.compact(); // a character cut by the buffer's end stays for the next read
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

    /** The first {@code left} bytes of a stream, then its end. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }
    }
}
