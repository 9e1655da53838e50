package org.genaitimeline.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads one entry of {@code models} into a {@link ModelDraft}: every rule that concerns the
 * entry alone (types, required and unknown fields, dates, enums, sizes, URLs, texts in both
 * languages). Rules across entries or files live in {@link CatalogChecks}.
 */
final class ModelReader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final CatalogText SLUG_FORM = CatalogText.of("catalog.forms.slug");

    /** The newest schemaVersion, the one the app writes. */
    static final int VERSION = 2;
    private static final List<String> FIELDS = List.of("id", "name", "aliases", "date", "era", "eraNote",
            "developer", "family", "kind", "parameters", "openSource", "openSourceNote", "tables",
            "summary", "paper", "buildsOn", "book", "familyInferred");
    private static final List<String> BOOK_FIELDS = List.of("date", "parameters", "openSource",
            "openSourceParameters", "name", "developer", "tableRow", BookFigures.FIGURE_14_1,
            BookFigures.FIGURE_14_3, "note");
    /** Version 1 had these where version 2 has book.figure14_1 and book.figure14_3. */
    private static final String IN_FIGURE = "inFigure";
    private static final String FIGURE_PARAMETERS = "figureParameters";
    private static final CatalogText COUNT = CatalogText.of("catalog.expect.count");
    // The texts the reader reports against, made once rather than for every model.
    private static final CatalogText EXPECT_MODEL = CatalogText.of("catalog.expect.model", "{\"id\": ..., \"name\": ..., ...}");
    private static final CatalogText UNIQUE_ID = CatalogText.of("catalog.expect.uniqueId", SLUG_FORM);
    private static final CatalogText NAME = CatalogText.of("catalog.model.name");
    private static final CatalogText ALIASES = CatalogText.of("catalog.model.aliases");
    private static final CatalogText ERA = CatalogText.of("catalog.model.era");
    private static final Fields.Bilingual ERA_NOTE = Fields.Bilingual.of(CatalogText.of("catalog.model.eraNote"));
    private static final CatalogText DEVELOPER = CatalogText.of("catalog.model.developer");
    private static final CatalogText WHAT_FAMILY = CatalogText.of("catalog.what.family");
    private static final CatalogText WHAT_KIND = CatalogText.of("catalog.what.kind");
    private static final CatalogText COUNT_OR_NULL = CatalogText.of("catalog.expect.countOrNull");
    private static final Fields.Bilingual OPEN_NOTE = Fields.Bilingual.of(CatalogText.of("catalog.model.openSourceNote"));
    private static final Fields.Bilingual SUMMARY = Fields.Bilingual.of(CatalogText.of("catalog.model.summary"));
    private static final CatalogText BUILDS_ON = CatalogText.of("catalog.model.buildsOn");
    private static final CatalogText TABLES_EXPECTED = CatalogText.of("catalog.model.tables");
    private static final CatalogText WHAT_TABLE = CatalogText.of("catalog.what.table");
    private static final CatalogText EXPECT_PAPER = CatalogText.of("catalog.expect.paper",
            "{\"title\": ..., \"url\": \"https://...\"}");
    private static final List<String> PAPER_FIELDS = List.of("title", "url");
    private static final CatalogText PAPER_TITLE = CatalogText.of("catalog.model.paperTitle");
    private static final CatalogText PAPER_URL = CatalogText.of("catalog.model.paperUrl");
    private static final CatalogText EXPECT_INFERRED = CatalogText.of("catalog.expect.familyInferred",
            "{\"rule\": ..., \"columns\": [...]}");
    private static final List<String> INFERRED_FIELDS = List.of("rule", "columns");
    private static final CatalogText FAMILY_RULE = CatalogText.of("catalog.model.familyRule");
    private static final CatalogText FAMILY_COLUMNS = CatalogText.of("catalog.model.familyColumns");
    private static final CatalogText EXPECT_BOOK = CatalogText.of("catalog.expect.book",
            "{\"date\": ..., \"parameters\": ..., ...}");
    private static final Fields.Bilingual BOOK_NAME = Fields.Bilingual.of(CatalogText.of("catalog.model.bookName"));
    private static final Fields.Bilingual BOOK_DEVELOPER = Fields.Bilingual.of(CatalogText.of("catalog.model.bookDeveloper"));
    private static final CatalogText BOOK_ROW = CatalogText.of("catalog.model.bookRow");
    private static final Fields.Bilingual BOOK_NOTE = Fields.Bilingual.of(CatalogText.of("catalog.model.bookNote"));
    private static final List<String> FAMILIES = Arrays.stream(Family.values()).map(Family::id).toList();
    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::id).toList();
    private static final List<String> TABLES = Arrays.stream(BookTable.values()).map(BookTable::id).toList();

    private final Provenance.Origin origin;
    private final boolean records;
    private final String fileName;
    private final int version;
    // Made once per file, not once per model.
    private final List<String> modelFields;
    private final List<String> bookFields;
    private final Map<String, String> modelReplaced;
    private final Map<String, String> bookReplaced;
    private final Map<String, String> pool = new java.util.HashMap<>();
    private static final int POOL = 10_000;

    /**
     * @param fileName the name the models' provenance records (the detail pane shows it)
     * @param version the file's schemaVersion, 1 or 2
     * @param records whether the drafts get their models' records ({@code --validate} wants none: every
     *     check runs on the drafts)
     */
    ModelReader(Provenance.Origin origin, String fileName, int version, boolean records) {
        this.records = records;
        this.origin = origin;
        this.fileName = fileName;
        this.version = version;
        this.modelFields = modelFields();
        this.bookFields = bookFields();
        this.modelReplaced = replaced(IN_FIGURE, "\"book\": {\"figure14_1\": {...}}");
        this.bookReplaced = replaced(FIGURE_PARAMETERS, "\"figure14_3\": {\"date\": ..., \"value\": ..., \"label\": ...}");
    }

    /** The fields of a model in this file's version (version 1 had inFigure after tables). */
    private List<String> modelFields() {
        if (version != 1) {
            return FIELDS;
        }
        List<String> out = new ArrayList<>(FIELDS);
        out.add(out.indexOf("tables") + 1, IN_FIGURE);
        return out;
    }

    /** The fields of a book object in this file's version (version 1 had figureParameters before note). */
    private List<String> bookFields() {
        List<String> out = new ArrayList<>(BOOK_FIELDS);
        if (version == 1) {
            out.removeAll(List.of(BookFigures.FIGURE_14_1, BookFigures.FIGURE_14_3));
            out.add(out.indexOf("note"), FIGURE_PARAMETERS);
        }
        return out;
    }

    /** A version 1 field met in a newer file, with what replaced it. */
    private Map<String, String> replaced(String field, String instead) {
        return version == 1 ? Map.of() : Map.of(field, instead);
    }

    /** The entry at {@code models[index]}. */
    ModelDraft read(Located node, int index, Problems problems) {
        int before = problems.count();
        Fields f = Fields.openItem(node, "models", index, problems, EXPECT_MODEL, modelFields, modelReplaced);
        if (f == null) {
            return new ModelDraft(index, null, 0, null, 0, null, 0, false, List.of(), List.of(), null, null);
        }
        String id = slug(f, problems);
        String name = f.text("name", true, NAME);
        List<Located> aliasNodes = f.strings("aliases", false, ALIASES);
        PartialDate date = f.date("date", true);
        Located eraNode = f.typed("era", Located.Type.STRING, true, ERA);
        String era = eraNode == null ? null : shared(eraNode.text());
        Optional<Localized> eraNote = Optional.ofNullable(f.localized("eraNote", false, ERA_NOTE));
        List<Located> developerNodes = f.strings("developer", true, DEVELOPER);
        String familyId = f.oneOf("family", WHAT_FAMILY, FAMILIES);
        Family family = familyId == null ? null : Family.fromId(familyId).orElseThrow();
        String kindId = f.oneOf("kind", WHAT_KIND, KINDS);
        Kind kind = kindId == null ? null : Kind.fromId(kindId).orElseThrow();
        OptionalLong parameters = f.positive("parameters", true, true, COUNT_OR_NULL);
        Optional<Boolean> open = f.boolOrNull("openSource");
        Optional<Localized> openNote = Optional.ofNullable(f.localized("openSourceNote", false, OPEN_NOTE));
        List<BookTable> tables = tables(f);
        Boolean inFigure = version == 1 ? f.bool(IN_FIGURE, true) : null;
        Localized summary = f.localized("summary", true, SUMMARY);
        Optional<Paper> paper = paper(f);
        List<Located> buildsOn = f.strings("buildsOn", false, BUILDS_ON);
        BookRead book = book(f, Boolean.TRUE.equals(inFigure), family, date, name);
        Optional<FamilyInference> inference = familyInference(f);
        int line = node.line();
        Model model = null;
        if (records && problems.count() == before) {
            List<String> aliases = texts(aliasNodes);
            List<String> developer = shared(texts(developerNodes));
            model = new Model(id, name, aliases, date, era, eraNote, developer, family, kind, parameters,
                    open, openNote, tables, summary, paper, texts(buildsOn), book.values(),
                    new Provenance(origin, fileName, line, inference));
        }
        return new ModelDraft(index, id, id == null ? 0 : ModelDraft.place(node.get("id")), date,
                date == null ? 0 : ModelDraft.place(node.get("date")), era, ModelDraft.place(eraNode),
                eraNote.isPresent() || f.has("eraNote"),
                links(node.get("buildsOn"), buildsOn), tables, book.tableRow(), model);
    }

    /** The good items of a list (as {@link Fields#strings} keeps them) with their places in it, in one pass. */
    private static List<ModelDraft.Link> links(Located array, List<Located> good) {
        if (good.isEmpty()) {
            return List.of();
        }
        List<ModelDraft.Link> out = new ArrayList<>(good.size());
        int next = 0;
        for (int i = 0; i < array.size() && next < good.size(); i++) {
            if (array.item(i) == good.get(next)) {
                out.add(new ModelDraft.Link(good.get(next++), i));
            }
        }
        return out;
    }

    private static String slug(Fields f, Problems problems) {
        String id = f.text("id", true, UNIQUE_ID);
        if (id != null && !isSlug(id)) {
            problems.at(f.object().get("id"), f.path("id"), CatalogText.of("catalog.value.badId", id, SLUG_FORM));
            return null;
        }
        return id;
    }

    /** Whether an id matches {@link #SLUG} (lowercase ASCII letters and digits joined by single hyphens), without a matcher. */
    static boolean isSlug(String id) {
        int n = id.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (i == 0 || i == n - 1 || id.charAt(i - 1) == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static List<BookTable> tables(Fields f) {
        Located v = f.object().get("tables");
        if (v == null) {
            return List.of();
        }
        List<BookTable> out = new ArrayList<>();
        List<Located> good = f.strings("tables", false, TABLES_EXPECTED);
        for (ModelDraft.Link item : links(v, good)) {
            String ok = f.checkOneOf(item.target(), "tables", item.index(), WHAT_TABLE, TABLES);
            if (ok != null) {
                out.add(BookTable.fromId(ok).orElseThrow());
            }
        }
        return out;
    }

    /** An optional object field opened for its own fields; null when absent or not an object. */
    private static Fields nested(Fields f, String field, CatalogText expected, List<String> known) {
        Located v = f.typed(field, Located.Type.OBJECT, false, expected);
        return v == null ? null : f.nested(v, field, expected, known);
    }

    private static Optional<Paper> paper(Fields f) {
        if (!f.has("paper")) {
            return Optional.empty();
        }
        Fields p = nested(f, "paper", EXPECT_PAPER, PAPER_FIELDS);
        if (p == null) {
            return Optional.empty();
        }
        Located v = p.object();
        String title = p.text("title", true, PAPER_TITLE);
        String url = p.text("url", true, PAPER_URL);
        if (url != null && !isHttps(url)) {
            p.problems().at(v.get("url"), p.path("url"), CatalogText.of("catalog.value.notHttps", url));
            return Optional.empty();
        }
        return title == null || url == null ? Optional.empty() : Optional.of(new Paper(title, url));
    }

    /** Written by the JSON export of an imported model, so a pasted-back model still says its type was guessed. */
    private static Optional<FamilyInference> familyInference(Fields f) {
        if (!f.has("familyInferred")) {
            return Optional.empty();
        }
        Fields i = nested(f, "familyInferred", EXPECT_INFERRED, INFERRED_FIELDS);
        if (i == null) {
            return Optional.empty();
        }
        String rule = i.text("rule", true, FAMILY_RULE);
        List<Located> columns = i.strings("columns", true, FAMILY_COLUMNS);
        return rule == null ? Optional.empty() : Optional.of(new FamilyInference(rule, texts(columns)));
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The book's values and the position of its table row (for the duplicate-row check). */
    private record BookRead(BookValues values, Located tableRow) {
    }

    private BookRead book(Fields f, boolean inFigure, Family family, PartialDate modelDate, String modelName) {
        CatalogText expected = EXPECT_BOOK;
        Located v = f.typed("book", Located.Type.OBJECT, false, expected);
        if (v == null) {
            return new BookRead(version == 1 ? new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
                    OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                    BookFigures.fromVersion1(inFigure, family, modelDate, Optional.empty(), modelName),
                    Optional.empty(), Optional.empty()) : BookValues.NONE, null);
        }
        Fields b = f.nested(v, "book", expected, bookFields, bookReplaced);
        Optional<PartialDate> date = Optional.ofNullable(b.date("date", false));
        OptionalLong parameters = b.positive("parameters", false, false, COUNT);
        Optional<Boolean> open = Optional.ofNullable(b.bool("openSource", false));
        OptionalLong openParameters = b.positive("openSourceParameters", false, false, COUNT);
        Optional<Localized> name = Optional.ofNullable(b.localized("name", false, BOOK_NAME));
        Optional<Localized> developer = Optional.ofNullable(b.localized("developer", false, BOOK_DEVELOPER));
        OptionalLong row = b.positive("tableRow", false, false, BOOK_ROW);
        Located rowNode = v.get("tableRow");
        if (row.isPresent() && row.getAsLong() > Integer.MAX_VALUE) {
            f.problems().at(rowNode, b.path("tableRow"), CatalogText.of("catalog.model.rowTooLarge", row.getAsLong()));
            row = OptionalLong.empty();
        }
        Located t = f.object().get("tables");
        boolean inNoTable = t == null || t.is(Located.Type.ARRAY) && t.size() == 0;
        if (row.isPresent() && inNoTable) {
            f.problems().at(rowNode, b.path("tableRow"),
                    CatalogText.of("catalog.model.noTable", "\"tables\": [\"14-1\"]", "[\"14-2\"]"));
            row = OptionalLong.empty();
        }
        Optional<Figure14x1Entry> figure14x1;
        Optional<Figure14x3Point> figure14x3;
        if (version == 1) {
            OptionalLong figure = b.positive(FIGURE_PARAMETERS, false, false, COUNT);
            figure14x1 = BookFigures.fromVersion1(inFigure, family, modelDate, date, modelName);
            figure14x3 = BookFigures.fromVersion1(figure, modelDate, date, modelName);
        } else {
            figure14x1 = BookFigures.figure14x1(b);
            figure14x3 = BookFigures.figure14x3(b);
        }
        Optional<Localized> note = Optional.ofNullable(b.localized("note", false, BOOK_NOTE));
        BookValues values = new BookValues(date, parameters, open, openParameters, name, developer,
                row.isPresent() ? OptionalInt.of((int) row.getAsLong()) : OptionalInt.empty(), figure14x1, figure14x3,
                note);
        return new BookRead(values, row.isPresent() ? rowNode : null);
    }

    /**
     * One copy of a text many models repeat (an era, a developer): the parser makes a new
     * string for each, and a catalog of 300,000 models would keep 300,000 copies of the same
     * few. The pool is capped, so that a file of all different values costs no more than before.
     */
    private String shared(String text) {
        String first = pool.get(text);
        if (first != null) {
            return first;
        }
        if (pool.size() < POOL) {
            pool.put(text, text);
        }
        return text;
    }

    private List<String> shared(List<String> texts) {
        String[] out = new String[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = shared(texts.get(i));
        }
        return List.of(out);
    }

    private static List<String> texts(List<Located> nodes) {
        String[] out = new String[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = nodes.get(i).text();
        }
        return List.of(out);
    }
}
