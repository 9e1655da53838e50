package org.genaitimeline.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads catalog files into a {@link Catalog}.
 *
 * <p>PROVISIONAL: a lenient tree reader so the views can be built; the validating loader
 * (every problem with file:line:column) replaces it.
 */
public final class CatalogLoader {

    public static final String BUNDLED_MODELS = "/data/models.json";
    public static final String BUNDLED_ERAS = "/data/eras.json";

    private final ObjectMapper mapper = new ObjectMapper();

    /** The catalog that ships in the jar. */
    public LoadResult loadBundled() {
        try (InputStream m = CatalogLoader.class.getResourceAsStream(BUNDLED_MODELS);
             InputStream e = CatalogLoader.class.getResourceAsStream(BUNDLED_ERAS)) {
            return load(m.readAllBytes(), "models.json", e.readAllBytes(), "eras.json", "bundled catalog",
                    Provenance.Origin.BOOK);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A user's models file, with the eras file beside it or else the bundled eras. */
    public LoadResult load(Path modelsFile) {
        try {
            Path erasFile = modelsFile.resolveSibling("eras.json");
            byte[] eras = Files.exists(erasFile) ? Files.readAllBytes(erasFile)
                    : CatalogLoader.class.getResourceAsStream(BUNDLED_ERAS).readAllBytes();
            return load(Files.readAllBytes(modelsFile), modelsFile.getFileName().toString(), eras, "eras.json",
                    modelsFile.toString(), Provenance.Origin.USER);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            // PROVISIONAL: located syntax errors until the validating loader lands.
            var at = ex.getLocation();
            return LoadResult.failed(List.of(new Problem(modelsFile.toString(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", ex.getOriginalMessage())));
        } catch (IOException ex) {
            return LoadResult.failed(List.of(new Problem(modelsFile.toString(), 0, 0, "", "cannot be read: " + ex)));
        }
    }

    LoadResult load(byte[] modelsJson, String modelsName, byte[] erasJson, String erasName, String source,
            Provenance.Origin origin) throws IOException {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : mapper.readTree(erasJson).get("eras")) {
            eras.add(new Era(e.get("id").asText(), loc(e.get("name")), LocalDate.parse(e.get("start").asText()),
                    LocalDate.parse(e.get("end").asText()), e.get("color").asText(), loc(e.get("summary"))));
        }
        List<Model> models = new ArrayList<>();
        for (JsonNode n : mapper.readTree(modelsJson).get("models")) {
            models.add(model(n, new Provenance(origin, modelsName, 0)));
        }
        return LoadResult.ok(new Catalog(models, eras, source));
    }

    private static Model model(JsonNode n, Provenance provenance) {
        JsonNode b = n.path("book");
        BookValues book = new BookValues(
                b.has("date") ? Optional.of(PartialDate.parse(b.get("date").asText())) : Optional.empty(),
                optLong(b.get("parameters")),
                b.has("openSource") ? Optional.of(b.get("openSource").asBoolean()) : Optional.empty(),
                optLong(b.get("openSourceParameters")),
                optLoc(b.get("name")),
                optLoc(b.get("developer")),
                b.has("tableRow") ? OptionalInt.of(b.get("tableRow").asInt()) : OptionalInt.empty(),
                optLong(b.get("figureParameters")),
                optLoc(b.get("note")));
        return new Model(
                n.get("id").asText(),
                n.get("name").asText(),
                strings(n.get("aliases")),
                PartialDate.parse(n.get("date").asText()),
                n.get("era").asText(),
                optLoc(n.get("eraNote")),
                strings(n.get("developer")),
                Family.fromId(n.get("family").asText()).orElseThrow(),
                Kind.fromId(n.get("kind").asText()).orElseThrow(),
                optLong(n.get("parameters")),
                n.get("openSource").asBoolean(),
                n.has("openSourceNote") ? Optional.of(n.get("openSourceNote").asText()) : Optional.empty(),
                strings(n.get("tables")).stream().map(t -> BookTable.fromId(t).orElseThrow()).toList(),
                n.get("inFigure").asBoolean(),
                loc(n.get("summary")),
                n.has("paper") ? Optional.of(new Paper(n.get("paper").get("title").asText(),
                        n.get("paper").get("url").asText())) : Optional.empty(),
                strings(n.get("buildsOn")),
                b.isMissingNode() ? BookValues.NONE : book,
                provenance);
    }

    private static Localized loc(JsonNode n) {
        return new Localized(n.get("en").asText(), n.get("zh").asText());
    }

    private static Optional<Localized> optLoc(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(loc(n));
    }

    private static OptionalLong optLong(JsonNode n) {
        return n == null || n.isNull() ? OptionalLong.empty() : OptionalLong.of(n.asLong());
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
