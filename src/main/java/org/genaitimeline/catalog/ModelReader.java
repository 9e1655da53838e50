package org.genaitimeline.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private static final List<String> FIELDS = List.of("id", "name", "aliases", "date", "era", "eraNote",
            "developer", "family", "kind", "parameters", "openSource", "openSourceNote", "tables", "inFigure",
            "summary", "paper", "buildsOn", "book", "familyInferred");
    private static final List<String> BOOK_FIELDS = List.of("date", "parameters", "openSource",
            "openSourceParameters", "name", "developer", "tableRow", "figureParameters", "note");
    private static final CatalogText COUNT = CatalogText.of("catalog.expect.count");
    private static final List<String> FAMILIES = Arrays.stream(Family.values()).map(Family::id).toList();
    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::id).toList();
    private static final List<String> TABLES = Arrays.stream(BookTable.values()).map(BookTable::id).toList();

    private final Provenance.Origin origin;
    private final String fileName;

    /** @param fileName the name the models' provenance records (the detail pane shows it) */
    ModelReader(Provenance.Origin origin, String fileName) {
        this.origin = origin;
        this.fileName = fileName;
    }

    ModelDraft read(Located node, String path, Problems problems) {
        int before = problems.count();
        Fields f = Fields.open(node, path, problems, CatalogText.of("catalog.expect.model", "{\"id\": ..., \"name\": ..., ...}"), FIELDS);
        if (f == null) {
            return new ModelDraft(path, node, null, null, null, false, List.of(), List.of(), null, null);
        }
        String id = slug(f, problems);
        String name = f.text("name", true, CatalogText.of("catalog.model.name"));
        List<String> aliases = texts(f.strings("aliases", false, CatalogText.of("catalog.model.aliases")));
        PartialDate date = f.date("date", true);
        Located eraNode = f.typed("era", Located.Type.STRING, true, CatalogText.of("catalog.model.era"));
        Optional<Localized> eraNote = Optional.ofNullable(
                f.localized("eraNote", false, CatalogText.of("catalog.model.eraNote")));
        List<String> developer = texts(f.strings("developer", true, CatalogText.of("catalog.model.developer")));
        Family family = f.oneOf("family", CatalogText.of("catalog.what.family"), FAMILIES) == null ? null
                : Family.fromId(f.object().get("family").text()).orElseThrow();
        Kind kind = f.oneOf("kind", CatalogText.of("catalog.what.kind"), KINDS) == null ? null
                : Kind.fromId(f.object().get("kind").text()).orElseThrow();
        OptionalLong parameters = f.positive("parameters", true, true, CatalogText.of("catalog.expect.countOrNull"));
        Optional<Boolean> open = f.boolOrNull("openSource");
        Optional<Localized> openNote = Optional.ofNullable(
                f.localized("openSourceNote", false, CatalogText.of("catalog.model.openSourceNote")));
        List<BookTable> tables = tables(f);
        Boolean inFigure = f.bool("inFigure", true);
        Localized summary = f.localized("summary", true, CatalogText.of("catalog.model.summary"));
        Optional<Paper> paper = paper(f);
        List<Located> buildsOn = f.strings("buildsOn", false, CatalogText.of("catalog.model.buildsOn"));
        BookRead book = book(f);
        Optional<FamilyInference> inference = familyInference(f);
        int line = node.line();
        Model model = null;
        if (problems.count() == before) {
            model = new Model(id, name, aliases, date, eraNode.text(), eraNote, developer, family, kind, parameters,
                    open, openNote, tables, inFigure, summary, paper, texts(buildsOn), book.values(),
                    new Provenance(origin, fileName, line, inference));
        }
        return new ModelDraft(path, node, id, date, eraNode == null ? null : eraNode.text(), eraNote.isPresent()
                || f.has("eraNote"), buildsOn, tables, book.tableRow(), model);
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
        List<Located> items = f.strings("tables", false, CatalogText.of("catalog.model.tables"));
        for (Located item : items) {
            int i = v.items().indexOf(item);
            String ok = f.checkOneOf(item, f.path("tables") + "[" + i + "]", CatalogText.of("catalog.what.table"), TABLES);
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

    private static BookRead book(Fields f) {
        CatalogText expected = CatalogText.of("catalog.expect.book", "{\"date\": ..., \"parameters\": ..., ...}");
        Located v = f.typed("book", Located.Type.OBJECT, false, expected);
        if (v == null) {
            return new BookRead(BookValues.NONE, null);
        }
        Fields b = Fields.open(v, f.path("book"), f.problems(), expected, BOOK_FIELDS);
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
        OptionalLong figure = b.positive("figureParameters", false, false, COUNT);
        Optional<Localized> note = Optional.ofNullable(b.localized("note", false, CatalogText.of("catalog.model.bookNote")));
        BookValues values = new BookValues(date, parameters, open, openParameters, name, developer,
                row.isPresent() ? OptionalInt.of((int) row.getAsLong()) : OptionalInt.empty(), figure, note);
        return new BookRead(values, row.isPresent() ? rowNode : null);
    }

    private static List<String> texts(List<Located> nodes) {
        return nodes.stream().map(Located::text).toList();
    }
}
