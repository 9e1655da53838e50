package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** Whatever a name holds, the SVG stays well-formed XML that any viewer opens. */
class SvgEscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0001b", "nul\u0000", "esc\u001B[31m", "half\uD800", "low\uDC00", "\uFFFE", "c1\u0085"})
    void aCharacterXmlForbidsBecomesTheReplacementCharacterAndTheFileParses(String name) throws Exception {
        String escaped = SvgSurface.escape(name);
        assertThat(escaped).contains("\uFFFD");
        Document doc = parse("<svg xmlns=\"http://www.w3.org/2000/svg\"><g data-id=\"" + escaped + "\"><title>"
                + escaped + "</title></g></svg>");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(escaped);
    }

    @Test
    void markupAndCharactersXmlAllowsArePreserved() throws Exception {
        String name = "<b>&\"'\tLlama\uD83E\uDD99 稳定扩散";
        String escaped = SvgSurface.escape(name);
        Document doc = parse("<svg><title>" + escaped + "</title></svg>");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(name);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
