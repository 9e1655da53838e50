package org.genaitimeline.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file. The app uses the native choosers; tests swap in an answer, since
 * a native dialog cannot be driven (or even shown) headless.
 */
public interface FileChooserService {

    /** A file to read, or empty when the user cancels. */
    Optional<Path> open(Window owner, String title, String filterName, String... patterns);

    /** A file to write, or empty when the user cancels. */
    Optional<Path> save(Window owner, String title, String initialName, String filterName, String... patterns);

    /** The platform's own file dialogs, each kind remembering its folder for this run. */
    static FileChooserService system() {
        return system(FolderMemory.inMemory(), () -> "All files (*.*)");
    }

    /**
     * The platform's own file dialogs. Each opens in the folder its kind (open or save, and the
     * first pattern's extension) was last left in, and offers "All files" after its own filter.
     *
     * @param allFiles the "All files (*.*)" filter's name in the current language
     */
    static FileChooserService system(FolderMemory folders, Supplier<String> allFiles) {
        return new FileChooserService() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String... patterns) {
                String kind = kind("open", patterns);
                return remember(kind, chooser(kind, title, filterName, patterns).showOpenDialog(owner));
            }

            @Override
            public Optional<Path> save(Window owner, String title, String initialName, String filterName,
                    String... patterns) {
                String kind = kind("save", patterns);
                FileChooser c = chooser(kind, title, filterName, patterns);
                c.setInitialFileName(initialName);
                return remember(kind, c.showSaveDialog(owner));
            }

            private FileChooser chooser(String kind, String title, String filterName, String... patterns) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(allFiles.get(), "*.*"));
                // A folder since deleted would make the native dialog fail to open.
                folders.folder(kind).filter(Files::isDirectory).map(Path::toFile).ifPresent(c::setInitialDirectory);
                return c;
            }

            private Optional<Path> remember(String kind, File chosen) {
                Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
                path.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(dir -> folders.remember(kind, dir));
                return path;
            }
        };
    }

    /** "open-json", "save-png": the folder key of a chooser. */
    static String kind(String verb, String... patterns) {
        String first = patterns.length == 0 ? "" : patterns[0];
        return verb + "-" + first.substring(first.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
