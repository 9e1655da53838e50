package org.genaitimeline.export;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.figure.FigureRenderer;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * The command line: {@code --validate}, {@code --list} and {@code --export}, in English or
 * Chinese. Exit codes: 0 ok, 1 invalid input (a bad catalog, a bad option value, a file
 * that cannot be written), 2 usage error (unknown option, missing or conflicting options).
 * Only messages are printed, never a stack trace.
 */
public final class Cli {

    private final Map<String, FigureRenderer> renderers;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale systemLocale;

    /** A command line on the process's streams. */
    public Cli(Map<String, FigureRenderer> renderers) {
        this(renderers, System.out, org.genaitimeline.platform.Stderr.stream(), Locale.getDefault());
    }

    /**
     * @param renderers the figure renderers by {@link FigureRenderer#id()}
     * @param out where results go
     * @param err where problems and errors go
     * @param systemLocale decides the language when {@code --lang} is not given
     */
    public Cli(Map<String, FigureRenderer> renderers, PrintStream out, PrintStream err, Locale systemLocale) {
        this.renderers = Map.copyOf(renderers);
        this.out = out;
        this.err = err;
        this.systemLocale = systemLocale;
    }

    /** Runs one command and returns its exit code. */
    public int run(String... args) {
        Messages messages = Messages.of(languageHint(args));
        try {
            CliArguments a = new CliArguments();
            CommandLine commandLine = commandLine(a, messages);
            try {
                commandLine.parseArgs(args);
            } catch (ParameterException e) {
                throw CliException.usage(UsageErrors.describe(e, messages));
            }
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out);
                return 0;
            }
            if (commandLine.isVersionHelpRequested()) {
                commandLine.printVersionHelp(out);
                return 0;
            }
            messages = Messages.of(language(a.lang, messages));
            return dispatch(a, messages);
        } catch (CliException e) {
            err.println(e.getMessage());
            if (e.exitCode() == CliException.USAGE) {
                err.println(messages.get("cli.hint.help"));
            }
            return e.exitCode();
        } catch (RuntimeException e) {
            // Last line of defence: one line, no stack trace.
            err.println(messages.get("cli.error.internal", String.valueOf(e.getMessage())));
            return CliException.INVALID;
        }
    }

    private int dispatch(CliArguments a, Messages messages) {
        int modes = (a.validate.isEmpty() ? 0 : 1) + (a.list ? 1 : 0) + (a.export == null ? 0 : 1);
        if (modes == 0) {
            throw CliException.usage(messages.get("cli.error.noMode"));
        }
        if (modes > 1) {
            throw CliException.usage(messages.get("cli.error.oneMode"));
        }
        CatalogSource source = new CatalogSource(new CatalogLoader(), messages);
        if (!a.validate.isEmpty()) {
            if (!a.importEpoch.isEmpty()) {
                throw CliException.usage(messages.get("cli.import.notWithValidate"));
            }
            return new ValidateCommand(source, messages).run(a.validate, out, err);
        }
        // Imports merge into the loaded catalog before the filters see it.
        var catalog = new EpochImports(messages, err).apply(source.open(a.catalog), a.importEpoch);
        if (a.list) {
            return new ListCommand(messages).run(catalog, a.query, a.format, a.csv, out);
        }
        org.genaitimeline.savedview.SavedView view = null;
        if (a.figure.view != null) {
            try {
                java.util.List<org.genaitimeline.savedview.SavedView> views = new org.genaitimeline.savedview.ViewCodec(messages)
                        .read(java.nio.file.Path.of(a.figure.view));
                view = views.get(0);
            } catch (org.genaitimeline.savedview.ViewFileException | java.nio.file.InvalidPathException e) {
                throw CliException.invalid(e.getMessage());
            }
            // The view's language, unless --lang says otherwise.
            if (a.lang == null) {
                messages = Messages.of(view.language());
            }
        }
        return new ExportCommand(renderers, messages, err).run(catalog, a.export, a.query, a.figure, a.csv, view,
                a.lineage);
    }

    private Language language(String lang, Messages messages) {
        if (lang == null) {
            return Language.forLocale(systemLocale);
        }
        Language l = Language.fromCode(lang);
        if (l == null) {
            throw QueryOptions.badValue(messages, "--lang", lang, "en, zh");
        }
        return l;
    }

    /**
     * The language for help and parse errors, read before picocli parses: {@code --lang zh}
     * or {@code --lang=zh} anywhere on the line, else the system locale.
     */
    private Language languageHint(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && Language.fromCode(value) != null) {
                return Language.fromCode(value);
            }
        }
        return Language.forLocale(systemLocale);
    }

    private static CommandLine commandLine(CliArguments a, Messages messages) {
        CommandLine commandLine = new CommandLine(a);
        commandLine.setResourceBundle(messages.bundle());
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.customSynopsis(messages.get("cli.usage.synopsis"));
        usage.synopsisHeading(messages.get("cli.usage.synopsisHeading"));
        usage.descriptionHeading("%n");
        usage.description(messages.get("cli.usage.description"));
        usage.optionListHeading("%n" + messages.get("cli.usage.options") + "%n");
        usage.footerHeading("%n" + messages.get("cli.usage.examplesHeading") + "%n");
        usage.footer(messages.get("cli.usage.examples"));
        usage.width(100);
        return commandLine;
    }

    /** Picocli's parse errors in our words and language. */
    private static final class UsageErrors {
        static String describe(ParameterException e, Messages messages) {
            if (e instanceof CommandLine.UnmatchedArgumentException u) {
                return messages.get("cli.error.unknownOption", String.join(" ", u.getUnmatched()));
            }
            if (e instanceof CommandLine.MissingParameterException m) {
                String names = m.getMissing().stream().map(s -> s instanceof CommandLine.Model.OptionSpec o
                        ? o.longestName() : s.paramLabel()).collect(Collectors.joining(", "));
                return messages.get("cli.error.missingValue", names);
            }
            if (e instanceof CommandLine.OverwrittenOptionException o) {
                CommandLine.Model.ArgSpec spec = o.getOverwritten();
                return messages.get("cli.error.repeated", spec instanceof CommandLine.Model.OptionSpec os
                        ? os.longestName() : spec.paramLabel());
            }
            return messages.get("cli.error.usage", e.getMessage());
        }
    }
}
