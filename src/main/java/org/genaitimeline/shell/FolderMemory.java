package org.genaitimeline.shell;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The folder each kind of file chooser was last left in ("open-json", "save-png"), so the
 * next one opens there. The app keeps it in the preferences; until then it lives in memory.
 */
public interface FolderMemory {

    Optional<Path> folder(String kind);

    void remember(String kind, Path folder);

    /** Kept for this run only. */
    static FolderMemory inMemory() {
        Map<String, Path> folders = new HashMap<>();
        return new FolderMemory() {
            @Override
            public Optional<Path> folder(String kind) {
                return Optional.ofNullable(folders.get(kind));
            }

            @Override
            public void remember(String kind, Path folder) {
                folders.put(kind, folder);
            }
        };
    }
}
