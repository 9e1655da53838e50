package org.genaitimeline.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        for (int i = 0; i < array.items().size(); i++) {
            drafts.add(era(array.items().get(i), path + "[" + i + "]", problems));
        }
        checkIds(drafts, problems);
        checkOverlaps(drafts, problems);
        return drafts;
    }

    private static EraDraft era(Located node, String path, Problems problems) {
        int before = problems.count();
        Fields f = Fields.open(node, path, problems, "an era: {\"id\": ..., \"name\": ..., ...}", FIELDS);
        if (f == null) {
            return new EraDraft(path, node, null, null, null, null);
        }
        String id = f.text("id", true, "a unique id: " + ModelReader.SLUG_FORM);
        if (id != null && !ModelReader.SLUG.matcher(id).matches()) {
            problems.at(node.get("id"), f.path("id"), "\"" + id + "\" is not a valid id (" + ModelReader.SLUG_FORM
                    + ")");
        }
        Localized name = f.localized("name", true, "the era's name");
        LocalDate start = f.fullDate("start", "the first day");
        LocalDate end = f.fullDate("end", "the last day");
        if (start != null && end != null && end.isBefore(start)) {
            problems.at(node.get("end"), f.path("end"), "ends " + end + ", before it starts " + start
                    + " (an end on or after the start)");
            end = null;
        }
        String color = f.text("color", true, "a colour: #rrggbb");
        if (color != null && !COLOR.matcher(color).matches()) {
            problems.at(node.get("color"), f.path("color"), "\"" + color + "\" is not a colour (#rrggbb, e.g. #e3f0fb)");
        }
        Localized summary = f.localized("summary", true, "a short summary");
        Era era = problems.count() == before ? new Era(id, name, start, end, color, summary) : null;
        return new EraDraft(path, node, id, start, end, era);
    }

    private static void checkIds(List<EraDraft> drafts, Problems problems) {
        for (int i = 0; i < drafts.size(); i++) {
            EraDraft e = drafts.get(i);
            for (int j = 0; j < i && e.id() != null; j++) {
                EraDraft first = drafts.get(j);
                if (e.id().equals(first.id())) {
                    problems.at(e.node().get("id"), e.path() + ".id", "duplicate era id \"" + e.id()
                            + "\", first at " + first.node().get("id").position() + " (each id once)");
                    break;
                }
            }
        }
    }

    /** Each pair of eras whose ranges share a day, reported at the later entry's start. */
    private static void checkOverlaps(List<EraDraft> drafts, Problems problems) {
        for (int i = 0; i < drafts.size(); i++) {
            EraDraft e = drafts.get(i);
            for (int j = 0; j < i; j++) {
                EraDraft o = drafts.get(j);
                if (e.start() == null || e.end() == null || o.start() == null || o.end() == null) {
                    continue;
                }
                if (!e.start().isAfter(o.end()) && !o.start().isAfter(e.end())) {
                    problems.at(e.node().get("start"), e.path() + ".start", String.format(
                            "era \"%s\" (%s to %s) overlaps era \"%s\" (%s to %s) (eras must not share a day)",
                            e.id(), e.start(), e.end(), o.id(), o.start(), o.end()));
                }
            }
        }
    }
}
