package org.genaitimeline.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
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

    /** The platform's own file dialogs. */
    static FileChooserService system() {
        return new FileChooserService() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String... patterns) {
                return Optional.ofNullable(chooser(title, filterName, patterns).showOpenDialog(owner))
                        .map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String initialName, String filterName,
                    String... patterns) {
                FileChooser c = chooser(title, filterName, patterns);
                c.setInitialFileName(initialName);
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, String filterName, String... patterns) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
                return c;
            }
        };
    }
}
