package org.genaitimeline.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value together with the line and column where it starts. Jackson's own tree
 * ({@code JsonNode}) forgets token locations, and every validation message must point at
 * the offending value, so the loader builds this small tree instead.
 */
final class Located {

    /** The JSON value kinds the checks care about (integers and decimals apart). */
    enum Type {
        OBJECT("catalog.type.object"),
        ARRAY("catalog.type.array"),
        STRING("catalog.type.string"),
        INTEGER("catalog.type.integer"),
        DECIMAL("catalog.type.decimal"),
        BOOLEAN("catalog.type.boolean"),
        NULL("catalog.type.null");

        private final String key;

        Type(String key) {
            this.key = key;
        }

        /** How a message names a value of this type ("is a string (expected ...)"). */
        CatalogText described() {
            return CatalogText.of(key);
        }
    }

    /** A field of an object: where its name stands, and its value. */
    record Member(String name, int line, int column, Located value) {
    }

    private final Type type;
    private final int line;
    private final int column;
    private final String text;
    private final Map<String, Member> members;
    private final List<Located> items;

    private Located(Type type, int line, int column, String text, Map<String, Member> members, List<Located> items) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.text = text;
        this.members = members;
        this.items = items;
    }

    /** A string, number (its literal text), boolean or null. */
    static Located scalar(Type type, int line, int column, String text) {
        return new Located(type, line, column, text, Map.of(), List.of());
    }

    /** An object; the map keeps file order and is not copied (the reader owns it). */
    static Located object(int line, int column, LinkedHashMap<String, Member> members) {
        return new Located(Type.OBJECT, line, column, "", Collections.unmodifiableMap(members), List.of());
    }

    static Located array(int line, int column, List<Located> items) {
        return new Located(Type.ARRAY, line, column, "", Map.of(), Collections.unmodifiableList(items));
    }

    Type type() {
        return type;
    }

    boolean is(Type t) {
        return type == t;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The string value, or a number's literal text, or {@code true}/{@code false}/{@code null}. */
    String text() {
        return text;
    }

    /** The fields of an object in file order (empty for other types). */
    Map<String, Member> members() {
        return members;
    }

    /** The value of a field, or null when the object has no such field. */
    Located get(String name) {
        Member m = members.get(name);
        return m == null ? null : m.value();
    }

    /** The items of an array (empty for other types). */
    List<Located> items() {
        return items;
    }

    /** {@code line:column}, as messages cite another place in the same file. */
    String position() {
        return line + ":" + column;
    }
}
