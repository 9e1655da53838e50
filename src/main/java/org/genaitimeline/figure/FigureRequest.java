package org.genaitimeline.figure;

import java.util.List;
import java.util.Map;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.theme.Palette;

/**
 * What a figure export paints.
 *
 * @param catalog the whole catalog (eras, lineage)
 * @param models the models that pass the filters, chronological
 * @param language labels and numbers
 * @param palette the theme's colours
 * @param options figure-specific switches by name: {@code orientation} (vertical|horizontal),
 *     {@code bookFigureOnly}, {@code linear}, {@code trend} ("true"/"false"), {@code title},
 *     {@code caption}
 */
public record FigureRequest(Catalog catalog, List<Model> models, Language language, Palette palette,
        Map<String, String> options) {
    public FigureRequest {
        models = List.copyOf(models);
        options = Map.copyOf(options);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(options.getOrDefault(name, "false"));
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
