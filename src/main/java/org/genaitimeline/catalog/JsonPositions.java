package org.genaitimeline.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer ({@code /timeline/from}), for
 * files other than the catalog (saved views) that report a problem found in Jackson's tree
 * at its line and column. Read by the catalog's own {@link JsonTreeReader}, so there is one
 * place that knows where JSON tokens are.
 */
public final class JsonPositions {

    private final Map<String, int[]> starts = new HashMap<>();
    private final Map<String, int[]> names = new HashMap<>();

    private JsonPositions() {
    }

    /** The positions in a text; a text that does not read gives none (messages then say line 1). */
    public static JsonPositions of(String text) {
        JsonPositions p = new JsonPositions();
        Located root = new JsonTreeReader(CatalogLoader.Limits.DEFAULT).read(text, new Problems(""));
        if (root != null) {
            p.add("", root);
        }
        return p;
    }

    private void add(String pointer, Located value) {
        starts.put(pointer, new int[] {value.line(), value.column()});
        for (int i = 0; i < value.fieldCount(); i++) {
            String at = pointer + "/" + value.fieldName(i);
            names.put(at, new int[] {value.fieldLine(i), value.fieldColumn(i)});
            add(at, value.fieldValue(i));
        }
        for (int i = 0; i < value.size(); i++) {
            add(pointer + "/" + i, value.item(i));
        }
    }

    /** Line and column of a field's name (for "unknown field"), else of its value. */
    public int[] findName(String pointer) {
        int[] at = names.get(pointer);
        return at != null ? at : find(pointer);
    }

    /** Line and column of the value at the pointer, or of its nearest enclosing value. */
    public int[] find(String pointer) {
        String p = pointer;
        while (true) {
            int[] at = starts.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
