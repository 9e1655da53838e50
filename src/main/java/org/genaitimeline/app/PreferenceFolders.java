package org.genaitimeline.app;

import java.nio.file.Path;
import java.util.Optional;
import org.genaitimeline.prefs.PreferenceStore;
import org.genaitimeline.shell.FolderMemory;

/** The file choosers' folders, kept in the preferences so they survive a restart. */
final class PreferenceFolders implements FolderMemory {

    private final PreferenceStore prefs;

    PreferenceFolders(PreferenceStore prefs) {
        this.prefs = prefs;
    }

    @Override
    public Optional<Path> folder(String kind) {
        return prefs.folder(kind);
    }

    @Override
    public void remember(String kind, Path folder) {
        prefs.setFolder(kind, folder);
    }
}
