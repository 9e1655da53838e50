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

    static String plain(String jackson) {
        String m = jackson == null ? "" : jackson;
        Matcher found = FOUND.matcher(m);
        String ch = found.find() ? found.group(1) : null;
        if (m.contains("comment?")) {
            return "comments are not allowed in JSON (remove them)";
        }
        if (ch != null && ch.equals("'")) {
            return "text must be in double quotes, not single quotes (\"like this\")";
        }
        if (ch != null && m.contains("double-quote to start field name")) {
            return "expected a field name in double quotes, found '" + ch + "'"
                    + (ch.equals("}") ? " (remove the comma before '}')" : " (\"name\": value)");
        }
        if (ch != null && m.contains("colon to separate")) {
            return "expected ':' after the field name, found '" + ch + "' (\"name\": value)";
        }
        if (ch != null && m.contains("comma to separate Object")) {
            return "expected ',' or '}' after a field, found '" + ch + "' (fields are separated by commas)";
        }
        if (ch != null && m.contains("comma to separate Array")) {
            return "expected ',' or ']' after an item, found '" + ch + "' (items are separated by commas)";
        }
        if (ch != null && (m.contains("expected a value") || m.contains("expected a valid value"))) {
            return "expected a value, found '" + ch + "'"
                    + (ch.equals("]") || ch.equals("}") ? " (remove the comma before it)"
                            : " (a string in double quotes, a number, true, false, null, an object or an array)");
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value"
                    + " (a string in double quotes, a number, true, false, null, an object or an array)";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            Matcher start = START.matcher(m);
            String at = start.find() ? " opened at " + start.group(1) + ":" + start.group(2) : "";
            if (m.contains("for Object")) {
                return "the file ends inside the object" + at + " (a '}' is missing)";
            }
            if (m.contains("for Array")) {
                return "the file ends inside the array" + at + " (a ']' is missing)";
            }
            return "the file ends in the middle of a value (complete it)";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return "found '" + close.group(1) + "' where '" + close.group(2) + "' was expected (brackets must match)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a line break or control character inside a string (write it as \\n or \\t)";
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "\\" + escape.group(1) + " is not a JSON escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)";
        }
        if (m.contains("Leading zeroes")) {
            return "a number may not start with 0 (write 7, not 07)";
        }
        if (m.contains("numeric value") || m.contains("Invalid number")) {
            return "malformed number (digits, optionally with a leading minus, a fraction and an exponent)";
        }
        return "JSON syntax error: " + generic(m);
    }

    /** Jackson's text without codes, source descriptions and feature names. */
    private static String generic(String m) {
        String first = m.lines().findFirst().orElse("");
        first = first.replaceAll("\\s*\\(code \\d+\\)", "");
        first = first.replaceAll("\\s*\\(?\\[Source.*$", "");
        first = first.replaceAll(":?\\s*enable `.*$", "");
        return first.isBlank() ? "the file is not valid JSON" : first.strip();
    }
}
