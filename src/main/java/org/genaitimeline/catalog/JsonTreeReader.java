package org.genaitimeline.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON text into {@link Located} values with Jackson's streaming parser, which gives
 * the line and column of every token and enforces {@link StreamReadConstraints} against
 * hostile files. A syntax error or a broken limit ends the read with one plain-worded
 * problem (nothing after a syntax error can be trusted); a field given twice is reported and
 * the first one kept.
 *
 * <p>A catalog is read in one pass without a tree of the whole file ({@link #stream}): the
 * items of its big array go to an {@link Items} one at a time, each read in full and then
 * let go, and the other top-level values a catalog does not need are checked (syntax,
 * limits, fields given twice) but only their type and position are kept.
 */
final class JsonTreeReader {

    /** Receives the items of a streamed array, in file order, each with its position. */
    interface Items {
        void item(int index, Located item);
    }

    /** The top-level fields a catalog reads in full; every other one is only told by its type. */
    private static final Set<String> KEPT = Set.of("schemaVersion", "eras");

    private final JsonFactory factory;
    private final CatalogLoader.Limits limits;

    JsonTreeReader(CatalogLoader.Limits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                // Texts and numbers are measured in value() where their position and path are
                // known; Jackson's own checks, which carry no position, are a looser backstop.
                .maxStringLength(Math.max(limits.maxStringLength(), 20_000_000))
                .maxNameLength(Math.max(limits.maxStringLength(), 50_000))
                .maxNumberLength(Math.max(limits.maxNumberLength(), 1000))
                .build();
        this.factory = new LocatingParser.Factory(new JsonFactoryBuilder().streamReadConstraints(constraints));
    }

    /** The document's root value in full, or null when the text is not (acceptable) JSON. */
    Located read(String text, Problems problems) {
        return read(new StringReader(text), problems, null, null);
    }

    /**
     * The document's root, the array under {@code key} handed to {@code items} item by item
     * and left empty in the root; null when the text is not (acceptable) JSON, and then
     * whatever the items gave is not to be used.
     */
    Located stream(Reader text, Problems problems, String key, Items items) {
        return read(text, problems, key, items);
    }

    /**
     * The first top-level {@code schemaVersion} when it is a whole number, read before the
     * catalog so that its models can be read as they come even when the version is written
     * after them; null when absent, of another type or not reached (the full read then
     * reports why). Skipping costs no memory, and nothing when the version comes first.
     */
    String version(Reader text) {
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean version = "schemaVersion".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (version) {
                    return value == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // the full read meets the same text and says what is wrong with it
        }
    }

    private Located read(Reader text, Problems problems, String key, Items items) {
        LocatingParser parser;
        try {
            parser = (LocatingParser) factory.createParser(text);
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", e.getMessage()));
            return null;
        }
        Read read = new Read(parser, problems, key, items, limits);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.file(CatalogText.of("catalog.file.empty", "{\"schemaVersion\": 1, ...}"));
                return null;
            }
            Located root = read.value(true);
            try {
                if (parser.nextToken() != null) {
                    trailing(parser, problems);
                    return null;
                }
            } catch (JsonProcessingException e) {
                trailing(parser, problems);
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for these; the token being read is where the limit broke.
            return limitBroken(e, parser.currentTokenLocation(), problems);
        } catch (LimitBroken e) {
            problems.at(e.line, e.column, e.path, e.message);
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.at(at == null ? 1 : at.getLineNr(), at == null ? 1 : Math.max(1, at.getColumnNr()), "",
                    SyntaxMessages.plain(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", e.getMessage()));
            return null;
        }
    }

    private static void trailing(JsonParser parser, Problems problems) {
        JsonLocation at = parser.currentTokenLocation();
        problems.at(at.getLineNr(), at.getColumnNr(), "",
                CatalogText.of("catalog.json.trailing"));
    }

    private Located limitBroken(StreamConstraintsException e, JsonLocation at, Problems problems) {
        String m = String.valueOf(e.getOriginalMessage());
        CatalogText what;
        if (m.contains("NestingDepth")) {
            what = tooDeep(limits);
        } else if (m.contains("NumberLength")) {
            what = CatalogText.of("catalog.limit.numberDigits", limits.maxNumberLength());
        } else if (m.contains("StringLength") || m.contains("NameLength")) {
            what = CatalogText.of("catalog.limit.textChars", limits.maxStringLength());
        } else {
            what = CatalogText.of("catalog.limit.other", SyntaxMessages.plain(m));
        }
        if (at == null || at.getLineNr() < 1) {
            problems.file(what);
        } else {
            problems.at(at.getLineNr(), Math.max(1, at.getColumnNr()), "", what);
        }
        return null;
    }

    private static CatalogText tooDeep(CatalogLoader.Limits limits) {
        return CatalogText.of("catalog.limit.depth", limits.maxDepth());
    }

    /**
     * Ends the read at the first value over a limit (depth, text or number length): a file
     * that breaks one is not worth reading further. The limits are measured here rather than
     * left to Jackson, whose exceptions carry no position; Jackson's own stay as a backstop.
     */
    private static final class LimitBroken extends RuntimeException {
        private final int line;
        private final int column;
        private final String path;
        private final CatalogText message;

        LimitBroken(int line, int column, String path, CatalogText message) {
            super(message.key(), null, false, false);
            this.line = line;
            this.column = column;
            this.path = path;
            this.message = message;
        }
    }

    /**
     * One read of one text. Paths ({@code models[3].name}) are only spelled out for a
     * message, from Jackson's parsing context, rather than built for every value.
     */
    private record Read(LocatingParser p, Problems problems, String key, Items items, CatalogLoader.Limits limits,
            List<Builder> builders, String[] shared) {

        Read(LocatingParser p, Problems problems, String key, Items items, CatalogLoader.Limits limits) {
            this(p, problems, key, items, limits, new ArrayList<>(), new String[SHARED]);
        }

        /** The value at the current token, reading through its end; only its type and position when not kept. */
        Located value(boolean keep) throws IOException {
            int line = p.tokenLine();
            int column = p.tokenColumn();
            JsonToken token = p.currentToken();
            if (token.isStructStart() && p.getParsingContext().getNestingDepth() > limits.maxDepth()) {
                throw new LimitBroken(line, column, "", tooDeep(limits)); // the path would be as long as the nesting
            }
            switch (token) {
                case START_OBJECT:
                    return object(line, column, keep);
                case START_ARRAY:
                    boolean streamed = key != null && p.getParsingContext().getParent().inRoot();
                    return array(line, column, keep && !streamed, null);
                case VALUE_STRING:
                    return Located.scalar(Located.Type.STRING, line, column, measured(false, keep));
                case VALUE_NUMBER_INT:
                    return Located.scalar(Located.Type.INTEGER, line, column, measured(true, keep));
                case VALUE_NUMBER_FLOAT:
                    return Located.scalar(Located.Type.DECIMAL, line, column, measured(true, keep));
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return Located.scalar(Located.Type.BOOLEAN, line, column, p.getText());
                case VALUE_NULL:
                    return Located.scalar(Located.Type.NULL, line, column, "null");
                default:
                    throw new IllegalStateException("unexpected token " + token); // the parser never yields it here
            }
        }

        /** An array; its items kept, handed to {@code to} and let go, or only checked. */
        private Located array(int line, int column, boolean keep, Items to) throws IOException {
            Builder b = keep ? builder() : null;
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Located item = value(keep || to != null);
                if (keep) {
                    b.add(item);
                } else if (to != null) {
                    to.item(index, item);
                }
                index++;
            }
            return Located.array(line, column, keep ? b.items() : NO_ITEMS);
        }

        private Located object(int line, int column, boolean keep) throws IOException {
            boolean root = key != null && p.getParsingContext().getParent().inRoot();
            Builder b = builder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int nameLine = p.tokenLine();
                int nameColumn = p.tokenColumn();
                int first = b.find(name);
                JsonToken token = p.nextToken();
                Located v;
                if (root && name.equals(key) && token == JsonToken.START_ARRAY) {
                    if (p.getParsingContext().getNestingDepth() > limits.maxDepth()) {
                        throw new LimitBroken(p.tokenLine(), p.tokenColumn(), "", tooDeep(limits));
                    }
                    v = array(p.tokenLine(), p.tokenColumn(), false, first < 0 ? items : null);
                } else {
                    v = value(keep && (!root || KEPT.contains(name)));
                }
                if (first >= 0) {
                    problems.at(nameLine, nameColumn, path(p.getParsingContext(), p.currentToken()),
                            CatalogText.of("catalog.field.twice", b.line(first), b.column(first)));
                } else {
                    b.put(name, nameLine, nameColumn, v);
                }
            }
            // Not kept: the fields were only needed to tell a field given twice.
            return keep ? b.object(line, column) : Located.emptyObject(line, column);
        }

        /**
         * The builder of the object or array at the parser's depth, cleared: one per level for
         * the whole read, so a model's fields are gathered in arrays made once, not per object.
         */
        private Builder builder() {
            int depth = p.getParsingContext().getNestingDepth();
            while (builders.size() <= depth) {
                builders.add(new Builder());
            }
            Builder b = builders.get(depth);
            b.clear();
            return b;
        }

        /**
         * The short text of the current token, the same string as the last text of the same
         * characters that hashed alike: a catalog repeats its eras, types, kinds, developers
         * and dates in every model, and the parser would make a new string each time. A table
         * of the last texts seen, so it costs nothing for a file of all different texts.
         */
        private String shared(int length) throws IOException {
            char[] chars = p.getTextCharacters();
            int from = p.getTextOffset();
            int h = 0;
            for (int i = from; i < from + length; i++) {
                h = 31 * h + chars[i];
            }
            int slot = (h ^ h >>> 16) & (SHARED - 1);
            String last = shared[slot];
            if (last != null && last.length() == length) {
                int i = 0;
                while (i < length && last.charAt(i) == chars[from + i]) {
                    i++;
                }
                if (i == length) {
                    return last;
                }
            }
            String text = new String(chars, from, length);
            shared[slot] = text;
            return text;
        }

        /** The token's text; a text or number over the limit is reported here and cut short. */
        private String measured(boolean number, boolean keep) throws IOException {
            int length = p.getTextLength();
            int max = number ? limits.maxNumberLength() : limits.maxStringLength();
            if (length <= max) {
                return !keep ? "" : length <= SHARED_LENGTH ? shared(length) : p.getText();
            }
            throw new LimitBroken(p.tokenLine(), p.tokenColumn(), path(p.getParsingContext(), p.currentToken()), number
                    ? CatalogText.of("catalog.limit.number", length, max)
                    : CatalogText.of("catalog.limit.text", length, max));
        }
    }

    private static final Located[] NO_ITEMS = {};
    /** How many short texts a read keeps to share (a power of two), and how long they may be. */
    private static final int SHARED = 4096;
    private static final int SHARED_LENGTH = 32;

    /**
     * Gathers the fields of one object (or the items of one array) before they are copied
     * into a {@link Located} of their exact size. Fields given twice are found by a scan
     * while an object is small, as models are, and through a map past {@link #SCAN}, so an
     * object of 100,000 fields costs n, not n squared.
     */
    private static final class Builder {
        private static final int SCAN = 16;
        private String[] names = new String[SCAN];
        private int[] places = new int[2 * SCAN];
        private Located[] values = new Located[SCAN];
        private int size;
        private java.util.HashMap<String, Integer> index;
        private String[] lastNames;

        void clear() {
            java.util.Arrays.fill(values, 0, size, null);
            java.util.Arrays.fill(names, 0, size, null);
            size = 0;
            index = null;
        }

        /** The place of a field already given, or -1. */
        int find(String name) {
            if (index != null) {
                Integer i = index.get(name);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        int line(int i) {
            return places[2 * i];
        }

        int column(int i) {
            return places[2 * i + 1];
        }

        void put(String name, int line, int column, Located value) {
            grow();
            names[size] = name;
            places[2 * size] = line;
            places[2 * size + 1] = column;
            values[size] = value;
            if (index != null) {
                index.put(name, size);
            } else if (size == SCAN) {
                index = new java.util.HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(names[i], i);
                }
            }
            size++;
        }

        void add(Located item) {
            grow();
            values[size++] = item;
        }

        private void grow() {
            if (size == values.length) {
                int n = values.length * 2;
                names = java.util.Arrays.copyOf(names, n);
                places = java.util.Arrays.copyOf(places, 2 * n);
                values = java.util.Arrays.copyOf(values, n);
            }
        }

        Located object(int line, int column) {
            if (size == 0) {
                return Located.emptyObject(line, column);
            }
            return Located.object(line, column, size, names(), java.util.Arrays.copyOf(places, 2 * size),
                    java.util.Arrays.copyOf(values, size));
        }

        /**
         * The names, as the last object at this level had them when they are the same: the
         * models of a file mostly write the same fields in the same order, and the parser gives
         * one string per name.
         */
        private String[] names() {
            String[] last = lastNames;
            if (last != null && last.length == size) {
                int i = 0;
                while (i < size && last[i] == names[i]) {
                    i++;
                }
                if (i == size) {
                    return last;
                }
            }
            lastNames = java.util.Arrays.copyOf(names, size);
            return lastNames;
        }

        Located[] items() {
            return size == 0 ? NO_ITEMS : java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * The path of the value at a token ({@code models[3].aliases[0]}): its container's context
     * (for an object or array just opened, the one around it) up to the root.
     */
    static String path(JsonStreamContext context, JsonToken token) {
        JsonStreamContext c = token != null && token.isStructStart() ? context.getParent() : context;
        List<JsonStreamContext> chain = new ArrayList<>();
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder path = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext x = chain.get(i);
            if (x.inArray()) {
                path.append('[').append(x.getCurrentIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(x.getCurrentName());
            }
        }
        return path.toString();
    }
}
