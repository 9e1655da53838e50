package org.genaitimeline.export;

import java.io.PrintStream;
import java.util.List;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.Problem;
import org.genaitimeline.i18n.Messages;

/**
 * {@code --validate FILE...}: every problem of every file on stderr as
 * {@code FILE:LINE:COLUMN: path: what is wrong (what is allowed)}, then one summary line.
 * Exit 0 when no file has a problem, 1 otherwise.
 */
final class ValidateCommand {

    private final CatalogSource source;
    private final Messages messages;

    ValidateCommand(CatalogSource source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    /** Warnings are listed and counted but, as in the app, do not make a file invalid. */
    int run(List<String> files, PrintStream out, PrintStream err) {
        int problems = 0;
        int warnings = 0;
        for (String file : files) {
            CatalogLoader.Checked checked = source.validate(file);
            List<Problem> found = checked.problems();
            found.forEach(p -> err.println(p.describe(messages.language())));
            long errors = found.stream().filter(p -> !p.warning()).count();
            problems += (int) errors;
            warnings += found.size() - (int) errors;
            if (found.isEmpty()) {
                // An eras file has no models to count; a models file says how many it holds.
                out.println(checked.models() >= 0 ? messages.get("cli.validate.ok", file, checked.models())
                        : messages.get("cli.validate.okEras", file));
            }
        }
        String summary = warnings == 0 ? messages.get("cli.validate.summary", files.size(), problems)
                : messages.get("cli.validate.summaryWarnings", files.size(), problems, warnings);
        (problems == 0 ? out : err).println(summary);
        return problems == 0 ? 0 : CliException.INVALID;
    }
}
