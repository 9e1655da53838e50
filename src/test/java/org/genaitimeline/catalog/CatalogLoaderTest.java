package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading good files into a Catalog, encodings, safety limits and unreadable files. */
class CatalogLoaderTest {

    static final Path GOOD = Path.of("src/test/resources/catalogs/good/models.json");
    static final Path BOM = Path.of("src/test/resources/catalogs/bom/models.json");

    private final CatalogLoader loader = new CatalogLoader();

    private static Catalog ok(LoadResult result) {
        assertThat(result.problems()).isEmpty();
        return result.catalog().orElseThrow();
    }

    @Test
    void aGoodCatalogLoadsEveryValue() {
        Catalog catalog = ok(loader.load(GOOD));
        Model alpha = catalog.model("alpha").orElseThrow();

        assertThat(catalog.size()).isEqualTo(2);
        assertThat(catalog.source()).isEqualTo(GOOD.toString());
        assertThat(catalog.eras()).extracting(Era::id).containsExactly("early", "late");
        assertThat(alpha.name()).isEqualTo("Alpha");
        assertThat(alpha.aliases()).containsExactly("A-1", "阿尔法");
        assertThat(alpha.date()).isEqualTo(PartialDate.of(2013, 12, 20));
        assertThat(alpha.developer()).containsExactly("Lab", "Uni");
        assertThat(alpha.family()).isEqualTo(Family.VAE);
        assertThat(alpha.kind()).isEqualTo(Kind.IMAGE);
        assertThat(alpha.parameters()).isEqualTo(OptionalLong.of(175_000_000_000L));
        assertThat(alpha.openSource()).hasValue(true);
        assertThat(alpha.openSourceNote()).contains(new Localized("Only the small weights.", "只有小模型的权重。"));
        assertThat(alpha.tables()).containsExactly(BookTable.LLM);
        assertThat(alpha.summary()).isEqualTo(new Localized("A model.", "一个模型。"));
        assertThat(alpha.paper()).contains(new Paper("Alpha: a model", "https://example.org/alpha"));
        assertThat(alpha.eraNote()).isEmpty();
    }

    @Test
    void theBookValuesAreRead() {
        BookValues book = ok(loader.load(GOOD)).model("alpha").orElseThrow().book();

        assertThat(book.date()).contains(PartialDate.ofYear(2014));
        assertThat(book.parameters()).isEqualTo(OptionalLong.of(176_000_000_000L));
        assertThat(book.openSource()).contains(false);
        assertThat(book.openSourceParameters()).isEqualTo(OptionalLong.of(66_000_000_000L));
        assertThat(book.name()).contains(new Localized("ALPHA", "阿尔法"));
        assertThat(book.developer()).contains(new Localized("Lab and Uni", "实验室和大学"));
        assertThat(book.tableRow()).isEqualTo(OptionalInt.of(1));
        // A schemaVersion 1 file: book.figureParameters and inFigure become the version 2 objects,
        // at the book's date (no day here, so the model's own for 14-3) and under the model's name.
        assertThat(book.figure14x3()).contains(new Figure14x3Point(PartialDate.parse("2013-12-20"), 175, "Alpha"));
        assertThat(book.figure14x1()).contains(new Figure14x1Entry(Family.VAE, PartialDate.ofYear(2014), "Alpha"));
        assertThat(book.note()).contains(new Localized("The book rounds.", "书中取整。"));
    }

    @Test
    void absentOptionalsAreEmpty() {
        Model beta = ok(loader.load(GOOD)).model("beta").orElseThrow();

        assertThat(beta.parameters()).isEmpty();
        assertThat(beta.aliases()).isEmpty();
        assertThat(beta.paper()).isEmpty();
        assertThat(beta.openSourceNote()).isEmpty();
        // null: the source does not say whether the weights are open.
        assertThat(beta.openSource()).isEmpty();
        assertThat(beta.tables()).isEmpty();
        assertThat(beta.book()).isEqualTo(BookValues.NONE);
        assertThat(beta.buildsOn()).containsExactly("alpha");
        assertThat(beta.eraNote()).contains(new Localized("The book tells it in the early era.", "书在早期讲述它。"));
        assertThat(beta.inFigure()).isFalse();
    }

    @Test
    void anOpenedFileIsTheUsersWithTheLineEachModelStartsAt() {
        Catalog catalog = ok(loader.load(GOOD));

        assertThat(catalog.model("alpha").orElseThrow().provenance())
                .isEqualTo(new Provenance(Provenance.Origin.USER, "models.json", 4));
        assertThat(catalog.model("beta").orElseThrow().provenance().line()).isGreaterThan(4);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        Catalog catalog = ok(loader.load(BOM));

        assertThat(catalog.models()).extracting(Model::id).containsExactly("alpha", "beta");
    }

    @Test
    void aModelsFileWithoutErasBesideItUsesTheBundledEras(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, Files.readString(GOOD).replace("\"early\"", "\"big-models\"")
                .replace("2013-12-20", "2021-05").replace("2019-03", "2022"));

        Catalog catalog = ok(loader.load(file));

        assertThat(catalog.era("big-models")).isPresent();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() {
        CatalogLoader small = new CatalogLoader(new CatalogLoader.Limits(1024, 64, 1000, 100));

        assertThat(small.validate(List.of(GOOD))).extracting(Problem::toString).containsExactly(GOOD
                + ": the file is " + CatalogLoader.bytes(GOOD.toFile().length())
                + ", more than the 1 KiB a catalog may have (a smaller file)");
    }

    @Test
    void theDefaultSizeLimitIs64MiB() {
        assertThat(CatalogLoader.Limits.DEFAULT.maxFileBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(CatalogLoader.bytes(64L * 1024 * 1024)).isEqualTo("64 MiB");
    }

    @Test
    void theOpenSourceNoteIsReadInTheLanguageAsked() {
        Model alpha = ok(loader.load(GOOD)).model("alpha").orElseThrow();

        assertThat(alpha.openSourceNote(Language.EN)).hasValue("Only the small weights.");
        assertThat(alpha.openSourceNote(Language.ZH)).hasValue("只有小模型的权重。");
    }

    /** A note written as a plain string (the first draft of the schema) is refused, not half-read. */
    @Test
    void aPlainStringNoteIsRefusedInBothLanguagesWithItsPlace() {
        Path file = CatalogValidationRulesTest.RULES.resolve("open-source-note-string.json");

        List<Problem> problems = loader.validate(List.of(file));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).describe(Language.EN)).isEqualTo(file + ":21:25: models[0].openSourceNote: "
                + "is a string, not an object (a note on which weights are public in English and Chinese: "
                + "{\"en\": ..., \"zh\": ...})");
        assertThat(problems.get(0).describe(Language.ZH)).isEqualTo(file + ":21:25: models[0].openSourceNote: "
                + "是字符串，不是对象（说明哪些权重公开的备注，中英文各一份：{\"en\": ..., \"zh\": ...}）");
    }

    @Test
    void aTooLongTextIsRefusedWithItsPlace() {
        CatalogLoader strict = new CatalogLoader(new CatalogLoader.Limits(1 << 20, 64, 20, 100));

        assertThat(strict.validate(List.of(GOOD))).extracting(Problem::toString).containsExactly(GOOD
                + ":27:15: models[0].openSourceNote.en: a text of 23 characters, more than 20 (keep texts short)");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhereItStarts() {
        Path deep = CatalogValidationRulesTest.RULES.resolve("too-deep.json");

        assertThat(loader.validate(List.of(deep))).extracting(Problem::toString).containsExactly(deep
                + ":1:95: values are nested more than 64 levels deep (a catalog needs about 5)");
    }

    @Test
    void aMissingFileIsOneProblemNotAnException() {
        Path missing = Path.of("src/test/resources/catalogs/no-such-file.json");

        LoadResult result = loader.load(missing);

        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly(missing + ": there is no file at this path (check the name and the folder)");
    }

    @Test
    void aFolderIsOneProblem(@TempDir Path dir) {
        assertThat(loader.validate(List.of(dir))).extracting(Problem::toString)
                .containsExactly(dir + ": this is a folder, not a file (give a file inside it)");
    }

    @Test
    void aBrokenErasFileBesideTheModelsIsReported(@TempDir Path dir) throws IOException {
        Files.copy(GOOD, dir.resolve("models.json"));
        Files.writeString(dir.resolve("eras.json"), "{\"schemaVersion\": 1, \"eras\": [}");

        LoadResult result = loader.load(dir.resolve("models.json"));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(dir.resolve("eras.json")
                + ":1:31: found '}' where ']' was expected (brackets must match)");
    }

    @Test
    void theBundledCatalogIsTheBooks() {
        Catalog catalog = ok(loader.loadBundled());

        assertThat(catalog.source()).isEqualTo("bundled catalog");
        assertThat(catalog.models()).allSatisfy(m -> {
            assertThat(m.provenance().origin()).isEqualTo(Provenance.Origin.BOOK);
            assertThat(m.provenance().file()).isEqualTo("models.json");
        });
        assertThat(Optional.of(catalog.size())).get().isEqualTo(catalog.models().size());
    }

    @Test
    void aLoaderReadingAheadGivesTheSameBundledCatalogAndReadsAgainAfterwards() {
        CatalogLoader ahead = CatalogLoader.readingBundledAhead();

        Catalog first = ok(ahead.loadBundled());
        Catalog again = ok(ahead.loadBundled());

        assertThat(first.models()).isEqualTo(ok(loader.loadBundled()).models());
        assertThat(first.eras()).isEqualTo(ok(loader.loadBundled()).eras());
        // Only the first call takes the read made ahead; a later one (the fallback) reads afresh.
        assertThat(again).isNotSameAs(first);
        assertThat(again.models()).isEqualTo(first.models());
    }
}
