package org.genaitimeline.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code eras.json}: each era on its own, then the rules between eras (unique ids, no
 * overlap). Eras are few and self-contained, so their cross-checks live here rather than in
 * {@link CatalogChecks}.
 */
final class EraReader {

    private static final List<String> FIELDS = List.of("id", "name", "start", "end", "color", "summary");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** One era entry and what could be read of it; {@code era} is null when it has problems. */
    record EraDraft(String path, Located node, String id, LocalDate start, LocalDate end, Era era) {
    }

    /** Reads the {@code eras} array; the drafts keep every readable id for the models' era check. */
    List<EraDraft> read(Located array, String path, Problems problems) {
        List<EraDraft> drafts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            drafts.add(era(array.item(i), path + "[" + i + "]", problems));
        }
        checkIds(drafts, problems);
        checkOverlaps(drafts, problems);
        return drafts;
    }

    private static EraDraft era(Located node, String path, Problems problems) {
        int before = problems.count();
        Fields f = Fields.open(node, path, problems, CatalogText.of("catalog.expect.era", "{\"id\": ..., \"name\": ..., ...}"), FIELDS);
        if (f == null) {
            return new EraDraft(path, node, null, null, null, null);
        }
        String id = f.text("id", true, CatalogText.of("catalog.expect.uniqueId", ModelReader.SLUG_FORM));
        if (id != null && !ModelReader.isSlug(id)) {
            problems.at(node.get("id"), f.path("id"), CatalogText.of("catalog.value.badId", id, ModelReader.SLUG_FORM));
        }
        Localized name = f.localized("name", true, Fields.Bilingual.of(CatalogText.of("catalog.era.name")));
        LocalDate start = f.fullDate("start", CatalogText.of("catalog.era.start"));
        LocalDate end = f.fullDate("end", CatalogText.of("catalog.era.end"));
        if (start != null && end != null && end.isBefore(start)) {
            problems.at(node.get("end"), f.path("end"), CatalogText.of("catalog.era.endsBeforeStart", end, start));
            end = null;
        }
        String color = f.text("color", true, CatalogText.of("catalog.era.colour"));
        if (color != null && !COLOR.matcher(color).matches()) {
            problems.at(node.get("color"), f.path("color"), CatalogText.of("catalog.value.notColour", color));
        }
        Localized summary = f.localized("summary", true, Fields.Bilingual.of(CatalogText.of("catalog.era.summary")));
        Era era = problems.count() == before ? new Era(id, name, start, end, color, summary) : null;
        return new EraDraft(path, node, id, start, end, era);
    }

    private static void checkIds(List<EraDraft> drafts, Problems problems) {
        Map<String, EraDraft> first = new HashMap<>();
        for (EraDraft e : drafts) {
            if (e.id() == null) {
                continue;
            }
            EraDraft earlier = first.putIfAbsent(e.id(), e);
            if (earlier != null) {
                problems.at(e.node().get("id"), e.path() + ".id", CatalogText.of("catalog.era.duplicate", e.id(),
                        earlier.node().get("id").position()));
            }
        }
    }

    /**
     * Each era that starts before an earlier-starting era has ended, reported at its start
     * with the era it runs into (the one reaching furthest). A sweep in start order, so
     * 40,000 eras cost a sort, not 800 million comparisons, and give at most one problem each.
     */
    private static void checkOverlaps(List<EraDraft> drafts, Problems problems) {
        List<EraDraft> dated = drafts.stream().filter(e -> e.start() != null && e.end() != null)
                .sorted(Comparator.comparing(EraDraft::start)).toList(); // stable: file order among equal starts
        EraDraft reaching = null;
        for (EraDraft e : dated) {
            if (reaching != null && !e.start().isAfter(reaching.end())) {
                problems.at(e.node().get("start"), e.path() + ".start", CatalogText.of("catalog.era.overlap",
                        e.id(), e.start(), e.end(), reaching.id(), reaching.start(), reaching.end()));
            }
            if (reaching == null || e.end().isAfter(reaching.end())) {
                reaching = e;
            }
        }
    }
}
