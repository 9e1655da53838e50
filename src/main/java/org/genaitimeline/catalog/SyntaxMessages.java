package org.genaitimeline.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's parse errors in plain words. Jackson's texts name parser features and
 * internal source descriptions ({@code [Source: REDACTED ...]}) that mean nothing to someone
 * editing a catalog; the position is reported separately, so the message only says what is
 * wrong and what would be right.
 */
final class SyntaxMessages {

    private static final Pattern FOUND = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

    private SyntaxMessages() {
    }

    static CatalogText plain(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher found = FOUND.matcher(m);
        String ch = found.find() ? found.group(1) : null;
        if (m.contains("comment?")) {
            return CatalogText.of("catalog.json.comment");
        }
        if (ch != null && ch.equals("'")) {
            return CatalogText.of("catalog.json.singleQuotes");
        }
        if (ch != null && m.contains("double-quote to start field name")) {
            return CatalogText.of(ch.equals("}") ? "catalog.json.fieldNameBeforeBrace" : "catalog.json.fieldName", ch);
        }
        if (ch != null && m.contains("colon to separate")) {
            return CatalogText.of("catalog.json.colon", ch);
        }
        if (ch != null && m.contains("comma to separate Object")) {
            return CatalogText.of("catalog.json.commaObject", ch);
        }
        if (ch != null && m.contains("comma to separate Array")) {
            return CatalogText.of("catalog.json.commaArray", ch);
        }
        if (ch != null && (m.contains("expected a value") || m.contains("expected a valid value"))) {
            return CatalogText.of(ch.equals("]") || ch.equals("}") ? "catalog.json.valueBeforeClose" : "catalog.json.value",
                    ch);
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return CatalogText.of("catalog.json.notValue", token.group(1));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            Matcher start = START.matcher(m);
            Object at = start.find() ? CatalogText.of("catalog.json.openedAt", start.group(1), start.group(2)) : "";
            if (m.contains("for Object")) {
                return CatalogText.of("catalog.json.endInObject", at);
            }
            if (m.contains("for Array")) {
                return CatalogText.of("catalog.json.endInArray", at);
            }
            return CatalogText.of("catalog.json.endInValue");
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return CatalogText.of("catalog.json.mismatch", close.group(1), close.group(2));
        }
        if (m.startsWith("Illegal unquoted character")) {
            return CatalogText.of("catalog.json.controlChar");
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return CatalogText.of("catalog.json.badEscape", escape.group(1));
        }
        if (m.contains("Leading zeroes")) {
            return CatalogText.of("catalog.json.leadingZero");
        }
        if (m.contains("numeric value") || m.contains("Invalid number")) {
            return CatalogText.of("catalog.json.badNumber");
        }
        return generic(m);
    }

    /** Jackson's text without codes, source descriptions and feature names. */
    private static CatalogText generic(String m) {
        String first = m.lines().findFirst().orElse("");
        first = first.replaceAll("\\s*\\(code \\d+\\)", "");
        first = first.replaceAll("\\s*\\(?\\[Source.*$", "");
        first = first.replaceAll(":?\\s*enable `.*$", "");
        // Jackson's own words stay English: there is no Chinese for every message it may give.
        return first.isBlank() ? CatalogText.of("catalog.json.notJson") : CatalogText.of("catalog.json.other", first.strip());
    }
}
