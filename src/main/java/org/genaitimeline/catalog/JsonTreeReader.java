package org.genaitimeline.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads JSON text into a {@link Located} tree with Jackson's streaming parser, which gives
 * the line and column of every token and enforces {@link StreamReadConstraints} against
 * hostile files. A syntax error or a broken limit ends the read with one plain-worded
 * problem (nothing after a syntax error can be trusted); a field given twice is reported and
 * the first one kept.
 */
final class JsonTreeReader {

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
        this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** The document's root value, or null when the text is not (acceptable) JSON. */
    Located read(String text, Problems problems) {
        JsonParser parser;
        try {
            parser = factory.createParser(text.toCharArray());
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", e.getMessage()));
            return null;
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.file(CatalogText.of("catalog.file.empty", "{\"schemaVersion\": 1, ...}"));
                return null;
            }
            Located root = value(parser, "", problems);
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
            what = tooDeep();
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

    /** The token's text; a text or number over the limit is reported here and cut short. */
    private String measured(JsonParser p, String path, Problems problems, boolean number) throws IOException {
        int length = p.getTextLength();
        int max = number ? limits.maxNumberLength() : limits.maxStringLength();
        if (length <= max) {
            return p.getText();
        }
        throw new LimitBroken(p.currentTokenLocation(), path, number
                ? CatalogText.of("catalog.limit.number", length, max)
                : CatalogText.of("catalog.limit.text", length, max));
    }

    private CatalogText tooDeep() {
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

        LimitBroken(JsonLocation at, String path, CatalogText message) {
            super(message.key(), null, false, false);
            this.line = at.getLineNr();
            this.column = at.getColumnNr();
            this.path = path;
            this.message = message;
        }
    }

    /** The value at the current token, reading through its end. */
    private Located value(JsonParser p, String path, Problems problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        if (token.isStructStart() && p.getParsingContext().getNestingDepth() > limits.maxDepth()) {
            throw new LimitBroken(at, "", tooDeep()); // the path would be as long as the nesting
        }
        switch (token) {
            case START_OBJECT:
                return object(p, path, line, column, problems);
            case START_ARRAY:
                List<Located> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]", problems));
                }
                return Located.array(line, column, items);
            case VALUE_STRING:
                return Located.scalar(Located.Type.STRING, line, column, measured(p, path, problems, false));
            case VALUE_NUMBER_INT:
                return Located.scalar(Located.Type.INTEGER, line, column, measured(p, path, problems, true));
            case VALUE_NUMBER_FLOAT:
                return Located.scalar(Located.Type.DECIMAL, line, column, measured(p, path, problems, true));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Located.scalar(Located.Type.BOOLEAN, line, column, p.getText());
            case VALUE_NULL:
                return Located.scalar(Located.Type.NULL, line, column, "null");
            default:
                throw new IllegalStateException("unexpected token " + token); // the parser never yields it here
        }
    }

    private Located object(JsonParser p, String path, int line, int column, Problems problems) throws IOException {
        LinkedHashMap<String, Located.Member> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            p.nextToken();
            Located v = value(p, fieldPath, problems);
            Located.Member first = members.get(name);
            if (first != null) {
                problems.at(at.getLineNr(), at.getColumnNr(), fieldPath, CatalogText.of("catalog.field.twice", first.line(),
                        first.column()));
            } else {
                members.put(name, new Located.Member(name, at.getLineNr(), at.getColumnNr(), v));
            }
        }
        return Located.object(line, column, members);
    }
}
