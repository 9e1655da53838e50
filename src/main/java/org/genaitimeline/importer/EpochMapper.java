package org.genaitimeline.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.BookValues;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Localized;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.catalog.Paper;
import org.genaitimeline.catalog.PartialDate;
import org.genaitimeline.catalog.Provenance;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * Turns one Epoch row that matched no catalog model into a catalog {@link Model}: family
 * inferred by {@link FamilyRules} (Epoch names no model type) and marked as inferred in the
 * provenance {@code (EPOCH, file, line, rule)}, not in the book's figure or tables, no book
 * values, summary generated from the fields.
 */
final class EpochMapper {

    /** Epoch's domains and their message keys (literal keys, so a bundle check can see them). */
    private static final Map<String, String> DOMAIN_KEYS = Map.ofEntries(
            Map.entry("language", "import.epoch.domain.language"),
            Map.entry("vision", "import.epoch.domain.vision"),
            Map.entry("image generation", "import.epoch.domain.imageGeneration"),
            Map.entry("multimodal", "import.epoch.domain.multimodal"),
            Map.entry("video", "import.epoch.domain.video"),
            Map.entry("audio", "import.epoch.domain.audio"),
            Map.entry("speech", "import.epoch.domain.speech"),
            Map.entry("games", "import.epoch.domain.games"),
            Map.entry("robotics", "import.epoch.domain.robotics"),
            Map.entry("driving", "import.epoch.domain.driving"),
            Map.entry("3d modeling", "import.epoch.domain.3d"),
            Map.entry("biology", "import.epoch.domain.biology"),
            Map.entry("medicine", "import.epoch.domain.medicine"),
            Map.entry("mathematics", "import.epoch.domain.mathematics"),
            Map.entry("recommendation", "import.epoch.domain.recommendation"),
            Map.entry("earth science", "import.epoch.domain.earthScience"),
            Map.entry("materials science", "import.epoch.domain.materialsScience"),
            Map.entry("search", "import.epoch.domain.search"),
            Map.entry("other", "import.epoch.domain.other"));

    private final Catalog base;
    private final String fileName;
    private final Messages en = Messages.of(Language.EN);
    private final Messages zh = Messages.of(Language.ZH);

    /**
     * @param base the catalog imported into, for its eras (it must have at least one)
     * @param fileName the file's name, for the provenance
     */
    EpochMapper(Catalog base, String fileName) {
        if (base.eras().isEmpty()) {
            throw new IllegalArgumentException("a catalog without eras cannot place imported models");
        }
        this.base = base;
        this.fileName = fileName;
    }

    Model toModel(EpochRow row, String id, List<String> buildsOn) {
        EraChoice era = eraFor(row.date());
        FamilyRules.Placement family = FamilyRules.place(row);
        return new Model(
                id,
                row.name(),
                List.of(),
                row.date(),
                era.id(),
                era.note(),
                row.organizations(),
                family.family(),
                EpochKinds.kindOf(row),
                row.parameters(),
                row.openWeights().asOpenSource(),
                Optional.of(AccessNote.of(row.accessibility())),
                List.of(),
                summary(row),
                paper(row),
                buildsOn,
                BookValues.NONE,
                new Provenance(Provenance.Origin.EPOCH, fileName, row.line(), Optional.of(family.inference())));
    }

    /** The era and, when the date lies outside every era, why it sits where it does. */
    record EraChoice(String id, Optional<Localized> note) { }

    EraChoice eraFor(PartialDate date) {
        Optional<Era> containing = base.eraOf(date);
        if (containing.isPresent()) {
            return new EraChoice(containing.get().id(), Optional.empty());
        }
        List<Era> eras = base.eras();
        Era first = eras.get(0);
        Era last = eras.get(eras.size() - 1);
        if (date.end().isAfter(last.end())) {
            // The book's eras end in 2023; later models go into the last era, saying so.
            String year = Integer.toString(last.end().getYear());
            return new EraChoice(last.id(), Optional.of(new Localized(
                    en.get("import.epoch.eraNote.after", year), zh.get("import.epoch.eraNote.after", year))));
        }
        if (date.start().isBefore(first.start())) {
            String year = Integer.toString(first.start().getYear());
            return new EraChoice(first.id(), Optional.of(new Localized(
                    en.get("import.epoch.eraNote.before", year), zh.get("import.epoch.eraNote.before", year))));
        }
        // A gap between eras or a year straddling a boundary: the era of its first day.
        Era at = eras.stream().filter(e -> !date.start().isBefore(e.start()) && !date.start().isAfter(e.end()))
                .findFirst().orElse(last);
        return new EraChoice(at.id(), Optional.empty());
    }

    /** "Imported from Epoch AI: language model by OpenAI, 28 May 2020." in both languages. */
    Localized summary(EpochRow row) {
        return new Localized(summary(row, en, ", "), summary(row, zh, "、"));
    }

    private static String summary(EpochRow row, Messages m, String separator) {
        String domains = row.domains().isEmpty() ? m.get("import.epoch.domain.none")
                : row.domains().stream().map(d -> domainName(d, m)).collect(Collectors.joining(separator));
        String developer = row.organizations().isEmpty() ? m.get("import.epoch.summary.unknownDeveloper")
                : String.join(separator, row.organizations());
        return m.get("import.epoch.summary", domains, developer, ModelFormat.longDate(row.date(), m.language()));
    }

    private static String domainName(String domain, Messages m) {
        String key = DOMAIN_KEYS.get(domain.toLowerCase(Locale.ROOT));
        return key == null ? domain : m.get(key);
    }

    /** The first https link, titled by the reference (else the name); none when not https. */
    static Optional<Paper> paper(EpochRow row) {
        for (String token : row.link().split("\\s+")) {
            if (token.startsWith("https://") && token.length() > "https://".length()) {
                return Optional.of(new Paper(row.reference().isEmpty() ? row.name() : row.reference(), token));
            }
        }
        return Optional.empty();
    }

    /** {@code epoch-} and the name as a slug: {@code GPT-3 175B (davinci)} is {@code epoch-gpt-3-175b-davinci}. */
    static String idFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "epoch-" + (slug.isEmpty() ? "model" : slug);
    }
}
