package org.genaitimeline.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.genaitimeline.prefs.PreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RememberedCatalogTest {

    private Preferences node;
    private PreferenceStore store;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("/org/genaitimeline/test/remembered-" + System.nanoTime());
        store = new PreferenceStore(node);
    }

    @AfterEach
    void dropNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theFilesComeBackInOrder() {
        List<RememberedCatalog> files = List.of(
                new RememberedCatalog(RememberedCatalog.Kind.OPEN, Path.of("/data/my models.json")),
                new RememberedCatalog(RememberedCatalog.Kind.ADD, Path.of("/data/more|models.json")),
                new RememberedCatalog(RememberedCatalog.Kind.EPOCH, Path.of("/data/notable, 2025.csv")));
        store.setCatalogs(files);
        assertThat(store.catalogs()).isEqualTo(files);
    }

    @Test
    void nothingRememberedIsAnEmptyList() {
        assertThat(store.catalogs()).isEmpty();
    }

    @Test
    void damagedLinesAreDroppedAndAnOpenAfterTheFirstIsIgnored() {
        node.put("catalogs", "EPOCH|/a.csv\nNONSENSE|/b\nno bar\nOPEN|/c.json\nADD|\nADD|/d.json\n");
        assertThat(store.catalogs()).containsExactly(
                new RememberedCatalog(RememberedCatalog.Kind.EPOCH, Path.of("/a.csv")),
                new RememberedCatalog(RememberedCatalog.Kind.ADD, Path.of("/d.json")));
    }
}
