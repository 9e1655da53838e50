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
    private static final List<String> FAMILIES = Arrays.stream(Family.values()).map(Family::id).toList();
    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::id).toList();
    private static final List<String> TABLES = Arrays.stream(BookTable.values()).map(BookTable::id).toList();

    private final Provenance.Origin origin;
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
     */
    ModelReader(Provenance.Origin origin, String fileName, int version) {
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
        String path = "models[" + index + "]";
        int before = problems.count();
        Fields f = Fields.open(node, path, problems, CatalogText.of("catalog.expect.model", "{\"id\": ..., \"name\": ..., ...}"),
                modelFields, modelReplaced);
        if (f == null) {
            return new ModelDraft(index, null, null, null, null, null, null, false, List.of(), List.of(), null, null);
        }
        String id = slug(f, problems);
        String name = f.text("name", true, CatalogText.of("catalog.model.name"));
        List<String> aliases = texts(f.strings("aliases", false, CatalogText.of("catalog.model.aliases")));
        PartialDate date = f.date("date", true);
        Located eraNode = f.typed("era", Located.Type.STRING, true, CatalogText.of("catalog.model.era"));
        String era = eraNode == null ? null : shared(eraNode.text());
        Optional<Localized> eraNote = Optional.ofNullable(
                f.localized("eraNote", false, CatalogText.of("catalog.model.eraNote")));
        List<String> developer = shared(texts(f.strings("developer", true, CatalogText.of("catalog.model.developer"))));
        Family family = f.oneOf("family", CatalogText.of("catalog.what.family"), FAMILIES) == null ? null
                : Family.fromId(f.object().get("family").text()).orElseThrow();
        Kind kind = f.oneOf("kind", CatalogText.of("catalog.what.kind"), KINDS) == null ? null
                : Kind.fromId(f.object().get("kind").text()).orElseThrow();
        OptionalLong parameters = f.positive("parameters", true, true, CatalogText.of("catalog.expect.countOrNull"));
        Optional<Boolean> open = f.boolOrNull("openSource");
        Optional<Localized> openNote = Optional.ofNullable(
                f.localized("openSourceNote", false, CatalogText.of("catalog.model.openSourceNote")));
        List<BookTable> tables = tables(f);
        Boolean inFigure = version == 1 ? f.bool(IN_FIGURE, true) : null;
        Localized summary = f.localized("summary", true, CatalogText.of("catalog.model.summary"));
        Optional<Paper> paper = paper(f);
        List<Located> buildsOn = f.strings("buildsOn", false, CatalogText.of("catalog.model.buildsOn"));
        BookRead book = book(f, Boolean.TRUE.equals(inFigure), family, date, name);
        Optional<FamilyInference> inference = familyInference(f);
        int line = node.line();
        Model model = null;
        if (problems.count() == before) {
            model = new Model(id, name, aliases, date, era, eraNote, developer, family, kind, parameters,
                    open, openNote, tables, summary, paper, texts(buildsOn), book.values(),
                    new Provenance(origin, fileName, line, inference));
        }
        return new ModelDraft(index, id, id == null ? null : ModelDraft.At.of(node.get("id")), date,
                date == null ? null : ModelDraft.At.of(node.get("date")), era, ModelDraft.At.of(eraNode),
                eraNote.isPresent() || f.has("eraNote"),
                links(node.get("buildsOn"), buildsOn), tables, book.tableRow(), model);
    }

    /** The good items of a list (as {@link Fields#strings} keeps them) with their places in it, in one pass. */
    private static List<ModelDraft.Link> links(Located array, List<Located> good) {
        if (good.isEmpty()) {
            return List.of();
        }
        List<ModelDraft.Link> out = new ArrayList<>(good.size());
        List<Located> items = array.items();
        int next = 0;
        for (int i = 0; i < items.size() && next < good.size(); i++) {
            if (items.get(i) == good.get(next)) {
                out.add(new ModelDraft.Link(good.get(next++), i));
            }
        }
        return out;
    }

    private static String slug(Fields f, Problems problems) {
        String id = f.text("id", true, CatalogText.of("catalog.expect.uniqueId", SLUG_FORM));
        if (id != null && !SLUG.matcher(id).matches()) {
            problems.at(f.object().get("id"), f.path("id"), CatalogText.of("catalog.value.badId", id, SLUG_FORM));
            return null;
        }
        return id;
    }

    private static List<BookTable> tables(Fields f) {
        Located v = f.object().get("tables");
        List<BookTable> out = new ArrayList<>();
        List<Located> good = f.strings("tables", false, CatalogText.of("catalog.model.tables"));
        for (ModelDraft.Link item : links(v, good)) {
            String ok = f.checkOneOf(item.target(), f.path("tables") + "[" + item.index() + "]",
                    CatalogText.of("catalog.what.table"), TABLES);
            if (ok != null) {
                out.add(BookTable.fromId(ok).orElseThrow());
            }
        }
        return out;
    }

    /** An optional object field opened for its own fields; null when absent or not an object. */
    private static Fields nested(Fields f, String field, CatalogText expected, List<String> known) {
        Located v = f.typed(field, Located.Type.OBJECT, false, expected);
        return v == null ? null : Fields.open(v, f.path(field), f.problems(), expected, known);
    }

    private static Optional<Paper> paper(Fields f) {
        Fields p = nested(f, "paper", CatalogText.of("catalog.expect.paper",
                "{\"title\": ..., \"url\": \"https://...\"}"), List.of("title", "url"));
        if (p == null) {
            return Optional.empty();
        }
        Located v = p.object();
        String title = p.text("title", true, CatalogText.of("catalog.model.paperTitle"));
        String url = p.text("url", true, CatalogText.of("catalog.model.paperUrl"));
        if (url != null && !isHttps(url)) {
            p.problems().at(v.get("url"), p.path("url"), CatalogText.of("catalog.value.notHttps", url));
            return Optional.empty();
        }
        return title == null || url == null ? Optional.empty() : Optional.of(new Paper(title, url));
    }

    /** Written by the JSON export of an imported model, so a pasted-back model still says its type was guessed. */
    private static Optional<FamilyInference> familyInference(Fields f) {
        Fields i = nested(f, "familyInferred", CatalogText.of("catalog.expect.familyInferred",
                "{\"rule\": ..., \"columns\": [...]}"), List.of("rule", "columns"));
        if (i == null) {
            return Optional.empty();
        }
        String rule = i.text("rule", true, CatalogText.of("catalog.model.familyRule"));
        List<Located> columns = i.strings("columns", true, CatalogText.of("catalog.model.familyColumns"));
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
        CatalogText expected = CatalogText.of("catalog.expect.book", "{\"date\": ..., \"parameters\": ..., ...}");
        Located v = f.typed("book", Located.Type.OBJECT, false, expected);
        if (v == null) {
            return new BookRead(version == 1 ? new BookValues(Optional.empty(), OptionalLong.empty(), Optional.empty(),
                    OptionalLong.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                    BookFigures.fromVersion1(inFigure, family, modelDate, Optional.empty(), modelName),
                    Optional.empty(), Optional.empty()) : BookValues.NONE, null);
        }
        Fields b = Fields.open(v, f.path("book"), f.problems(), expected, bookFields, bookReplaced);
        Optional<PartialDate> date = Optional.ofNullable(b.date("date", false));
        OptionalLong parameters = b.positive("parameters", false, false, COUNT);
        Optional<Boolean> open = Optional.ofNullable(b.bool("openSource", false));
        OptionalLong openParameters = b.positive("openSourceParameters", false, false, COUNT);
        Optional<Localized> name = Optional.ofNullable(b.localized("name", false, CatalogText.of("catalog.model.bookName")));
        Optional<Localized> developer = Optional.ofNullable(
                b.localized("developer", false, CatalogText.of("catalog.model.bookDeveloper")));
        OptionalLong row = b.positive("tableRow", false, false, CatalogText.of("catalog.model.bookRow"));
        Located rowNode = v.get("tableRow");
        if (row.isPresent() && row.getAsLong() > Integer.MAX_VALUE) {
            f.problems().at(rowNode, b.path("tableRow"), CatalogText.of("catalog.model.rowTooLarge", row.getAsLong()));
            row = OptionalLong.empty();
        }
        Located t = f.object().get("tables");
        boolean inNoTable = t == null || t.is(Located.Type.ARRAY) && t.items().isEmpty();
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
        Optional<Localized> note = Optional.ofNullable(b.localized("note", false, CatalogText.of("catalog.model.bookNote")));
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
