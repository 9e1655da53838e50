package org.genaitimeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.catalog.Problem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading and validating a generated catalog file ({@link LargeCatalogFile}, the bundled
 * eras): the whole path of {@code --validate} and of opening a catalog in the app, from the
 * file's bytes to the {@code Catalog}. Run with {@code -prof gc} for the bytes allocated per
 * load, the figure the streaming reader brings down.
 *
 * <p>{@code mvn -q -Pbench package -DskipTests && java -jar target/benchmarks.jar CatalogLoad -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBench {

    @Param({"5000", "50000"})
    public int models;

    private Path dir;
    private Path file;
    private final CatalogLoader loader = new CatalogLoader();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("catalog-load-bench");
        file = LargeCatalogFile.write(dir.resolve("models.json"), models, Long.MAX_VALUE);
        LoadResult check = loader.load(file);
        if (!check.isOk() || check.catalog().orElseThrow().size() != models) {
            throw new IllegalStateException("the generated catalog does not load: " + check.problems());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the app does when a catalog is opened. */
    @Benchmark
    public LoadResult load() {
        return loader.load(file);
    }

    /** What {@code --validate FILE} does. */
    @Benchmark
    public List<Problem> validate() {
        return loader.validate(List.of(file));
    }
}
