package org.genaitimeline.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.TextHygiene;

/**
 * Turns the cells of one CSV record into an {@link EpochRow}, or says why the row must be
 * skipped. Pure functions, so the rules are tested without a file.
 */
final class EpochFields {

    private EpochFields() {
    }

    /**
     * The outcome for one record: a row, or the problem that skips it; or a row and a note
     * on what was cleaned in it.
     */
    record Parsed(EpochRow row, ImportProblem problem) {
        boolean ok() {
            return row != null;
        }
    }

    /**
     * A column as the file's header writes it, for messages that point at a cell.
     *
     * @param header the header cell as written ({@code Publication date})
     * @param number the column's place, counted from 1
     */
    record Column(String header, int number) { }

    /** {@link #parse(int, Map, Column)} for cells that come from no file's header (the unit tests). */
    static Parsed parse(int line, Map<EpochColumn, String> record) {
        return parse(line, record, new Column(EpochColumn.DATE.label(), 0));
    }

    /**
     * @param line the physical line the record starts on
     * @param record the cells the import reads
     * @param dateColumn where the file has its date column, named in the message of a date
     *     written in a shape the import does not read
     */
    static Parsed parse(int line, Map<EpochColumn, String> record, Column dateColumn) {
        Map<EpochColumn, String> cells = new TreeMap<>(record);
        String name = collapse(cells.getOrDefault(EpochColumn.NAME, ""));
        if (name.isEmpty() || SHEET_ERROR.matcher(name).matches()) {
            return skip(line, ImportProblem.Reason.NO_NAME);
        }
        Parsed hostile = hostileName(line, cells);
        if (hostile != null) {
            return hostile;
        }
        ImportProblem cleaned = clean(line, name, cells);
        ImportProblem sheetError = sheetErrors(line, name, cells);
        cleaned = cleaned != null ? cleaned : sheetError;
        String dateCell = cells.getOrDefault(EpochColumn.DATE, "").strip();
        if (dateCell.isEmpty()) {
            return skip(line, ImportProblem.Reason.NO_DATE, name);
        }
        PartialDate date;
        try {
            date = EpochDates.parse(dateCell);
        } catch (IllegalArgumentException e) {
            return skip(line, ImportProblem.Reason.BAD_DATE, name, dateCell, e.getMessage());
        } catch (EpochDates.Unread e) {
            List<String> args = new ArrayList<>(List.of(name, dateCell, dateColumn.header(),
                    Integer.toString(dateColumn.number())));
            args.addAll(e.args());
            return skip(line, e.reason(), args.toArray(String[]::new));
        }
        String paramCell = cells.getOrDefault(EpochColumn.PARAMETERS, "").strip();
        OptionalLong parameters;
        try {
            parameters = parameters(paramCell);
        } catch (BadCount e) {
            return skip(line, e.reason(), name, paramCell);
        }
        String access = cells.getOrDefault(EpochColumn.ACCESSIBILITY, "").strip();
        return new Parsed(new EpochRow(line, name,
                list(cells.get(EpochColumn.ORGANIZATION)),
                date,
                list(cells.get(EpochColumn.DOMAIN)),
                list(cells.get(EpochColumn.TASK)),
                parameters,
                OpenWeights.fromEpoch(access),
                access,
                collapse(cells.getOrDefault(EpochColumn.LINK, "")),
                collapse(cells.getOrDefault(EpochColumn.REFERENCE, "")),
                collapse(cells.getOrDefault(EpochColumn.ABSTRACT, "")),
                list(cells.get(EpochColumn.BASE_MODEL))), cleaned);
    }

    /**
     * A name with text the catalog would refuse from a file (a control character, a direction
     * override, half a surrogate pair: see {@link TextHygiene}) skips its row, reported: an
     * import cannot bring in a name a catalog file may not hold.
     */
    private static Parsed hostileName(int line, Map<EpochColumn, String> cells) {
        var finding = hostile(cells.getOrDefault(EpochColumn.NAME, ""));
        return finding.map(f -> skip(line, ImportProblem.Reason.BAD_TEXT, f.character(), EpochColumn.NAME.label(),
                f.character())).orElse(null);
    }

    /**
     * In the other cells such a character is dropped and the row kept, with a note: real
     * exports hold a few (a record separator, U+001E, inside one abstract), and an abstract
     * is only evidence for the family rules. Line breaks and tabs are fine: cells are
     * collapsed to one line.
     */
    private static ImportProblem clean(int line, String name, Map<EpochColumn, String> cells) {
        ImportProblem note = null;
        for (Map.Entry<EpochColumn, String> cell : cells.entrySet()) {
            var finding = hostile(cell.getValue());
            if (finding.isPresent()) {
                if (note == null) {
                    note = ImportProblem.of(line, ImportProblem.Reason.CLEANED_TEXT, name, cell.getKey().label(),
                            finding.get().character());
                }
                cell.setValue(TextHygiene.withoutHostile(cell.getValue()));
            }
        }
        return note;
    }

    /**
     * A spreadsheet's error value standing for the whole cell. The older "All ML Systems" sheet
     * has {@code #REF!} cells (Our World in Data's pipeline replaces them with empties); a size
     * that is {@code #REF!} is unknown, not a reason to lose the model.
     */
    private static final Pattern SHEET_ERROR = Pattern.compile(
            "#(REF!|N/A|VALUE!|DIV/0!|NAME\\?|NUM!|NULL!)");

    /** Empties the cells that hold a spreadsheet error; a note names the first. */
    private static ImportProblem sheetErrors(int line, String name, Map<EpochColumn, String> cells) {
        ImportProblem note = null;
        for (Map.Entry<EpochColumn, String> cell : cells.entrySet()) {
            String value = cell.getValue().strip();
            if (SHEET_ERROR.matcher(value).matches()) {
                if (note == null) {
                    note = ImportProblem.of(line, ImportProblem.Reason.SHEET_ERROR, name, cell.getKey().label(), value);
                }
                cell.setValue("");
            }
        }
        return note;
    }

    private static java.util.Optional<TextHygiene.Finding> hostile(String text) {
        return TextHygiene.check(text, true).filter(f -> !f.isWarning() && f.kind() != TextHygiene.Kind.INVISIBLE_ONLY);
    }

    /**
     * Epoch writes counts as floats ({@code 1.75e+11}, {@code 247000000.00000003}); the
     * catalog wants a whole, positive count, rounded half up. Empty means unknown.
     *
     * @throws BadCount when the cell is not a number, is negative, rounds to 0 (the catalog
     *     refuses a count of 0, so it must not get past here) or does not fit a long
     */
    static OptionalLong parameters(String cell) {
        if (cell.isEmpty()) {
            return OptionalLong.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new BadCount(ImportProblem.Reason.BAD_NUMBER);
        }
        if (value.signum() < 0) {
            throw new BadCount(ImportProblem.Reason.NEGATIVE_NUMBER);
        }
        // Compared before rounding: setScale on 1e-999999999 or 1e999999999 would build a
        // billion-digit number.
        if (value.compareTo(HALF) < 0) {
            throw new BadCount(ImportProblem.Reason.ZERO_NUMBER);
        }
        if (value.compareTo(LARGEST) > 0) {
            throw new BadCount(ImportProblem.Reason.HUGE_NUMBER);
        }
        try {
            return OptionalLong.of(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) { // just below Long.MAX_VALUE, rounded up past it
            throw new BadCount(ImportProblem.Reason.HUGE_NUMBER);
        }
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Why a parameter cell cannot be a count; the reason names the message. */
    static final class BadCount extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem.Reason reason;

        BadCount(ImportProblem.Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        ImportProblem.Reason reason() {
            return reason;
        }
    }

    /** Splits a comma-separated cell, trimmed, without empties or repeats. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : cell.split(",")) {
            String v = collapse(part);
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return new ArrayList<>(out);
    }

    /** Trims and turns runs of whitespace (fields may span lines) into one space. */
    static String collapse(String cell) {
        return cell == null ? "" : cell.strip().replaceAll("\\s+", " ");
    }

    private static Parsed skip(int line, ImportProblem.Reason reason, String... args) {
        return new Parsed(null, ImportProblem.of(line, reason, args));
    }
}
