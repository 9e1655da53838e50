package org.genaitimeline.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.catalog.PartialDate;

/**
 * Reads the publication date cell of an Epoch export. The "Notable AI Models" export writes
 * {@code YYYY-MM-DD}; the larger exports and sheets saved from a spreadsheet or a dataframe
 * may write other shapes. Those that can mean one day only are read: a time after the day
 * ({@code 2020-05-28 00:00:00}, {@code 2020-05-28T00:00:00Z}; the time is dropped), the year
 * first with slashes ({@code 2020/05/28}) and English month names ({@code 28 May 2020},
 * {@code May 28, 2020}, {@code May 2020}). A date with the year last ({@code 5/28/2020})
 * depends on the spreadsheet's locale, so it is refused with the readings it could have:
 * reading it one way would place the rows whose day is at most 12 in the wrong month.
 */
final class EpochDates {

    private EpochDates() {
    }

    /** Why a cell is not read, in the terms of an {@link ImportProblem}. */
    static final class Unread extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem.Reason reason;
        private final transient List<String> args;

        Unread(ImportProblem.Reason reason, String... args) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.args = List.of(args);
        }

        ImportProblem.Reason reason() {
            return reason;
        }

        /** The arguments after the row's name, the cell and the column. */
        List<String> args() {
            return args;
        }
    }

    private static final Pattern WITH_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    /** A month in English, written out or cut to three letters (four for "Sept"), with an optional dot. */
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) " + MONTH + ",? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " (\\d{1,2}),? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? (\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /**
     * The date a cell names.
     *
     * @param cell the cell, stripped and not empty
     * @throws IllegalArgumentException when the cell is no date in any shape read, with
     *     {@link PartialDate#parse}'s words
     * @throws Unread when the cell is a date written with the year last
     */
    static PartialDate parse(String cell) throws Unread {
        String text = cell.strip().replaceAll("\\s+", " ");
        Matcher m = WITH_TIME.matcher(text);
        if (m.matches()) {
            return PartialDate.parse(m.group(1));
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return PartialDate.parse(iso(m.group(1), m.group(2), m.group(3)));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        m = DAY_MONTH_YEAR.matcher(lower);
        if (m.matches()) {
            return PartialDate.parse(iso(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        if (m.matches()) {
            return PartialDate.parse(iso(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = MONTH_YEAR.matcher(lower);
        if (m.matches()) {
            return PartialDate.parse(iso(m.group(2), month(m.group(1)), null));
        }
        m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            throw yearLast(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        return PartialDate.parse(text);
    }

    /** {@code 5/28/2020}: the readings month first and day first, whichever are days. */
    private static Unread yearLast(int first, int second, int year) {
        String monthFirst = day(year, first, second);
        String dayFirst = day(year, second, first);
        if (monthFirst != null && dayFirst != null) {
            return monthFirst.equals(dayFirst)
                    ? new Unread(ImportProblem.Reason.DATE_YEAR_LAST, "M/D/YYYY = D/M/YYYY", monthFirst)
                    : new Unread(ImportProblem.Reason.DATE_AMBIGUOUS, monthFirst, dayFirst);
        }
        if (monthFirst != null) {
            return new Unread(ImportProblem.Reason.DATE_YEAR_LAST, "M/D/YYYY", monthFirst);
        }
        if (dayFirst != null) {
            return new Unread(ImportProblem.Reason.DATE_YEAR_LAST, "D/M/YYYY", dayFirst);
        }
        throw new IllegalArgumentException("no day of " + year + " is month " + first + " day " + second
                + " or month " + second + " day " + first);
    }

    /** The day as {@code YYYY-MM-DD}, or null when there is no such day. */
    private static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name.substring(0, 3)) + 1);
    }

    /** Parts to the form {@link PartialDate#parse} reads, zero-padded, so its checks and words apply. */
    private static String iso(String year, String month, String day) {
        String out = year + "-" + pad(month);
        return day == null ? out : out + "-" + pad(day);
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
