package org.genaitimeline.savedview;

/**
 * A view or deck file that cannot be used. The message is for people, already in their
 * language and with the place: {@code talk.json:3:14: ...}. Never shown with a stack trace.
 */
public final class ViewFileException extends Exception {

    private final int line;
    private final int column;

    public ViewFileException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, 0 when it concerns the whole file. */
    public int column() {
        return column;
    }
}
