package org.genaitimeline.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * Numbers and dates as the book prints them. English: {@code 175B}, {@code 2.7B},
 * {@code 890M}, {@code Unknown}, {@code Yes (66B)}, {@code May 2020}. Chinese:
 * {@code 1750 亿}, {@code 27 亿}, {@code 8.9 亿}, {@code 未知}, {@code 是（660 亿）},
 * {@code 2020 年 5 月}. Pure: no JavaFX, no resource bundle (the words are the book's).
 */
public final class ModelFormat {

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final long BILLION = 1_000_000_000L;
    private static final long MILLION = 1_000_000L;
    private static final long YI = 100_000_000L;
    private static final long WAN_YI = 1_000_000_000_000L;

    private ModelFormat() {
    }

    /** A parameter count, or the book's word for unknown. */
    public static String parameters(OptionalLong count, Language language) {
        return count.isPresent() ? parameters(count.getAsLong(), language) : unknown(language);
    }

    /**
     * A parameter count: English in B (or M below a billion, or T from a trillion), Chinese in
     * 亿 (or 万 below 1 亿, or 万亿 from 10 000 亿). At most three significant digits, no
     * trailing zeros.
     */
    public static String parameters(long count, Language language) {
        if (count <= 0) {
            throw new IllegalArgumentException("a parameter count is positive: " + count);
        }
        if (language == Language.ZH) {
            if (count >= WAN_YI) {
                return decimal(count, WAN_YI) + " 万亿";
            }
            if (count >= YI) {
                return decimal(count, YI) + " 亿";
            }
            return decimal(count, 10_000L) + " 万";
        }
        if (count >= 1000 * BILLION) {
            return decimal(count, 1000 * BILLION) + "T";
        }
        if (count >= BILLION) {
            return decimal(count, BILLION) + "B";
        }
        if (count >= MILLION) {
            return decimal(count, MILLION) + "M";
        }
        return decimal(count, 1000) + "K";
    }

    /** The figure's size label: always in billions ({@code 0.117B}, {@code 540B}). */
    public static String billions(long count) {
        return decimal(count, BILLION) + "B";
    }

    /** "Unknown" / "未知". */
    public static String unknown(Language language) {
        return language == Language.ZH ? "未知" : "Unknown";
    }

    /** "Yes" / "No", "Yes (66B)" / "是（660 亿）" where only part of a family is open. */
    public static String openSource(boolean open, OptionalLong openPart, Language language) {
        String word = language == Language.ZH ? (open ? "是" : "否") : (open ? "Yes" : "No");
        if (!open || openPart.isEmpty()) {
            return word;
        }
        String size = parameters(openPart.getAsLong(), language);
        return language == Language.ZH ? word + "（" + size + "）" : word + " (" + size + ")";
    }

    /** A date as the book prints it: {@code May 2020} / {@code 2020 年 5 月}; days are not printed. */
    public static String date(PartialDate date, Language language) {
        if (!date.hasMonth()) {
            return language == Language.ZH ? date.year() + " 年" : Integer.toString(date.year());
        }
        return language == Language.ZH
                ? date.year() + " 年 " + date.month() + " 月"
                : MONTHS_EN[date.month() - 1] + " " + date.year();
    }

    /** A full date with the day where known: {@code 28 May 2020} / {@code 2020 年 5 月 28 日}. */
    public static String longDate(PartialDate date, Language language) {
        if (!date.hasDay()) {
            return date(date, language);
        }
        return language == Language.ZH
                ? date(date, language) + " " + date.day() + " 日"
                : date.day() + " " + date(date, language);
    }

    private static String decimal(long count, long unit) {
        BigDecimal v = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(unit));
        int digits = v.precision() - v.scale();
        int scale = Math.max(0, 3 - digits);
        if (v.scale() > scale && v.compareTo(BigDecimal.ONE) >= 0) {
            v = v.setScale(scale, RoundingMode.HALF_UP);
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
