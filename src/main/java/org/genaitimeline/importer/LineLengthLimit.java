package org.genaitimeline.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once one physical line grows past a limit. The CSV parser builds each
 * field in memory, so a single 100 MB cell would be read whole before any check could see
 * it; counting characters on the way in stops it early, with the line where it happened.
 */
final class LineLengthLimit extends FilterReader {

    /** Thrown (wrapped by the parser) when a line is too long. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooLong(int line) {
            super("line " + line + " is too long");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final long limit;
    private long sinceNewline;
    private int line = 1;

    LineLengthLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            count(buf[off + i]);
        }
        return n;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            sinceNewline = 0;
            line++;
        } else if (++sinceNewline > limit) {
            throw new TooLong(line);
        }
    }
}
