package org.genaitimeline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The family rules on real Epoch rows (src/test/resources/epoch/family-rules.csv, copied
 * unchanged from the 2025-02-24 "Notable AI Models" export): the family and the rule each
 * row must get, generative and not.
 */
class FamilyRulesTest {

    private static Map<String, EpochRow> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheExcerpt() throws Exception {
        rows = new EpochCsvReader().read(excerpt(), Progress.NONE, () -> false).orElseThrow().rows().stream()
                .collect(Collectors.toMap(EpochRow::name, Function.identity()));
    }

    private static Path excerpt() throws URISyntaxException {
        return Path.of(FamilyRulesTest.class.getResource("/epoch/family-rules.csv").toURI());
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Projected GAN | GAN | name-gan
            WGAN-GP | GAN | name-gan
            GANs | GAN | name-gan
            Pixtral Large | MULTIMODAL | domain-multimodal
            GPT-4o | MULTIMODAL | domain-multimodal
            Flamingo | MULTIMODAL | domain-multimodal
            DARTS | OTHER | architecture-search
            ENAS | OTHER | architecture-search
            NAS+ESS (156M) | OTHER | architecture-search
            ProxylessNAS | OTHER | architecture-search
            DALL·E 3 | MULTIMODAL | text-to-image
            CogView | MULTIMODAL | text-to-image
            Amazon Titan | MULTIMODAL | text-to-image
            Make-A-Video | MULTIMODAL | text-to-video
            Sora | MULTIMODAL | text-to-video
            BLIP-2 (Q-Former) | MULTIMODAL | vision-language-model
            CoCa | MULTIMODAL | vision-language-model
            Denoising Diffusion Probabilistic Models (LSUN Bedroom) | ENERGY_DIFFUSION | name-diffusion
            ADM | ENERGY_DIFFUSION | abstract-diffusion
            DiT-XL/2 | ENERGY_DIFFUSION | abstract-diffusion
            CODEFUSION (Python) | ENERGY_DIFFUSION | abstract-diffusion
            Deep Boltzmann Machines | ENERGY_DIFFUSION | energy-based
            WaveNet | AUTOREGRESSIVE | autoregressive-generator
            iGPT-L | AUTOREGRESSIVE | autoregressive-generator
            MusicLM | MULTIMODAL | text-to-audio
            AudioLM | AUTOREGRESSIVE | audio-language-model
            VALL-E | AUTOREGRESSIVE | audio-language-model
            GPT-3 175B (davinci) | AUTOREGRESSIVE | language-model
            T5-11B | AUTOREGRESSIVE | language-model
            GNMT | AUTOREGRESSIVE | language-model
            GloVe (6B) | OTHER | language-not-generating
            fastText | OTHER | language-not-generating
            SimCSE | OTHER | language-not-generating
            Fusion in Encoder | OTHER | language-not-generating
            BERT-Large | AUTOREGRESSIVE | language-transformer-era
            Claude 2 | AUTOREGRESSIVE | language-transformer-era
            Midjourney V1 | MULTIMODAL | generator-product
            Gen-2 | MULTIMODAL | generator-product
            AlphaFold 2 | OTHER | no-rule
            AlphaGo Zero | OTHER | no-rule
            MuZero | OTHER | no-rule
            Inception v3 | OTHER | no-rule
            ResNet-152 (ImageNet) | OTHER | no-rule
            Whisper | OTHER | no-rule
            HuBERT | OTHER | no-rule
            Netflix Recommender System | OTHER | no-rule
            Deep Deterministic Policy Gradients | OTHER | no-rule
            OntoProtein | OTHER | no-rule
            SpecAugment | OTHER | no-rule
            TSN | OTHER | no-rule
            Perceptron Mark I | OTHER | no-rule
            Seq2Seq LSTM | OTHER | no-rule
            """)
    void placesEachRowByItsRule(String name, Family family, String rule) {
        FamilyRules.Placement p = FamilyRules.place(rows.get(name));
        assertThat(p.inference().rule()).isEqualTo(rule);
        assertThat(p.family()).isEqualTo(family);
    }

    @Test
    void everyRowOfTheExcerptIsInTheTable() {
        assertThat(rows).hasSize(52);
    }

    @Test
    void theRuleSaysWhichColumnsItRead() {
        assertThat(FamilyRules.place(rows.get("Projected GAN")).inference().columns()).containsExactly("Model");
        assertThat(FamilyRules.place(rows.get("AlphaFold 2")).inference().columns()).isEmpty();
    }

    @Test
    void ruleIdsAreUniqueAndTheLastRuleTakesEveryRow() {
        List<String> ids = FamilyRules.RULES.stream().map(FamilyRules.Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        FamilyRules.Rule last = FamilyRules.RULES.get(FamilyRules.RULES.size() - 1);
        assertThat(last.family()).isEqualTo(Family.OTHER);
        assertThat(last.fits().test(FamilyRules.Evidence.of(row("Anything", List.of(), List.of(), "")))).isTrue();
    }

    /** docs/catalog-format.md lists the rules in the order they are tried, with their families. */
    @Test
    void theCatalogFormatListsEveryRuleInOrder() throws IOException {
        String doc = Files.readString(Path.of("docs/catalog-format.md"));
        List<String> listed = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| \\d+ \\| `([a-z-]+)` \\| ([a-z-]+) \\|").matcher(doc);
        while (row.find()) {
            listed.add(row.group(1) + " " + row.group(2));
        }
        assertThat(listed).containsExactlyElementsOf(
                FamilyRules.RULES.stream().map(r -> r.id() + " " + r.family().id()).toList());
    }

    /** The sample has no VAE, flow or Task column; these rows are made up in Epoch's form. */
    @ParameterizedTest(name = "{0} [{1}] [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            VQ-VAE-2 | Image generation | | | VAE | name-vae
            NVAE | Vision | | | VAE | name-vae
            Glow | Image generation | | | FLOW | flow
            WaveGlow | Speech | | | FLOW | flow
            Flow++ | Image generation | | We present a normalizing flow for images. | FLOW | flow
            Imagen 3 | Image generation | Text-to-image | | MULTIMODAL | text-to-image
            ResNeXt-101 | Vision | Image classification | | OTHER | task-non-generative
            Faster R-CNN | Vision | Object detection,Image classification | | OTHER | task-non-generative
            Gandalf | Games | | | OTHER | no-rule
            Searched LSTM cell | Language | Neural architecture search | | OTHER | architecture-search
            StyleGAN-Organ | Vision | Image classification | | OTHER | task-non-generative
            """)
    void rulesOnColumnsTheSampleLacks(String name, String domains, String tasks, String text, Family family,
            String rule) {
        FamilyRules.Placement p = FamilyRules.place(row(name, EpochFields.list(domains), EpochFields.list(tasks),
                text == null ? "" : text));
        assertThat(p.inference().rule()).isEqualTo(rule);
        assertThat(p.family()).isEqualTo(family);
    }

    /**
     * An "All ML Systems" export names the column System and may lack Abstract: the rules
     * read what there is, and without an abstract they fall back on names and domains.
     */
    @Test
    void workFromTheColumnsAnAllSystemsExportHas() throws Exception {
        Path csv = withoutAbstract();
        Map<String, EpochRow> read = new EpochCsvReader().read(csv, Progress.NONE, () -> false).orElseThrow()
                .rows().stream().collect(Collectors.toMap(EpochRow::name, Function.identity()));
        assertThat(read).hasSize(52);
        assertThat(FamilyRules.place(read.get("Projected GAN")).family()).isEqualTo(Family.GAN);
        assertThat(FamilyRules.place(read.get("GPT-4o")).family()).isEqualTo(Family.MULTIMODAL);
        assertThat(FamilyRules.place(read.get("Claude 2")).family()).isEqualTo(Family.AUTOREGRESSIVE);
        // Without its abstract a GAN-free generator name says nothing: Other, not a guess.
        assertThat(FamilyRules.place(read.get("ADM")).family()).isEqualTo(Family.OTHER);
        for (String notGenerating : List.of("AlphaFold 2", "AlphaGo Zero", "Inception v3", "Whisper", "DARTS")) {
            assertThat(FamilyRules.place(read.get(notGenerating)).family()).as(notGenerating).isEqualTo(Family.OTHER);
        }
    }

    private Path withoutAbstract() throws IOException, URISyntaxException {
        List<CSVRecord> all;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(Files.readString(excerpt())))
                .setFormat(CSVFormat.RFC4180).get()) {
            all = p.getRecords();
        }
        List<String> header = new ArrayList<>(all.get(0).toList());
        int abstractAt = header.indexOf("Abstract");
        header.set(header.indexOf("Model"), "System");
        header.remove(abstractAt);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (CSVRecord r : all.subList(1, all.size())) {
                List<String> cells = new ArrayList<>(r.toList());
                cells.remove(abstractAt);
                printer.printRecord(cells);
            }
        }
        return Files.writeString(dir.resolve("all-systems.csv"), out.toString());
    }

    private static EpochRow row(String name, List<String> domains, List<String> tasks, String text) {
        return new EpochRow(2, name, List.of(), PartialDate.parse("2021"), domains, tasks, OptionalLong.empty(),
                OpenWeights.UNKNOWN, "", "", "", text, List.of());
    }
}
