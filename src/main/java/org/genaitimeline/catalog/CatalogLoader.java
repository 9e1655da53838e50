package org.genaitimeline.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.genaitimeline.i18n.Language;

/**
 * Reads and validates catalog files into a {@link Catalog}. Every problem of a file is
 * reported in one pass, each with file, line, column and JSON path; bad input never throws
 * (a missing, unreadable, oversized, non-UTF-8 or malformed file is a {@link Problem} too).
 *
 * <p>The work is split by what a rule needs to see: {@link Utf8Text} (bytes), {@link
 * JsonTreeReader} (syntax and limits), {@link ModelReader} and {@link EraReader} (one entry),
 * {@link CatalogChecks} (across entries). {@link ModelStream} reads a models file in one
 * pass, one model at a time, so memory follows the catalog rather than a tree of the file.
 * This class only finds the files and puts the pieces together.
 */
public final class CatalogLoader {

    public static final String BUNDLED_MODELS = "/data/models.json";
    public static final String BUNDLED_ERAS = "/data/eras.json";

    private static final String BUNDLED_SOURCE = "bundled catalog";
    private static final List<String> MODELS_TOP = List.of("schemaVersion", "models");
    private static final List<String> ERAS_TOP = List.of("schemaVersion", "eras");

    /**
     * Limits against hostile or broken files. The defaults are far above what a real catalog
     * needs (the bundled one is ~130 KB, 5 levels deep, its longest text a few hundred
     * characters) and far below what would exhaust memory or the stack.
     *
     * @param maxFileBytes the largest file read at all
     * @param maxDepth how deeply arrays and objects may nest
     * @param maxStringLength the longest string or field name, in characters
     * @param maxNumberLength the longest number, in characters
     */
    public record Limits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
        public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 1_000_000, 100);

        public Limits {
            if (maxFileBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
                throw new IllegalArgumentException("limits are positive");
            }
        }
    }

    private final Limits limits;
    private final JsonTreeReader json;
    /** The bundled catalog read ahead ({@link #readingBundledAhead()}), taken by the first loadBundled(). */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.FutureTask<LoadResult>> ahead =
            new java.util.concurrent.atomic.AtomicReference<>();

    public CatalogLoader() {
        this(Limits.DEFAULT);
    }

    public CatalogLoader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = new JsonTreeReader(limits);
    }

    /**
     * A loader that starts reading the bundled catalog at once on a daemon thread (start-up:
     * the read then runs while the window toolkit starts); its first {@link #loadBundled()}
     * returns that read, waiting for it if need be, and later ones read again.
     */
    public static CatalogLoader readingBundledAhead() {
        CatalogLoader loader = new CatalogLoader();
        java.util.concurrent.FutureTask<LoadResult> read = new java.util.concurrent.FutureTask<>(loader::readBundled);
        loader.ahead.set(read);
        Thread t = new Thread(read, "genai-catalog-ahead");
        t.setDaemon(true);
        t.start();
        return loader;
    }

    /** The catalog that ships in the jar. */
    public LoadResult loadBundled() {
        java.util.concurrent.FutureTask<LoadResult> read = ahead.getAndSet(null);
        if (read == null) {
            return readBundled();
        }
        read.run(); // a no-op once the thread has run it; on this thread if it has not started yet
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return readBundled();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private LoadResult readBundled() {
        Problems models = new Problems("models.json");
        Problems eras = new Problems("eras.json");
        ModelStream.Input m = resource(BUNDLED_MODELS, models);
        ModelStream.Input e = resource(BUNDLED_ERAS, eras);
        ModelStream.Read read = read(m, models, Provenance.Origin.BOOK, "models.json", true);
        return build(read, models, e, eras, BUNDLED_SOURCE);
    }

    /** A user's models file, with the eras file beside it or else the bundled eras. */
    public LoadResult load(Path modelsFile) {
        Problems models = new Problems(modelsFile.toString());
        try {
            return loadRead(modelsFile, read(modelsFile, models, true), models);
        } catch (OutOfMemoryError e) { // read, but the catalog built from it does not fit
            models.file(CatalogText.of("catalog.file.outOfMemory"));
            return LoadResult.failed(models.list());
        }
    }

    /** {@link #load} of a models file already read, so that {@code --validate} reads it once. */
    private LoadResult loadRead(Path modelsFile, ModelStream.Read read, Problems models) {
        Path beside = erasBeside(modelsFile);
        Problems eras = new Problems(beside == null ? "eras.json" : beside.toString());
        ModelStream.Input e = beside == null ? resource(BUNDLED_ERAS, eras) : file(beside, eras);
        return build(read, models, e, eras, modelsFile.toString());
    }

    /** A user's file read in one pass, its models as they come (see {@link ModelStream}). */
    private ModelStream.Read read(Path file, Problems problems, boolean records) {
        Path name = file.getFileName();
        return read(file(file, problems), problems, Provenance.Origin.USER, name == null ? file.toString() : name.toString(),
                records);
    }

    private ModelStream.Read read(ModelStream.Input input, Problems problems, Provenance.Origin origin, String fileName,
            boolean records) {
        try {
            return ModelStream.read(json, input, problems, origin, fileName, records);
        } catch (OutOfMemoryError e) {
            // What is left of the read is garbage once this returns; the message beats a stack trace.
            problems.file(CatalogText.of("catalog.file.outOfMemory"));
            return new ModelStream.Read(null, List.of(), new Problems(problems.file()), records);
        }
    }

    /**
     * Checks files for {@code --validate}: each is recognised by its top-level key
     * ({@code models} or {@code eras}); a models file is checked against the eras beside it,
     * or the bundled ones. Every problem of every file, each once; empty when all are good.
     */
    public List<Problem> validate(List<Path> files) {
        Set<Problem> all = new LinkedHashSet<>();
        for (Path file : files) {
            all.addAll(check(file).problems());
        }
        return List.copyOf(all);
    }

    /**
     * What {@code --validate} finds in one file.
     *
     * @param problems every problem of the file, empty when it is good
     * @param models how many models a good models file holds; -1 for an eras file or a bad one
     */
    public record Checked(List<Problem> problems, int models) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** {@link #validate} of one file, with the count of its models when it is a good models file. */
    public Checked check(Path file) {
        Problems problems = new Problems(file.toString());
        ModelStream.Read read = read(file, problems, false); // checked, not kept: no catalog is built
        Located root = read.root();
        if (root == null || !root.is(Located.Type.OBJECT)) {
            if (root != null) {
                problems.at(root, "", Fields.wrongType(root, Located.Type.OBJECT.described(), whichFile()));
            }
        } else if (root.get("models") != null) {
            LoadResult result = loadRead(file, read, problems);
            return new Checked(result.problems(), result.isOk() ? read.drafts().size() : -1);
        } else if (root.get("eras") != null) {
            readEras(root, problems);
        } else {
            problems.at(root, "", CatalogText.of("catalog.file.neither", whichFile()));
        }
        return new Checked(problems.list(), -1);
    }

    private static CatalogText whichFile() {
        return CatalogText.of("catalog.hint.catalogFile", "{\"schemaVersion\": 1, \"models\": [...]}",
                "{\"schemaVersion\": 1, \"eras\": [...]}");
    }

    private LoadResult build(ModelStream.Read read, Problems modelProblems, ModelStream.Input eraInput,
            Problems eraProblems, String source) {
        Located eraRoot = ModelStream.shape(json, eraInput, eraProblems);
        List<EraReader.EraDraft> eras = eraRoot == null ? null : readEras(eraRoot, eraProblems);
        List<ModelDraft> drafts = List.of();
        Located array = read.root() == null ? null : top(read.root(), "models", MODELS_TOP, modelProblems);
        if (array != null) {
            drafts = read.drafts();
            modelProblems.addAll(read.entries());
            new CatalogChecks(drafts, eras, modelProblems).run();
        }
        List<Problem> problems = new ArrayList<>(eraProblems.list());
        problems.addAll(modelProblems.list());
        if (eraProblems.hasErrors() || modelProblems.hasErrors()) {
            return LoadResult.failed(problems);
        }
        if (!read.records()) {
            return LoadResult.ok(Catalog.empty(), problems); // --validate: every check has run, no catalog is wanted
        }
        List<Model> models = drafts.stream().map(ModelDraft::model).toList();
        List<Era> eraList = eras.stream().map(EraReader.EraDraft::era)
                .sorted(Comparator.comparing(Era::start)).toList();
        return LoadResult.ok(new Catalog(models, eraList, source), problems);
    }

    /** The eras of an eras document; null when its top level is unusable. */
    private List<EraReader.EraDraft> readEras(Located root, Problems problems) {
        Located array = top(root, "eras", ERAS_TOP, problems);
        return array == null ? null : new EraReader().read(array, "eras", problems);
    }

    /** Checks {@code {"schemaVersion": 1, "<key>": [...]}} and returns the array. */
    private static Located top(Located root, String key, List<String> known, Problems problems) {
        CatalogText shape = CatalogText.verbatim("{\"schemaVersion\": 1, \"" + key + "\": [...]}");
        Fields f = Fields.open(root, "", problems, shape, known);
        if (f == null) {
            return null;
        }
        Located version = f.typed("schemaVersion", Located.Type.INTEGER, true, CatalogText.verbatim(
                "models".equals(key) ? "1 or 2" : "1"));
        boolean supported = version == null || version.text().equals("1")
                || "models".equals(key) && version.text().equals(String.valueOf(ModelReader.VERSION));
        if (!supported) {
            problems.at(version, "schemaVersion", CatalogText.of("catalog.file.version", version.text()));
        }
        return f.typed(key, Located.Type.ARRAY, true, CatalogText.of("catalog.expect.list", "\"" + key + "\": [...]"));
    }

    private static Path erasBeside(Path modelsFile) {
        Path beside = modelsFile.resolveSibling("eras.json");
        return Files.isRegularFile(beside) ? beside : null;
    }

    /**
     * The file, its bytes checked as UTF-8 as they stream from the disk (not kept), or null
     * and one problem (missing, a folder, too large, unreadable, not UTF-8). A file over the
     * limit is refused by its size before a byte is read.
     */
    private ModelStream.Input file(Path path, Problems problems) {
        try {
            var refusal = FileAccess.refuseReading(path);
            if (refusal.isPresent()) {
                problems.file(refusal.get().text());
                return null;
            }
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                problems.file(tooLarge(size));
                return null;
            }
            Utf8Text.Source source = Utf8Text.of(path);
            Utf8Text.Checked checked = Utf8Text.check(source, limits.maxFileBytes(), problems);
            if (checked == Utf8Text.Checked.TOO_LARGE) { // it grew since its size was read
                problems.file(tooLarge(Math.max(Files.size(path), limits.maxFileBytes() + 1)));
                return null;
            }
            return checked == null ? null : new ModelStream.Input(source, checked);
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", FileAccess.reason(e)));
        } catch (SecurityException e) {
            problems.file(FileAccess.Refusal.NO_PERMISSION.text());
        } catch (OutOfMemoryError e) {
            problems.file(CatalogText.of("catalog.file.outOfMemory"));
        }
        return null;
    }

    private ModelStream.Input resource(String name, Problems problems) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                problems.file(CatalogText.of("catalog.file.noBundled"));
                return null;
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                problems.file(tooLarge(bytes.length));
                return null;
            }
            Utf8Text.Source source = Utf8Text.of(bytes);
            Utf8Text.Checked checked = Utf8Text.check(source, Long.MAX_VALUE, problems);
            return checked == null ? null : new ModelStream.Input(source, checked);
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.bundledUnreadable", e.getMessage()));
            return null;
        }
    }

    private CatalogText tooLarge(long size) {
        return CatalogText.of("catalog.file.tooLarge", size(size), size(limits.maxFileBytes()));
    }

    /** Sizes in the unit a person would use: 70 MiB, 12 KiB, 500 bytes. */
    static String bytes(long n) {
        return size(n).in(Language.EN);
    }

    private static CatalogText size(long n) {
        if (n >= 1024L * 1024 && n % (1024L * 1024) == 0) {
            return CatalogText.of("catalog.size.mib", n / (1024L * 1024));
        }
        if (n >= 1024L * 1024) {
            return CatalogText.of("catalog.size.mib", String.format(java.util.Locale.ROOT, "%.1f", n / (1024.0 * 1024)));
        }
        if (n >= 1024 && n % 1024 == 0) {
            return CatalogText.of("catalog.size.kib", n / 1024);
        }
        return CatalogText.of("catalog.size.bytes", n);
    }
}
