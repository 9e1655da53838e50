package org.genaitimeline.savedview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer ({@code /timeline/from}), so that
 * a problem found in the tree can be reported at its line and column. Built from Jackson's
 * streaming parser over text that has already parsed once.
 */
final class JsonLocations {

    private final Map<String, int[]> starts;
    private final Map<String, int[]> names;

    private JsonLocations(Map<String, int[]> starts, Map<String, int[]> names) {
        this.starts = starts;
        this.names = names;
    }

    static JsonLocations of(String text) {
        Map<String, int[]> starts = new HashMap<>();
        Map<String, int[]> names = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent();
                }
                JsonLocation loc = p.currentTokenLocation();
                String pointer = ctx.pathAsPointer().toString();
                int[] at = {loc.getLineNr(), loc.getColumnNr()};
                (t == JsonToken.FIELD_NAME ? names : starts).putIfAbsent(pointer, at);
            }
        } catch (IOException e) {
            // The text parsed as a tree already; without locations the messages say line 1.
        }
        return new JsonLocations(starts, names);
    }

    /** Line and column of a field's name (for "unknown field"), else of its value. */
    int[] findName(String pointer) {
        int[] at = names.get(pointer);
        return at != null ? at : find(pointer);
    }

    /** Line and column of the value at the pointer, or of its nearest enclosing value. */
    int[] find(String pointer) {
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
