package org.genaitimeline.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.Reader;

/**
 * Jackson's parser for text, telling the line and column of the current token without a
 * {@code JsonLocation}: {@code currentTokenLocation()} makes a new one on every call, and
 * the catalog reader asks twice for every field, so a 50,000-model file made some 80 MB of
 * them. The numbers are the same ones {@code currentTokenLocation()} reports (it reads the
 * same protected fields), so every message keeps its line and column.
 */
final class LocatingParser extends ReaderBasedJsonParser {

    private LocatingParser(IOContext context, int features, Reader in, ObjectCodec codec, CharsToNameCanonicalizer names) {
        super(context, features, in, codec, names);
    }

    /** The line of the current token (of a field's name, for a field). */
    int tokenLine() {
        return _currToken == JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
    }

    /** The column of the current token (of a field's name, for a field). */
    int tokenColumn() {
        return _currToken == JsonToken.FIELD_NAME ? _nameStartCol : _tokenInputCol;
    }

    /** A factory whose parsers for text are {@link LocatingParser}s. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonParser _createParser(Reader in, IOContext context) {
            return new LocatingParser(context, _parserFeatures, in, _objectCodec, _rootCharSymbols.makeChild());
        }
    }
}
