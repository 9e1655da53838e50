package org.genaitimeline.export;

import java.io.PrintStream;
import java.io.Writer;

/**
 * Text for a {@link PrintStream} gathered into pieces of some 32,000 characters, each printed
 * as one string: {@code --list} of a large catalog writes its rows as they are made, with
 * neither the whole text in memory nor a write to the terminal per line (the standard output
 * flushes at every line break it is given). The stream's own encoding is used, as when the
 * whole text was printed at once, and a surrogate pair is never cut between two pieces.
 */
final class PrintSink extends Writer {

    static final int PIECE = 32 * 1024;

    private final PrintStream out;
    private final StringBuilder piece = new StringBuilder(PIECE + 256);

    PrintSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int from, int length) {
        piece.append(chars, from, length);
        spill();
    }

    @Override
    public void write(String text, int from, int length) {
        piece.append(text, from, from + length);
        spill();
    }

    @Override
    public Writer append(CharSequence text, int from, int to) {
        piece.append(text, from, to);
        spill();
        return this;
    }

    @Override
    public Writer append(CharSequence text) {
        return append(text, 0, text.length());
    }

    private void spill() {
        if (piece.length() >= PIECE) {
            int end = piece.length();
            if (Character.isHighSurrogate(piece.charAt(end - 1))) {
                end--; // its low half is still to come
            }
            out.print(piece.substring(0, end));
            piece.delete(0, end);
        }
    }

    /** Prints what is left (the stream itself is not flushed: the caller owns it). */
    @Override
    public void flush() {
        if (piece.length() > 0) {
            out.print(piece.toString());
            piece.setLength(0);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
