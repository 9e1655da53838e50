package org.genaitimeline.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.i18n.Language;

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
    private static final long[] UNITS_EN = {WAN_YI, BILLION, MILLION, 1000L};
    private static final String[] SUFFIXES_EN = {"T", "B", "M", "K"};
    private static final long[] UNITS_ZH = {WAN_YI, YI, 10_000L};
    private static final String[] SUFFIXES_ZH = {" 万亿", " 亿", " 万"};
    private static final Pattern SIZE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*([kKmMbBtT]|万亿|亿|万)?");

    private ModelFormat() {
    }

    /** A parameter count, or the book's word for unknown. */
    public static String parameters(OptionalLong count, Language language) {
        return count.isPresent() ? parameters(count.getAsLong(), language) : unknown(language);
    }

    /**
     * A parameter count: English in B (or M below a billion, T from a trillion, plain below a
     * thousand), Chinese in 亿 (or 万 below 1 亿, 万亿 from 10 000 亿, plain below 1 万). Three
     * significant digits at most, except that whole units are never cut ({@code 1750 亿}), and
     * no trailing zeros. A count that rounds up to the next unit is printed in it
     * ({@code 999.6M} is {@code 1B}, not {@code 1000M}).
     *
     * @throws IllegalArgumentException for a count of zero or less (a size is never zero)
     */
    public static String parameters(long count, Language language) {
        if (count <= 0) {
            throw new IllegalArgumentException("a parameter count is positive: " + count);
        }
        long[] units = language == Language.ZH ? UNITS_ZH : UNITS_EN;
        String[] suffixes = language == Language.ZH ? SUFFIXES_ZH : SUFFIXES_EN;
        for (int i = 0; i < units.length; i++) {
            if (count < units[i]) {
                continue;
            }
            String fast = inUnit(count, units[i], i == 0 ? Long.MAX_VALUE : units[i - 1] / units[i]);
            return fast != null ? fast + suffixes[i] : exact(count, units, suffixes, i);
        }
        return Long.toString(count);
    }

    /** {@link #parameters(long, Language)} worked out in {@code BigDecimal}s, as it always was. */
    static String parametersExact(long count, Language language) {
        if (count <= 0) {
            throw new IllegalArgumentException("a parameter count is positive: " + count);
        }
        long[] units = language == Language.ZH ? UNITS_ZH : UNITS_EN;
        String[] suffixes = language == Language.ZH ? SUFFIXES_ZH : SUFFIXES_EN;
        for (int i = 0; i < units.length; i++) {
            if (count >= units[i]) {
                return exact(count, units, suffixes, i);
            }
        }
        return Long.toString(count);
    }

    /**
     * {@code count / unit} (at least 1; the units are powers of ten) rounded as {@link #round}
     * does and written as {@link #plain} does, in {@code long}s: {@code BigDecimal.divide}
     * made some 5 KB of garbage per size, and {@code --list} of 50,000 models formats each size
     * twice. Null when the rounded value reaches {@code limit}, the next unit's size: the
     * caller then says it in that unit.
     */
    private static String inUnit(long count, long unit, long limit) {
        long whole = count / unit;
        if (whole >= 100) { // three digits or more: rounded to a whole number
            long rest = count % unit;
            long r = whole + (rest >= unit - rest ? 1 : 0); // half up
            return r >= limit ? null : Long.toString(r);
        }
        int decimals = whole >= 10 ? 1 : 2; // three significant digits
        long step = unit / (decimals == 1 ? 10 : 100);
        long rest = count % step;
        long r = count / step + (rest >= step - rest ? 1 : 0); // the value times 10^decimals
        if (r >= limit * (decimals == 1 ? 10 : 100)) {
            return null;
        }
        while (decimals > 0 && r % 10 == 0) {
            r /= 10;
            decimals--;
        }
        String digits = Long.toString(r);
        return decimals == 0 ? digits
                : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
    }

    /** The count in unit {@code i}, in {@code BigDecimal}s. */
    private static String exact(long count, long[] units, String[] suffixes, int i) {
        BigDecimal v = round(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(units[i])));
        // 999.6M rounds to 1000M: say 1B instead. Only the top unit may exceed its limit.
        if (i > 0 && v.compareTo(BigDecimal.valueOf(units[i - 1] / units[i])) >= 0) {
            v = round(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(units[i - 1])));
            return plain(v) + suffixes[i - 1];
        }
        return plain(v) + suffixes[i];
    }

    /** The figure's size label: always in billions ({@code 0.117B}, {@code 540B}). */
    public static String billions(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a parameter count is positive: " + count);
        }
        return plain(round(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(BILLION)))) + "B";
    }

    /**
     * Reads a size as people write it: {@code 70B}, {@code 890M}, {@code 1.5e9},
     * {@code 175000000000}, {@code 1.2T}, {@code 12K}, and the Chinese {@code 8.9亿},
     * {@code 6000 万}, {@code 1 万亿}.
     *
     * @throws IllegalArgumentException when the text is not a positive size
     */
    public static long parseParameters(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a parameter count: " + text);
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "K" -> 1000L;
            case "M" -> MILLION;
            case "B" -> BILLION;
            case "T", "万亿" -> WAN_YI;
            case "亿" -> YI;
            case "万" -> 10_000L;
            default -> 1L;
        };
        BigDecimal count = value.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
        if (count.signum() <= 0 || count.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("not a positive parameter count: " + text);
        }
        return count.longValueExact();
    }

    /** "Unknown" / "未知". */
    public static String unknown(Language language) {
        return language == Language.ZH ? "未知" : "Unknown";
    }

    /** "Yes" / "No", "Yes (66B)" / "是（660 亿）" where only part of a family is open. */
    /** The open-weights cell; "Unknown" / "未知" when the source does not say. */
    public static String openSource(java.util.Optional<Boolean> open, OptionalLong openPart, Language language) {
        return open.isPresent() ? openSource(open.get(), openPart, language) : unknown(language);
    }

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

    /** Three significant digits, but whole numbers of 1000 and more keep every digit. */
    private static BigDecimal round(BigDecimal v) {
        int digits = v.precision() - v.scale();
        return digits >= 3 ? v.setScale(0, RoundingMode.HALF_UP) : v.round(new MathContext(3, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
