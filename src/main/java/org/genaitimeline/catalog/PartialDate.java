package org.genaitimeline.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 1997}, {@code 2013-12},
 * {@code 2020-05-28}): sources often give no more than a month, and the catalog must not
 * pretend to know a day it does not.
 *
 * <p>Ordering is chronological by the first day of the period, less precise first on ties,
 * so {@code 2020} sorts before {@code 2020-01} before {@code 2020-01-01}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** By first day, then the vaguer first; compared in parts, as sorting a large catalog calls it a million times. */
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparingInt((PartialDate d) -> d.year)
            .thenComparingInt(d -> Math.max(d.month, 1))
            .thenComparingInt(d -> Math.max(d.day, 1))
            .thenComparingInt(PartialDate::precisionRank);

    /** Validates the parts; month and day are 0 when unknown. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     *     ({@code month 13 does not exist}) when the text is malformed or impossible
     */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (year == 0) {
            throw new IllegalArgumentException("year 0000 does not exist");
        }
        if (m.group(2) != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + m.group(2) + " does not exist (01 to 12)");
        }
        if (m.group(3) != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException(String.format(
                    "day %s does not exist in %04d-%02d (01 to %02d)",
                    m.group(3), year, month, YearMonth.of(year, month).lengthOfMonth()));
        }
        return new PartialDate(year, month, day);
    }

    /** Like {@link #parse} but empty instead of throwing. */
    public static Optional<PartialDate> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The first day of the period this date names. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day of the period this date names. */
    public LocalDate end() {
        if (day != 0) {
            return start();
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /**
     * The date as a fractional year (2020.0 is 1 January 2020), placed at the middle of the
     * period it names so that a year-only date does not pile up on 1 January. Used by the
     * timeline and the growth chart as their time coordinate.
     */
    public double toFractionalYear() {
        LocalDate a = start();
        LocalDate b = end();
        double mid = (a.toEpochDay() + b.toEpochDay()) / 2.0;
        return fractionalYear(mid);
    }

    /** Converts an epoch day (possibly fractional) to a fractional year. */
    public static double fractionalYear(double epochDay) {
        int y = LocalDate.ofEpochDay((long) Math.floor(epochDay)).getYear();
        double startOfYear = LocalDate.of(y, 1, 1).toEpochDay();
        double len = LocalDate.of(y + 1, 1, 1).toEpochDay() - startOfYear;
        return y + (epochDay - startOfYear) / len;
    }

    private int precisionRank() {
        return day != 0 ? 2 : month != 0 ? 1 : 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    /** The catalog form: {@code 1997}, {@code 2013-12} or {@code 2020-05-28}. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
