package org.genaitimeline.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.genaitimeline.export.Cli;
import org.genaitimeline.platform.Stderr;

/** Runs the command line on the process's streams, in UTF-8 so Chinese output survives. */
final class CommandLineLauncher {

    private CommandLineLauncher() {
    }

    static int run(String[] args) {
        // Java 17 encodes stdout in the platform charset, which is ASCII under a POSIX locale;
        // the tables print Chinese, so write UTF-8 explicitly.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new Cli(FigureRenderers.all(), out, Stderr.stream(), Locale.getDefault()).run(args);
    }
}
