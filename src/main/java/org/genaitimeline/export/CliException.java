package org.genaitimeline.export;

/**
 * A command-line failure with its exit code and a message already in the user's language.
 * It carries no stack trace on purpose: the command line prints only the message.
 */
final class CliException extends RuntimeException {

    /** Exit code for invalid input: a bad catalog, a bad option value, an unwritable file. */
    static final int INVALID = 1;
    /** Exit code for a usage error: unknown option, missing option, conflicting options. */
    static final int USAGE = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliException invalid(String message) {
        return new CliException(INVALID, message);
    }

    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
