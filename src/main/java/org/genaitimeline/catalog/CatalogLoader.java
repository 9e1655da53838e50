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
 * {@link CatalogChecks} (across entries). This class only finds the files and puts the
 * pieces together.
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
        byte[] m = resource(BUNDLED_MODELS, models);
        byte[] e = resource(BUNDLED_ERAS, eras);
        return build(m, models, e, eras, BUNDLED_SOURCE, Provenance.Origin.BOOK, "models.json");
    }

    /** A user's models file, with the eras file beside it or else the bundled eras. */
    public LoadResult load(Path modelsFile) {
        Problems models = new Problems(modelsFile.toString());
        byte[] m = file(modelsFile, models);
        return loadParsed(modelsFile, m == null ? null : parse(m, models), models);
    }

    /** {@link #load} of a models file already parsed, so that {@code --validate} parses it once. */
    private LoadResult loadParsed(Path modelsFile, Located modelRoot, Problems models) {
        Path beside = erasBeside(modelsFile);
        Problems eras = new Problems(beside == null ? "eras.json" : beside.toString());
        byte[] e = beside == null ? resource(BUNDLED_ERAS, eras) : file(beside, eras);
        Path name = modelsFile.getFileName();
        return buildParsed(modelRoot, models, e, eras, modelsFile.toString(), Provenance.Origin.USER,
                name == null ? modelsFile.toString() : name.toString());
    }

    /**
     * Checks files for {@code --validate}: each is recognised by its top-level key
     * ({@code models} or {@code eras}); a models file is checked against the eras beside it,
     * or the bundled ones. Every problem of every file, each once; empty when all are good.
     */
    public List<Problem> validate(List<Path> files) {
        Set<Problem> all = new LinkedHashSet<>();
        for (Path file : files) {
            Problems problems = new Problems(file.toString());
            byte[] bytes = file(file, problems);
            Located root = bytes == null ? null : parse(bytes, problems);
            if (root == null || !root.is(Located.Type.OBJECT)) {
                if (root != null) {
                    problems.at(root, "", Fields.wrongType(root, Located.Type.OBJECT.described(), whichFile()));
                }
                all.addAll(problems.list());
            } else if (root.get("models") != null) {
                all.addAll(loadParsed(file, root, problems).problems());
            } else if (root.get("eras") != null) {
                readEras(root, problems);
                all.addAll(problems.list());
            } else {
                problems.at(root, "", CatalogText.of("catalog.file.neither", whichFile()));
                all.addAll(problems.list());
            }
        }
        return List.copyOf(all);
    }

    private static CatalogText whichFile() {
        return CatalogText.of("catalog.hint.catalogFile", "{\"schemaVersion\": 1, \"models\": [...]}",
                "{\"schemaVersion\": 1, \"eras\": [...]}");
    }

    private LoadResult build(byte[] modelBytes, Problems modelProblems, byte[] eraBytes, Problems eraProblems,
            String source, Provenance.Origin origin, String fileName) {
        Located modelRoot = modelBytes == null ? null : parse(modelBytes, modelProblems);
        return buildParsed(modelRoot, modelProblems, eraBytes, eraProblems, source, origin, fileName);
    }

    private LoadResult buildParsed(Located modelRoot, Problems modelProblems, byte[] eraBytes, Problems eraProblems,
            String source, Provenance.Origin origin, String fileName) {
        Located eraRoot = eraBytes == null ? null : parse(eraBytes, eraProblems);
        List<EraReader.EraDraft> eras = eraRoot == null ? null : readEras(eraRoot, eraProblems);
        List<ModelDraft> drafts = new ArrayList<>();
        Located array = modelRoot == null ? null : top(modelRoot, "models", MODELS_TOP, modelProblems);
        if (array != null) {
            int version = schemaVersion(modelRoot);
            ModelReader reader = new ModelReader(origin, fileName, version);
            // A version this app does not know is one problem, not one per field it cannot read.
            for (int i = 0; version > 0 && i < array.items().size(); i++) {
                drafts.add(reader.read(array.items().get(i), "models[" + i + "]", modelProblems));
            }
            new CatalogChecks(drafts, eras, modelProblems).run();
        }
        List<Problem> problems = new ArrayList<>(eraProblems.list());
        problems.addAll(modelProblems.list());
        if (eraProblems.hasErrors() || modelProblems.hasErrors()) {
            return LoadResult.failed(problems);
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

    /**
     * The models file's schemaVersion: 2 (the figures' own objects) or 1 (inFigure and
     * book.figureParameters, still read); 0 for a version this app does not read (reported by
     * {@link #top}). A missing or mistyped version, also reported, is read as the newest.
     */
    private static int schemaVersion(Located root) {
        Located v = root.get("schemaVersion");
        if (v == null || !v.is(Located.Type.INTEGER)) {
            return ModelReader.VERSION;
        }
        return switch (v.text()) {
            case "1" -> 1;
            case "2" -> ModelReader.VERSION;
            default -> 0;
        };
    }

    private Located parse(byte[] bytes, Problems problems) {
        String text = Utf8Text.decode(bytes, problems);
        return text == null ? null : json.read(text, problems);
    }

    private static Path erasBeside(Path modelsFile) {
        Path beside = modelsFile.resolveSibling("eras.json");
        return Files.isRegularFile(beside) ? beside : null;
    }

    /** The file's bytes, or null and one problem (missing, a folder, too large, unreadable). */
    private byte[] file(Path path, Problems problems) {
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
            return Files.readAllBytes(path);
        } catch (IOException e) {
            problems.file(CatalogText.of("catalog.file.unreadable", FileAccess.reason(e)));
        } catch (SecurityException e) {
            problems.file(FileAccess.Refusal.NO_PERMISSION.text());
        } catch (OutOfMemoryError e) {
            problems.file(CatalogText.of("catalog.file.outOfMemory"));
        }
        return null;
    }

    private byte[] resource(String name, Problems problems) {
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
            return bytes;
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
