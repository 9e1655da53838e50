package org.genaitimeline.savedview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genaitimeline.catalog.FileAccess;
import org.genaitimeline.catalog.JsonPositions;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.figure.GrowthOptions;
import org.genaitimeline.figure.Orientation;
import org.genaitimeline.figure.TimelineOptions;
import org.genaitimeline.figure.YearSpan;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;
import org.genaitimeline.theme.Theme;

/**
 * Reads and writes view files ({@code {"schemaVersion": 1, "tab": "timeline", ...}}) and
 * decks ({@code {"schemaVersion": 1, "deck": [view, view, ...]}}). Reading is strict: an
 * unknown field, a wrong type or an unknown value is refused with the file, line and column
 * and the allowed values, in the reader's language; missing sections take their defaults, so
 * a hand-written view can be as short as {@code {"schemaVersion": 1, "tab": "growth"}}.
 */
public final class ViewCodec {

    private static final List<String> VIEW_FIELDS = List.of("schemaVersion", "tab", "language", "theme",
            "selection", "filters", "timeline", "growth", "lineage", "table");
    private static final List<String> TIMELINE_FIELDS = List.of("from", "to", "orientation", "bookFigureOnly",
            "hideFiltered", "lineage");
    private static final List<String> GROWTH_FIELDS = List.of("logScale", "trends", "trendPerEra", "allFamilies",
            "bookFigureOnly", "from", "to");
    private static final List<String> TABLE_PRESETS = List.of("14-1", "14-2", "all");

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Messages messages;

    public ViewCodec(Messages messages) {
        this.messages = messages;
    }

    /** One view as JSON text. */
    public String write(SavedView view) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SavedView.SCHEMA_VERSION);
        fill(root, view);
        return text(root);
    }

    /** A deck as JSON text. */
    public String writeDeck(List<SavedView> views) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SavedView.SCHEMA_VERSION);
        ArrayNode deck = root.putArray("deck");
        for (SavedView v : views) {
            fill(deck.addObject(), v);
        }
        return text(root);
    }

    /** Reads a view file (a list of one) or a deck file (its views, in order). */
    public List<SavedView> read(Path file) throws ViewFileException {
        String text;
        try {
            var refusal = FileAccess.refuseReading(file);
            if (refusal.isPresent()) {
                throw fileProblem(file, refusal.get().text().in(messages.language()));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw fileProblem(file, messages.get("view.error.tooLarge", Files.size(file) / 1024, MAX_BYTES / 1024));
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fileProblem(file, messages.get("view.error.read", FileAccess.reason(e).in(messages.language())));
        }
        return read(file.getFileName().toString(), text);
    }

    /**
     * A deck of a hundred views is about 100 KiB; anything this large is not a view file, and
     * reading it whole (a mistaken video, an endless device) would only exhaust memory.
     */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private ViewFileException fileProblem(Path file, String why) {
        return new ViewFileException(messages.get("view.error.file", file.getFileName(), why), 0, 0);
    }

    /** Reads view or deck text; {@code name} names the file in messages. */
    public List<SavedView> read(String name, String text) throws ViewFileException {
        JsonNode root = tree(name, text);
        ViewFieldReader r = reader(name, text);
        r.object(root, "", null);
        long version = r.wholeRequired(root, "", "schemaVersion");
        if (version != SavedView.SCHEMA_VERSION) {
            throw r.fail("/schemaVersion", "view.error.schema", SavedView.SCHEMA_VERSION, version);
        }
        if (root.has("deck")) {
            r.object(root, "", List.of("schemaVersion", "deck"));
            JsonNode deck = root.get("deck");
            if (!deck.isArray()) {
                throw r.fail("/deck", "view.error.list", "deck");
            }
            if (deck.isEmpty()) {
                throw r.fail("/deck", "view.error.emptyDeck");
            }
            List<SavedView> views = new ArrayList<>();
            for (int i = 0; i < deck.size(); i++) {
                views.add(view(r, deck.get(i), "/deck/" + i));
            }
            return List.copyOf(views);
        }
        return List.of(view(r, root, ""));
    }

    /** A {@code filters} object on its own ({@code --query} at start-up); {@code name} names it in messages. */
    public ModelQuery readFilters(String name, String text) throws ViewFileException {
        return QueryJson.read(reader(name, text), tree(name, text), "");
    }

    private JsonNode tree(String name, String text) throws ViewFileException {
        if (text.isBlank()) {
            throw new ViewFileException(messages.get("view.error.file", name, messages.get("view.error.empty")), 0, 0);
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ViewFileException(messages.get("view.error.at", name, line, column,
                    messages.get("view.error.syntax", e.getOriginalMessage())), line, column);
        }
    }

    private ViewFieldReader reader(String name, String text) {
        return new ViewFieldReader(name, JsonPositions.of(text), messages);
    }

    private SavedView view(ViewFieldReader r, JsonNode node, String at) throws ViewFileException {
        r.object(node, at, VIEW_FIELDS);
        SavedView.Tab tab = SavedView.Tab.fromId(r.choice(node, at, "tab", "timeline",
                Arrays.stream(SavedView.Tab.values()).map(SavedView.Tab::id).toList())).orElseThrow();
        Language language = Language.fromCode(r.choice(node, at, "language", messages.language().code(),
                List.of("en", "zh")));
        Theme theme = Theme.fromId(r.choice(node, at, "theme", "light", Arrays.stream(Theme.values()).map(Theme::id).toList()))
                .orElseThrow();
        String selection = r.text(node, at, "selection", null);
        JsonNode filters = node.get("filters");
        var query = filters == null ? ModelQuery.ALL
                : QueryJson.read(r, filters, at + "/filters");
        JsonNode t = node.get("timeline");
        TimelineOptions timeline = t == null ? TimelineOptions.DEFAULT : timeline(r, t, at + "/timeline");
        JsonNode g = node.get("growth");
        GrowthOptions growth = g == null ? GrowthOptions.DEFAULT : growth(r, g, at + "/growth");
        JsonNode l = node.get("lineage");
        var lineage = l == null ? org.genaitimeline.figure.LineageOptions.DEFAULT
                : LineageJson.read(r, l, at + "/lineage");
        String table = node.has("table") ? r.choice(node, at, "table", null, TABLE_PRESETS) : null;
        return new SavedView(tab, query, selection, timeline, growth, lineage, table, theme, language);
    }

    /**
     * A missing field keeps its default: files written before a switch existed still open. The
     * range is optional, as the growth chart's is: without one the timeline fits its models.
     */
    private static TimelineOptions timeline(ViewFieldReader r, JsonNode t, String at) throws ViewFileException {
        TimelineOptions d = TimelineOptions.DEFAULT;
        r.object(t, at, TIMELINE_FIELDS);
        Orientation orientation = Orientation.parse(r.choice(t, at, "orientation", d.orientation().id(),
                Arrays.stream(Orientation.values()).map(Orientation::id).toList()));
        TimelineOptions switches = d.withOrientation(orientation)
                .withBookFigureOnly(r.bool(t, at, "bookFigureOnly", d.bookFigureOnly()))
                .withHideFiltered(r.bool(t, at, "hideFiltered", d.hideFiltered()))
                .withLineage(r.bool(t, at, "lineage", d.lineage()));
        if (!t.has("from") && !t.has("to")) {
            return switches;
        }
        double from = r.rangeEnd(t, at, "from");
        double to = r.rangeEnd(t, at, "to");
        requirePair(r, t, at);
        if (!(to > from)) {
            throw r.fail(at + "/to", "view.error.range", String.valueOf(from), String.valueOf(to));
        }
        return switches.withRange(from, to);
    }

    /** A range comes as a pair: one end alone is a mistake, not half a range. */
    private static void requirePair(ViewFieldReader r, JsonNode node, String at) throws ViewFileException {
        for (String end : List.of("from", "to")) {
            if (!node.has(end)) {
                throw r.fail(at, "view.error.missing", end);
            }
        }
    }

    private static GrowthOptions growth(ViewFieldReader r, JsonNode g, String at) throws ViewFileException {
        GrowthOptions d = GrowthOptions.DEFAULT;
        r.object(g, at, GROWTH_FIELDS);
        GrowthOptions switches = new GrowthOptions(r.bool(g, at, "logScale", d.logScale()),
                r.bool(g, at, "trends", d.trends()), r.bool(g, at, "trendPerEra", d.trendPerEra()),
                r.bool(g, at, "allFamilies", d.allFamilies()))
                .withBookFigureOnly(r.bool(g, at, "bookFigureOnly", d.bookFigureOnly()));
        // The x span is optional (the chart then fits the data), but it comes as a pair.
        if (!g.has("from") && !g.has("to")) {
            return switches;
        }
        requirePair(r, g, at);
        double from = r.rangeEnd(g, at, "from");
        double to = r.rangeEnd(g, at, "to");
        if (!(to > from)) {
            throw r.fail(at + "/to", "view.error.growthRange", String.valueOf(from), String.valueOf(to));
        }
        return switches.withYears(new YearSpan(from, to));
    }

    private void fill(ObjectNode o, SavedView v) {
        o.put("tab", v.tab().id());
        o.put("language", v.language().code());
        o.put("theme", v.theme().id());
        if (v.selection() != null) {
            o.put("selection", v.selection());
        }
        o.set("filters", QueryJson.write(v.query()));
        ObjectNode t = o.putObject("timeline");
        if (!v.timeline().fitsData()) {
            t.put("from", v.timeline().from());
            t.put("to", v.timeline().to());
        }
        t.put("orientation", v.timeline().orientation().id());
        t.put("bookFigureOnly", v.timeline().bookFigureOnly());
        t.put("hideFiltered", v.timeline().hideFiltered());
        t.put("lineage", v.timeline().lineage());
        ObjectNode g = o.putObject("growth");
        g.put("logScale", v.growth().logScale());
        g.put("trends", v.growth().trends());
        g.put("trendPerEra", v.growth().trendPerEra());
        g.put("allFamilies", v.growth().allFamilies());
        g.put("bookFigureOnly", v.growth().bookFigureOnly());
        v.growth().years().ifPresent(span -> g.put("from", span.from()).put("to", span.to()));
        LineageJson.write(o.putObject("lineage"), v.lineage());
        if (v.tablePreset() != null) {
            o.put("table", v.tablePreset());
        }
    }

    private String text(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
