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
    static final String SLUG_FORM = "lowercase letters and digits joined by single hyphens, e.g. gpt-3";

    private static final List<String> FIELDS = List.of("id", "name", "aliases", "date", "era", "eraNote",
            "developer", "family", "kind", "parameters", "openSource", "openSourceNote", "tables", "inFigure",
            "summary", "paper", "buildsOn", "book");
    private static final List<String> BOOK_FIELDS = List.of("date", "parameters", "openSource",
            "openSourceParameters", "name", "developer", "tableRow", "figureParameters", "note");
    private static final String COUNT = "a whole number of parameters above 0, e.g. 175000000000";
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
        Fields f = Fields.open(node, path, problems, "a model: {\"id\": ..., \"name\": ..., ...}", FIELDS);
        if (f == null) {
            return new ModelDraft(path, node, null, null, null, false, List.of(), List.of(), null, null);
        }
        String id = slug(f, problems);
        String name = f.text("name", true, "the name as the book writes it");
        List<String> aliases = texts(f.strings("aliases", false, "other names as strings"));
        PartialDate date = f.date("date", true);
        Located eraNode = f.typed("era", Located.Type.STRING, true, "an era id from eras.json");
        Optional<Localized> eraNote = Optional.ofNullable(
                f.localized("eraNote", false, "why the book places the model in this era"));
        List<String> developer = texts(f.strings("developer", true, "organisations as strings"));
        Family family = f.oneOf("family", "family", FAMILIES) == null ? null
                : Family.fromId(f.object().get("family").text()).orElseThrow();
        Kind kind = f.oneOf("kind", "kind", KINDS) == null ? null
                : Kind.fromId(f.object().get("kind").text()).orElseThrow();
        OptionalLong parameters = f.positive("parameters", true, true, COUNT + ", or null when unknown");
        Boolean open = f.bool("openSource", true);
        Optional<String> openNote = Optional.ofNullable(f.text("openSourceNote", false, "a note as a string"));
        List<BookTable> tables = tables(f);
        Boolean inFigure = f.bool("inFigure", true);
        Localized summary = f.localized("summary", true, "one or two sentences");
        Optional<Paper> paper = paper(f);
        List<Located> buildsOn = f.strings("buildsOn", false, "model ids");
        BookRead book = book(f);
        int line = node.line();
        Model model = null;
        if (problems.count() == before) {
            model = new Model(id, name, aliases, date, eraNode.text(), eraNote, developer, family, kind, parameters,
                    open, openNote, tables, inFigure, summary, paper, texts(buildsOn), book.values(),
                    new Provenance(origin, fileName, line));
        }
        return new ModelDraft(path, node, id, date, eraNode == null ? null : eraNode.text(), eraNote.isPresent()
                || f.has("eraNote"), buildsOn, tables, book.tableRow(), model);
    }

    private static String slug(Fields f, Problems problems) {
        String id = f.text("id", true, "a unique id: " + SLUG_FORM);
        if (id != null && !SLUG.matcher(id).matches()) {
            problems.at(f.object().get("id"), f.path("id"), "\"" + id + "\" is not a valid id (" + SLUG_FORM + ")");
            return null;
        }
        return id;
    }

    private static List<BookTable> tables(Fields f) {
        Located v = f.object().get("tables");
        List<BookTable> out = new ArrayList<>();
        List<Located> items = f.strings("tables", false, "book table ids (14-1, 14-2)");
        for (Located item : items) {
            int i = v.items().indexOf(item);
            String ok = f.checkOneOf(item, f.path("tables") + "[" + i + "]", "table", TABLES);
            if (ok != null) {
                out.add(BookTable.fromId(ok).orElseThrow());
            }
        }
        return out;
    }

    private static Optional<Paper> paper(Fields f) {
        String expected = "the primary source: {\"title\": ..., \"url\": \"https://...\"}";
        Located v = f.typed("paper", Located.Type.OBJECT, false, expected);
        if (v == null) {
            return Optional.empty();
        }
        Fields p = Fields.open(v, f.path("paper"), f.problems(), expected, List.of("title", "url"));
        String title = p.text("title", true, "the paper's title");
        String url = p.text("url", true, "an https:// address");
        if (url != null && !isHttps(url)) {
            p.problems().at(v.get("url"), p.path("url"), "\"" + url + "\" is not an https address (https://...)");
            return Optional.empty();
        }
        return title == null || url == null ? Optional.empty() : Optional.of(new Paper(title, url));
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
        String expected = "what the book prints: {\"date\": ..., \"parameters\": ..., ...}";
        Located v = f.typed("book", Located.Type.OBJECT, false, expected);
        if (v == null) {
            return new BookRead(BookValues.NONE, null);
        }
        Fields b = Fields.open(v, f.path("book"), f.problems(), expected, BOOK_FIELDS);
        Optional<PartialDate> date = Optional.ofNullable(b.date("date", false));
        OptionalLong parameters = b.positive("parameters", false, false, COUNT);
        Optional<Boolean> open = Optional.ofNullable(b.bool("openSource", false));
        OptionalLong openParameters = b.positive("openSourceParameters", false, false, COUNT);
        Optional<Localized> name = Optional.ofNullable(b.localized("name", false, "the name as the table prints it"));
        Optional<Localized> developer = Optional.ofNullable(
                b.localized("developer", false, "the developer cell as printed"));
        OptionalLong row = b.positive("tableRow", false, false, "the model's row in its book table: 1, 2, 3, ...");
        Located rowNode = v.get("tableRow");
        if (row.isPresent() && row.getAsLong() > Integer.MAX_VALUE) {
            f.problems().at(rowNode, b.path("tableRow"), row.getAsLong() + " is too large (a row of a book table)");
            row = OptionalLong.empty();
        }
        Located t = f.object().get("tables");
        boolean inNoTable = t == null || t.is(Located.Type.ARRAY) && t.items().isEmpty();
        if (row.isPresent() && inNoTable) {
            f.problems().at(rowNode, b.path("tableRow"),
                    "the model is in no book table (add \"tables\": [\"14-1\"] or [\"14-2\"], or remove tableRow)");
            row = OptionalLong.empty();
        }
        OptionalLong figure = b.positive("figureParameters", false, false, COUNT);
        Optional<Localized> note = Optional.ofNullable(b.localized("note", false, "what differs and why"));
        BookValues values = new BookValues(date, parameters, open, openParameters, name, developer,
                row.isPresent() ? OptionalInt.of((int) row.getAsLong()) : OptionalInt.empty(), figure, note);
        return new BookRead(values, row.isPresent() ? rowNode : null);
    }

    private static List<String> texts(List<Located> nodes) {
        return nodes.stream().map(Located::text).toList();
    }
}
