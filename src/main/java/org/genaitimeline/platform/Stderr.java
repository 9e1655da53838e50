package org.genaitimeline.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The one place the program writes to standard error: the command line's problems and the
 * one-line reasons the window cannot open. UTF-8 explicitly, since Java 17 encodes the
 * standard streams in the platform charset, which is ASCII under a POSIX locale and would
 * turn the Chinese messages into question marks.
 */
public final class Stderr {

    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private Stderr() {
    }

    /** The stream itself, for the command line's printer. */
    public static PrintStream stream() {
        return ERR;
    }

    public static void line(String text) {
        ERR.println(text);
    }
}
