package org.genaitimeline.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A JSON value together with the line and column where it starts. Jackson's own tree
 * ({@code JsonNode}) forgets token locations, and every validation message must point at
 * the offending value, so the loader builds this small tree instead.
 *
 * <p>Lean, as one is made for every value of a model: a scalar is its type, place and text;
 * an object keeps its fields in arrays (names, where each name stands, values) looked up by
 * name in order, as a model has some fifteen fields and a map per object cost more than the
 * values in it.
 */
abstract class Located {

    /** The JSON value kinds the checks care about (integers and decimals apart). */
    enum Type {
        OBJECT("catalog.type.object"),
        ARRAY("catalog.type.array"),
        STRING("catalog.type.string"),
        INTEGER("catalog.type.integer"),
        DECIMAL("catalog.type.decimal"),
        BOOLEAN("catalog.type.boolean"),
        NULL("catalog.type.null");

        private final CatalogText described;

        Type(String key) {
            this.described = CatalogText.of(key);
        }

        /** How a message names a value of this type ("is a string (expected ...)"). */
        CatalogText described() {
            return described;
        }
    }

    private static final Located[] NO_VALUES = {};
    private static final String[] NO_NAMES = {};
    private static final int[] NO_PLACES = {};

    private final int line;
    private final int column;

    private Located(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** A string, number (its literal text), boolean or null. */
    static Located scalar(Type type, int line, int column, String text) {
        return new Scalar(type, line, column, text);
    }

    /**
     * An object of {@code size} fields; the arrays are its own (not copied). {@code places}
     * holds each name's line and column, two ints a field.
     */
    static Located object(int line, int column, int size, String[] names, int[] places, Located[] values) {
        return new Obj(line, column, size, names, places, values);
    }

    /** An object whose fields were only checked, not kept. */
    static Located emptyObject(int line, int column) {
        return new Obj(line, column, 0, NO_NAMES, NO_PLACES, NO_VALUES);
    }

    static Located array(int line, int column, Located[] items) {
        return new Arr(line, column, items);
    }

    abstract Type type();

    boolean is(Type t) {
        return type() == t;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The string value, or a number's literal text, or {@code true}/{@code false}/{@code null}; empty for the others. */
    String text() {
        return "";
    }

    /** How many fields an object has (0 for other types). */
    int fieldCount() {
        return 0;
    }

    /** The name of field {@code i} (in file order). */
    String fieldName(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The line of field {@code i}'s name. */
    int fieldLine(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The column of field {@code i}'s name. */
    int fieldColumn(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The value of field {@code i}. */
    Located fieldValue(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The value of a field, or null when the object has no such field. */
    Located get(String name) {
        return null;
    }

    /** The items of an array (empty for other types). */
    List<Located> items() {
        return List.of();
    }

    /** How many items an array has (0 for other types). */
    int size() {
        return 0;
    }

    /** Item {@code i} of an array. */
    Located item(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** {@code line:column}, as messages cite another place in the same file. */
    String position() {
        return line + ":" + column;
    }

    private static final class Scalar extends Located {
        private final Type type;
        private final String text;

        Scalar(Type type, int line, int column, String text) {
            super(line, column);
            this.type = type;
            this.text = text;
        }

        @Override
        Type type() {
            return type;
        }

        @Override
        String text() {
            return text;
        }
    }

    private static final class Obj extends Located {
        private final int size;
        private final String[] names;
        private final int[] places;
        private final Located[] values;

        Obj(int line, int column, int size, String[] names, int[] places, Located[] values) {
            super(line, column);
            this.size = size;
            this.names = names;
            this.places = places;
            this.values = values;
        }

        @Override
        Type type() {
            return Type.OBJECT;
        }

        @Override
        int fieldCount() {
            return size;
        }

        @Override
        String fieldName(int i) {
            return names[check(i)];
        }

        @Override
        int fieldLine(int i) {
            return places[2 * check(i)];
        }

        @Override
        int fieldColumn(int i) {
            return places[2 * check(i) + 1];
        }

        @Override
        Located fieldValue(int i) {
            return values[check(i)];
        }

        private int check(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return i;
        }

        @Override
        Located get(String name) {
            // Linear: the reader made the names unique and an object has a few of them. A file
            // with a huge object pays n per look-up, and the readers look up a fixed few names.
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    private static final class Arr extends Located {
        private final Located[] items;

        Arr(int line, int column, Located[] items) {
            super(line, column);
            this.items = items;
        }

        @Override
        Type type() {
            return Type.ARRAY;
        }

        @Override
        List<Located> items() {
            return Collections.unmodifiableList(Arrays.asList(items));
        }

        @Override
        int size() {
            return items.length;
        }

        @Override
        Located item(int i) {
            return items[i];
        }
    }
}
