package org.genaitimeline.importer;

import java.util.List;
import java.util.Objects;
import org.genaitimeline.catalog.FileAccess;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * Something wrong with an imported file: a row that was skipped, or the reason the whole file
 * was refused. Kept structured (reason + arguments) so the window and the command line can
 * word it in the user's language with {@link #describe(Messages)}.
 *
 * @param line the physical line (1-based) where the CSV record starts, 0 for the whole file
 * @param reason what is wrong
 * @param args the values the message names (the bad cell, the columns found, ...)
 */
public record ImportProblem(int line, Reason reason, List<String> args) {

    /** What can be wrong; each has one message key in both bundles. */
    public enum Reason {
        /** The file lacks a name or a date column: {@code args = [expected, found]}. */
        NOT_EPOCH("import.epoch.problem.notEpoch", true),
        /** The path is not a readable regular file: {@code args = [FileAccess.Refusal name]}. */
        REFUSED("import.epoch.problem.unreadable", true),
        /** The file cannot be opened or is not UTF-8: {@code args = [detail]}. */
        UNREADABLE("import.epoch.problem.unreadable", true),
        /** The CSV itself is broken (e.g. a quote never closed): {@code args = [detail]}. */
        MALFORMED("import.epoch.problem.malformed", true),
        /** The file is larger than an Epoch export can be: {@code args = [MiB, limit MiB]}. */
        TOO_LARGE("import.epoch.problem.tooLarge", true),
        /** More rows than an Epoch export has: {@code args = [limit]}. */
        TOO_MANY_ROWS("import.epoch.problem.tooManyRows", true),
        /** A line longer than any Epoch cell: {@code args = [limit KiB]}. */
        LINE_TOO_LONG("import.epoch.problem.lineTooLong", true),
        /** The catalog to import into has no eras to place the models in. */
        NO_ERAS("import.epoch.problem.noEras", true),
        /** A row without a model name: {@code args = []}. */
        NO_NAME("import.epoch.problem.noName", false),
        /** A row whose text holds a character no catalog may: {@code args = [name, column, character]}. */
        BAD_TEXT("import.epoch.problem.badText", false),
        /** A row without a publication date: {@code args = [name]}. */
        NO_DATE("import.epoch.problem.noDate", false),
        /** A row whose date does not parse: {@code args = [name, cell, why]}. */
        BAD_DATE("import.epoch.problem.badDate", false),
        /**
         * A row whose date has the year last and could be month first or day first
         * ({@code 3/4/2020}): {@code args = [name, cell, column header, column number,
         * month-first reading, day-first reading]}.
         */
        DATE_AMBIGUOUS("import.epoch.problem.dateAmbiguous", false),
        /**
         * A row whose date has the year last and is a day read one way only ({@code 5/28/2020}):
         * {@code args = [name, cell, column header, column number, shape (M/D/YYYY or D/M/YYYY),
         * reading]}. Refused all the same: the file's other rows may be read the other way.
         */
        DATE_YEAR_LAST("import.epoch.problem.dateYearLast", false),
        /** A row whose parameter count does not parse: {@code args = [name, cell]}. */
        BAD_NUMBER("import.epoch.problem.badNumber", false),
        /** A row whose parameter count is below zero: {@code args = [name, cell]}. */
        NEGATIVE_NUMBER("import.epoch.problem.negativeNumber", false),
        /** A row whose parameter count rounds to 0, which the catalog refuses: {@code args = [name, cell]}. */
        ZERO_NUMBER("import.epoch.problem.zeroNumber", false),
        /** A row whose parameter count is too large to store: {@code args = [name, cell]}. */
        HUGE_NUMBER("import.epoch.problem.hugeNumber", false),
        /**
         * A base-model link left out because it would close a circle (two rows naming each
         * other): {@code args = [name, parent id]}. The row itself is imported.
         */
        CYCLIC_LINK("import.epoch.problem.cyclicLink", false),
        /**
         * A base-model name that is neither a row of the file nor a catalog model, so the row
         * is imported without that link: {@code args = [name, base model name]}.
         */
        UNKNOWN_BASE_MODEL("import.epoch.problem.unknownBaseModel", false),
        /**
         * A control or direction character dropped from a cell other than the name:
         * {@code args = [name, column, character]}. The row itself is imported.
         */
        CLEANED_TEXT("import.epoch.problem.cleanedText", false),
        /**
         * A cell that holds a spreadsheet error ({@code #REF!}, {@code #N/A}, ...), read as
         * empty: {@code args = [name, column, value]}. The row itself is imported.
         */
        SHEET_ERROR("import.epoch.problem.sheetError", false);

        private final String key;
        private final boolean refusesFile;

        Reason(String key, boolean refusesFile) {
            this.key = key;
            this.refusesFile = refusesFile;
        }

        /** The message key; the message's {0} is the line, {1}... the args. */
        public String key() {
            return key;
        }

        /** Whether this problem stops the whole import (else only its row is skipped). */
        public boolean refusesFile() {
            return refusesFile;
        }

        /** Whether the row is left out (every row problem but a dropped link). */
        public boolean skipsRow() {
            return !refusesFile && this != CYCLIC_LINK && this != UNKNOWN_BASE_MODEL && this != CLEANED_TEXT
                    && this != SHEET_ERROR;
        }
    }

    public ImportProblem {
        Objects.requireNonNull(reason, "reason");
        args = List.copyOf(args);
    }

    static ImportProblem of(int line, Reason reason, String... args) {
        return new ImportProblem(line, reason, List.of(args));
    }

    /** The problem in the language of the bundle, e.g. "line 12: ... — skipped". */
    public String describe(Messages messages) {
        Object[] values = new Object[args.size() + 1];
        values[0] = Integer.toString(line); // a string: MessageFormat would print 1,234
        for (int i = 0; i < args.size(); i++) {
            values[i + 1] = args.get(i);
        }
        if (reason == Reason.REFUSED) { // the refusal's own words, in this language
            values[1] = FileAccess.Refusal.valueOf(args.get(0)).text().in(messages.language());
        }
        return messages.get(reason.key(), values);
    }

    /** English, for logs and test failure messages. */
    @Override
    public String toString() {
        return describe(Messages.of(Language.EN));
    }
}
