package org.genaitimeline.catalog;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Typed, reporting access to the fields of one JSON object. Every getter reports what is
 * wrong (missing, wrong type, empty, out of range) at the value's position and returns a
 * neutral value (null, empty) so that the reader carries on and finds the next problem;
 * a record is only built when its reading added no problem.
 */
final class Fields {

    static final CatalogText DATE_FORMS = CatalogText.of("catalog.forms.date");
    private static final CatalogText FULL_DATE_FORM = CatalogText.verbatim("YYYY-MM-DD");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final Map<List<String>, String> JOINED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Located object;
    private final Problems problems;
    /** The JSON path, spelled out when a message first needs it (most objects have none). */
    private String path;
    private final Fields parent;
    private final String name;
    private final int index;

    private Fields(Located object, String path, Fields parent, String name, int index, Problems problems) {
        this.object = object;
        this.path = path;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problems = problems;
    }

    /**
     * The text in both languages that {@link #localized} reports against, made once for a
     * field rather than once per value.
     */
    record Bilingual(CatalogText both, CatalogText english, CatalogText chinese) {
        static Bilingual of(CatalogText expected) {
            return new Bilingual(CatalogText.of("catalog.expect.bothLanguages", expected, "{\"en\": ..., \"zh\": ...}"),
                    CatalogText.of("catalog.expect.english", expected), CatalogText.of("catalog.expect.chinese", expected));
        }
    }

    private static final List<String> LANGUAGES = List.of("en", "zh");
    private static final CatalogText BOOLEAN = CatalogText.of("catalog.expect.boolean");
    private static final CatalogText BOOLEAN_OR_NULL = CatalogText.of("catalog.expect.booleanOrNull");
    private static final CatalogText DATE_EXPECTED = CatalogText.of("catalog.expect.date", DATE_FORMS);

    /**
     * The fields of a value that must be an object, reporting fields not in {@code known};
     * null (and a problem) when the value is not an object.
     */
    static Fields open(Located node, String path, Problems problems, CatalogText expected, List<String> known) {
        return open(node, path, problems, expected, known, Map.of());
    }

    /**
     * As {@link #open(Located, String, Problems, CatalogText, List)}, with fields an older
     * schemaVersion had: each is reported with what replaced it rather than as unknown.
     */
    static Fields open(Located node, String path, Problems problems, CatalogText expected, List<String> known,
            Map<String, String> replaced) {
        return open(node, new Fields(node, path, null, null, -1, problems), expected, known, replaced);
    }

    /** As {@link #open(Located, String, Problems, CatalogText, List, Map)} for item {@code index} of a top-level array. */
    static Fields openItem(Located node, String array, int index, Problems problems, CatalogText expected,
            List<String> known, Map<String, String> replaced) {
        return open(node, new Fields(node, null, null, array, index, problems), expected, known, replaced);
    }

    /** The object in field {@code name} of this one, opened as {@link #open} does. */
    Fields nested(Located node, String name, CatalogText expected, List<String> known) {
        return nested(node, name, expected, known, Map.of());
    }

    Fields nested(Located node, String name, CatalogText expected, List<String> known, Map<String, String> replaced) {
        return open(node, new Fields(node, null, this, name, -1, problems), expected, known, replaced);
    }

    private static Fields open(Located node, Fields f, CatalogText expected, List<String> known,
            Map<String, String> replaced) {
        Problems problems = f.problems;
        if (!node.is(Located.Type.OBJECT)) {
            problems.at(node, f.path(), wrongType(node, Located.Type.OBJECT.described(), expected));
            return null;
        }
        for (int i = 0; i < node.fieldCount(); i++) {
            String name = node.fieldName(i);
            if (!replaced.isEmpty() && replaced.containsKey(name)) {
                problems.at(node.fieldLine(i), node.fieldColumn(i), f.path(name),
                        CatalogText.of("catalog.field.replaced", replaced.get(name)));
            } else if (!known.contains(name)) {
                CatalogText hint = Suggest.closest(name, known).map(s -> CatalogText.of("catalog.hint.didYouMean", s))
                        .orElse(CatalogText.of("catalog.hint.allowed", String.join(", ", known)));
                problems.at(node.fieldLine(i), node.fieldColumn(i), f.path(name),
                        CatalogText.of("catalog.field.unknown", hint));
            }
        }
        return f;
    }

    Located object() {
        return object;
    }

    String path() {
        if (path == null) {
            path = parent != null ? join(parent.path(), name) : name + "[" + index + "]";
        }
        return path;
    }

    String path(String name) {
        return join(path(), name);
    }

    boolean has(String name) {
        return object.get(name) != null;
    }

    Problems problems() {
        return problems;
    }

    /** The value of a field of the given type; null when absent or of another type. */
    Located typed(String name, Located.Type type, boolean required, CatalogText expected) {
        Located v = object.get(name);
        if (v == null) {
            if (required) {
                problems.at(object, path(name), CatalogText.of("catalog.field.missing", expected));
            }
            return null;
        }
        if (!v.is(type)) {
            problems.at(v, path(name), wrongType(v, type.described(), expected));
            return null;
        }
        return v;
    }

    /** A non-blank one-line string (a name, an id, a developer). */
    String text(String name, boolean required, CatalogText expected) {
        return text(name, required, expected, false);
    }

    private String text(String name, boolean required, CatalogText expected, boolean multiline) {
        Located v = typed(name, Located.Type.STRING, required, expected);
        return v == null ? null : nonBlank(v, name, -1, expected, multiline);
    }

    /**
     * The text when it has something to show and nothing a terminal, window or SVG must not
     * get. The value is field {@code name}, or item {@code index} of it; the path is only
     * spelled out for a problem, as most texts have none.
     */
    private String nonBlank(Located v, String name, int index, CatalogText expected, boolean multiline) {
        if (v.text().isBlank()) {
            problems.at(v, at(name, index), CatalogText.of("catalog.field.empty", expected));
            return null;
        }
        var finding = TextHygiene.check(v.text(), multiline);
        if (finding.isEmpty()) {
            return v.text();
        }
        String at = at(name, index);
        TextHygiene.Finding f = finding.get();
        CatalogText message = CatalogText.of(f.kind().key(), f.character(), f.index() + 1);
        if (f.isWarning()) {
            problems.warn(v, at, message);
            return v.text();
        }
        problems.at(v, at, message);
        return null;
    }

    private String at(String name, int index) {
        return index < 0 ? path(name) : path(name) + "[" + index + "]";
    }

    Boolean bool(String name, boolean required) {
        Located v = typed(name, Located.Type.BOOLEAN, required, BOOLEAN);
        return v == null ? null : Boolean.valueOf(v.text());
    }

    /**
     * A required true/false that may be {@code null} for "not stated" (open weights of an
     * imported model whose source does not say).
     */
    Optional<Boolean> boolOrNull(String name) {
        Located v = object.get(name);
        if (v != null && v.is(Located.Type.NULL)) {
            return Optional.empty();
        }
        Located b = typed(name, Located.Type.BOOLEAN, true, BOOLEAN_OR_NULL);
        return b == null ? null : Optional.of(Boolean.valueOf(b.text()));
    }

    /** One of a fixed set of ids, listing them when the value is unknown. */
    String oneOf(String name, CatalogText what, List<String> allowed) {
        Located v = object.get(name);
        if (v == null || !v.is(Located.Type.STRING)) { // the expected text is only made for the message
            typed(name, Located.Type.STRING, true, CatalogText.of("catalog.expect.oneOf", what, joined(allowed)));
            return null;
        }
        return checkOneOf(v, name, -1, what, allowed);
    }

    /** The allowed ids as a message lists them, joined once per list rather than once per model. */
    private static String joined(List<String> allowed) {
        return JOINED.computeIfAbsent(allowed, a -> String.join(", ", a));
    }

    /** {@link #checkOneOf(Located, String, CatalogText, List)} of field {@code name}, or its item {@code index}. */
    String checkOneOf(Located v, String name, int index, CatalogText what, List<String> allowed) {
        int i = allowed.indexOf(v.text());
        return i >= 0 ? allowed.get(i) : checkOneOf(v, at(name, index), what, allowed);
    }

    String checkOneOf(Located v, String at, CatalogText what, List<String> allowed) {
        if (allowed.contains(v.text())) {
            return v.text();
        }
        String all = String.join(", ", allowed);
        problems.at(v, at, Suggest.closest(v.text(), allowed)
                .map(s -> CatalogText.of("catalog.value.unknownSuggest", what, v.text(), s, all))
                .orElse(CatalogText.of("catalog.value.unknown", what, v.text(), all)));
        return null;
    }

    /** Text in both languages: {@code {"en": ..., "zh": ...}}, neither empty. */
    Localized localized(String name, boolean required, Bilingual expected) {
        Located v = typed(name, Located.Type.OBJECT, required, expected.both());
        if (v == null) {
            return null;
        }
        Fields f = nested(v, name, expected.both(), LANGUAGES);
        String en = f.text("en", true, expected.english(), true);
        String zh = f.text("zh", true, expected.chinese(), true);
        return en == null || zh == null ? null : new Localized(en, zh);
    }

    /**
     * A positive whole number (a parameter count, a row); empty when absent, null (if
     * allowed) or wrong.
     */
    OptionalLong positive(String name, boolean required, boolean nullAllowed, CatalogText expected) {
        Located v = object.get(name);
        if (v == null) {
            if (required) {
                problems.at(object, path(name), CatalogText.of("catalog.field.missing", expected));
            }
            return OptionalLong.empty();
        }
        if (v.is(Located.Type.NULL) && nullAllowed) {
            return OptionalLong.empty();
        }
        if (v.is(Located.Type.DECIMAL)) {
            problems.at(v, path(name), CatalogText.of("catalog.value.notWhole", v.text(), expected));
            return OptionalLong.empty();
        }
        if (!v.is(Located.Type.INTEGER)) {
            problems.at(v, path(name), wrongType(v, Located.Type.INTEGER.described(), expected));
            return OptionalLong.empty();
        }
        long small = small(v.text());
        if (small > 0) {
            return OptionalLong.of(small);
        }
        BigInteger n = new BigInteger(v.text());
        if (n.signum() <= 0) {
            problems.at(v, path(name), CatalogText.of("catalog.value.notPositive", v.text(), expected));
            return OptionalLong.empty();
        }
        if (n.compareTo(LONG_MAX) > 0) {
            problems.at(v, path(name), CatalogText.of("catalog.value.tooLarge", v.text(), Long.MAX_VALUE));
            return OptionalLong.empty();
        }
        return OptionalLong.of(n.longValue());
    }

    /** A JSON integer of up to 18 digits without a sign, as a long; 0 for any other (then read in full). */
    private static long small(String digits) {
        int n = digits.length();
        if (n == 0 || n > 18) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * A positive number that may have a fraction (a printed size in billions: 0.117); empty
     * when absent or wrong.
     */
    OptionalDouble positiveNumber(String name, boolean required, CatalogText expected) {
        Located v = object.get(name);
        if (v == null) {
            if (required) {
                problems.at(object, path(name), CatalogText.of("catalog.field.missing", expected));
            }
            return OptionalDouble.empty();
        }
        if (!v.is(Located.Type.INTEGER) && !v.is(Located.Type.DECIMAL)) {
            problems.at(v, path(name), wrongType(v, Located.Type.DECIMAL.described(), expected));
            return OptionalDouble.empty();
        }
        double n = Double.parseDouble(v.text());
        if (!(n > 0) || Double.isInfinite(n)) {
            problems.at(v, path(name), CatalogText.of("catalog.value.notPositive", v.text(), expected));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n);
    }

    /** An array of non-blank strings; returns the good items with their positions. */
    List<Located> strings(String name, boolean required, CatalogText expected) {
        Located v = object.get(name);
        if (v == null || !v.is(Located.Type.ARRAY)) { // the expected text is only made for the message
            if (v != null || required) {
                typed(name, Located.Type.ARRAY, required, CatalogText.of("catalog.expect.listOf", expected));
            }
            return new ArrayList<>(0);
        }
        List<Located> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            Located item = v.item(i);
            if (!item.is(Located.Type.STRING)) {
                problems.at(item, at(name, i), wrongType(item, Located.Type.STRING.described(), expected));
            } else if (nonBlank(item, name, i, expected, false) != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** A date as the catalog writes it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    PartialDate date(String name, boolean required) {
        Located v = typed(name, Located.Type.STRING, required, DATE_EXPECTED);
        if (v == null) {
            return null;
        }
        String t = v.text();
        if (!isDate(t)) {
            problems.at(v, path(name), CatalogText.of("catalog.value.notDate", t, DATE_FORMS));
            return null;
        }
        // The common case read without strings; the parts as strings only for a message.
        int year = digits(t, 0, 4);
        int month = t.length() > 4 ? digits(t, 5, 7) : 0;
        int day = t.length() > 7 ? digits(t, 8, 10) : 0;
        if (year != 0 && (t.length() == 4 || month >= 1 && month <= 12)
                && (t.length() < 10 || day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth())) {
            return new PartialDate(year, month, day);
        }
        return checkedDate(v, name, t.substring(0, 4), t.length() > 4 ? t.substring(5, 7) : null,
                t.length() > 7 ? t.substring(8, 10) : null, DATE_FORMS);
    }

    /** Whether the text is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} in ASCII digits (the pattern {@code DATE}). */
    static boolean isDate(String t) {
        int n = t.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /** A day ({@code YYYY-MM-DD}), as era bounds need. */
    LocalDate fullDate(String name, CatalogText expected) {
        Located v = typed(name, Located.Type.STRING, true, CatalogText.of("catalog.expect.fullDate", expected));
        if (v == null) {
            return null;
        }
        if (!FULL_DATE.matcher(v.text()).matches()) {
            problems.at(v, path(name), CatalogText.of("catalog.value.notFullDate", v.text()));
            return null;
        }
        String[] parts = v.text().split("-");
        PartialDate d = checkedDate(v, name, parts[0], parts[1], parts[2], FULL_DATE_FORM);
        return d == null ? null : d.start();
    }

    /** Rejects dates that match the pattern but do not exist: month 13, 30 February, year 0. */
    private PartialDate checkedDate(Located v, String name, String y, String mo, String d, CatalogText forms) {
        int year = Integer.parseInt(y);
        if (year == 0) {
            problems.at(v, path(name), CatalogText.of("catalog.value.noYearZero", forms));
            return null;
        }
        int month = mo == null ? 0 : Integer.parseInt(mo);
        if (mo != null && (month < 1 || month > 12)) {
            problems.at(v, path(name), CatalogText.of("catalog.value.noMonth", mo, forms));
            return null;
        }
        int day = d == null ? 0 : Integer.parseInt(d);
        if (d != null) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                problems.at(v, path(name), CatalogText.of("catalog.value.noDay", d, y, mo, length));
                return null;
            }
        }
        return new PartialDate(year, month, day);
    }

    /** {@code is a number, not a string (the name as the book writes it)}. */
    static CatalogText wrongType(Located v, CatalogText wanted, CatalogText expected) {
        return CatalogText.of("catalog.field.wrongType", v.type().described(), wanted, expected);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
