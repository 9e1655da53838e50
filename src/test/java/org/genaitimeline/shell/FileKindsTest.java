package org.genaitimeline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a dropped file is taken for, and which folder a chooser remembers. */
class FileKindsTest {

    @TempDir
    Path dir;

    @Test
    void aJsonWithAViewsFieldsIsAViewAndAnyOtherJsonACatalog() throws Exception {
        Path view = Files.writeString(dir.resolve("v.json"), "{\"schemaVersion\": 1, \"tab\": \"growth\"}");
        Path deck = Files.writeString(dir.resolve("d.json"), "{\"schemaVersion\": 1, \"deck\": []}");
        Path catalog = Files.writeString(dir.resolve("models.json"), "{\"schemaVersion\": 1, \"models\": []}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"models\": [");
        assertThat(FileDrops.kindOf(view)).contains(FileDrops.Kind.VIEW);
        assertThat(FileDrops.kindOf(deck)).contains(FileDrops.Kind.VIEW);
        assertThat(FileDrops.kindOf(catalog)).contains(FileDrops.Kind.CATALOG);
        // The catalog loader then says with line and column what is wrong with it.
        assertThat(FileDrops.kindOf(broken)).contains(FileDrops.Kind.CATALOG);
        assertThat(FileDrops.kindOf(dir.resolve("Epoch.CSV"))).contains(FileDrops.Kind.EPOCH_CSV);
        assertThat(FileDrops.kindOf(dir.resolve("notes.txt"))).isEmpty();
    }

    @Test
    void eachChooserKindHasItsOwnFolder() {
        assertThat(FileChooserService.kind("open", "*.json")).isEqualTo("open-json");
        assertThat(FileChooserService.kind("save", "*.PNG")).isEqualTo("save-png");
        assertThat(FileChooserService.kind("open")).isEqualTo("open-");
        FolderMemory folders = FolderMemory.inMemory();
        folders.remember("open-csv", dir);
        assertThat(folders.folder("open-csv")).contains(dir);
        assertThat(folders.folder("open-json")).isEmpty();
    }
}
