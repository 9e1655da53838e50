package org.genaitimeline.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.CatalogLoader;

/** The small catalogs in src/test/resources: 23 real models, and a broken file. */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /** models.json of the 23-model test catalog (eras.json beside it). */
    public static Path modelsFile() {
        return resource("/org/genaitimeline/testcatalog/models.json");
    }

    /** A models.json cut off in the middle of a record. */
    public static Path brokenFile() {
        return resource("/org/genaitimeline/brokencatalog/models.json");
    }

    public static Catalog catalog() {
        return new CatalogLoader().load(modelsFile()).catalog().orElseThrow();
    }

    private static Path resource(String name) {
        try {
            return Path.of(TestCatalogs.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
