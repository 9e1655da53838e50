package org.genaitimeline.export;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.importer.EpochImport;
import org.genaitimeline.importer.ImportProblem;
import org.genaitimeline.importer.ImportResult;
import org.genaitimeline.importer.Progress;

/**
 * {@code --import-epoch FILE} (repeatable): merges Epoch AI exports into the loaded catalog
 * before {@code --list} or {@code --export} filter it. The report goes to stderr, so stdout
 * stays the listing a script pipes on; a refused file stops the command with exit 1.
 */
final class EpochImports {

    private final Messages messages;
    private final PrintStream err;

    EpochImports(Messages messages, PrintStream err) {
        this.messages = messages;
        this.err = err;
    }

    /** The catalog with every file imported in order, or a {@link CliException} for the first refused one. */
    Catalog apply(Catalog catalog, List<String> files) {
        Catalog current = catalog;
        for (String file : files) {
            current = importOne(current, file);
        }
        return current;
    }

    private Catalog importOne(Catalog catalog, String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw CliException.invalid(messages.get("cli.import.failed", file, messages.get("cli.error.noFile")));
        }
        var refusal = org.genaitimeline.catalog.FileAccess.refuseReading(path);
        if (refusal.isPresent()) {
            throw CliException.invalid(messages.get("cli.import.failed", file,
                    refusal.get().text().in(messages.language())));
        }
        ImportResult r = new EpochImport().importFile(path, catalog, Progress.NONE, () -> false);
        if (!r.isCompleted()) {
            String why = r.failure().map(p -> p.describe(messages)).orElse(r.status().name());
            throw CliException.invalid(messages.get("cli.import.failed", file, why));
        }
        err.println(messages.get("cli.import.report", r.report().file(), r.report().summary(messages)));
        for (ImportProblem p : r.report().skipped()) {
            err.println("  " + p.describe(messages));
        }
        return r.catalog().orElseThrow();
    }
}
