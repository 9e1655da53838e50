package org.genaitimeline.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.FamilyInference;

/**
 * Infers the book family of an imported Epoch row from Epoch's own columns (Model, Domain,
 * Task where the export has it, Abstract, Publication date). Epoch names no model type, so
 * this is a guess, and it is made for precision rather than coverage: a rule places a row in
 * a generative lane only on evidence that the model generates something and how; a model
 * that generates nothing, and whatever no rule places, goes to {@link Family#OTHER}.
 *
 * <p>The rules are tried in {@link #RULES} order and the first that fits wins, so the
 * specific (an architecture in the name) comes before the general (a language model).
 * docs/catalog-format.md lists them; a column an export lacks reads as empty.
 */
public final class FamilyRules {

    /**
     * One rule.
     *
     * @param id stable id, shown in the detail pane and written to the JSON export
     * @param family where a fitting row goes
     * @param columns the Epoch columns the rule reads
     * @param reason why the rule holds, in a line
     * @param fits whether the row fits
     */
    public record Rule(String id, Family family, List<String> columns, String reason, Predicate<Evidence> fits) {
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(family, "family");
            columns = List.copyOf(columns);
            Objects.requireNonNull(fits, "fits");
        }
    }

    /** A row's family and the rule that gave it. */
    public record Placement(Family family, FamilyInference inference) { }

    private static final String MODEL = "Model";
    private static final String DOMAIN = "Domain";
    private static final String TASK = "Task";
    private static final String ABSTRACT = "Abstract";
    private static final String DATE = "Publication date";
    private static final String PARAMETERS = "Parameters";

    /** Epoch domains whose models mostly generate what the domain names. */
    private static final String[] GENERATIVE_DOMAINS = {"image generation", "video", "audio", "speech"};

    /** Case matters: "GAN" and "VAE" as written in names, not "organ" or "Gandalf". */
    private static final Pattern GAN_NAME = Pattern.compile("GAN(?![A-Za-rt-z])");
    private static final Pattern VAE_NAME = Pattern.compile("VAE(?![A-Za-z])");
    private static final Pattern FLOW_NAME = Pattern.compile("Glow\\b|(?i:\\breal ?nvp\\b|\\bffjord\\b)");
    private static final Pattern DIFFUSION_NAME = Pattern.compile("(?i)diffusion");
    private static final Pattern BOLTZMANN_NAME = Pattern.compile("(?i)boltzmann");
    /**
     * Architecture-search methods by name: DARTS, ENAS, NASNet, PNASNet, ProxylessNAS, MnasNet,
     * AmoebaNet, "NAS with ...". They search for a network and generate nothing themselves.
     */
    private static final Pattern SEARCH_NAME = Pattern.compile(
            "(?<![A-Za-z])(DARTS|ENAS|EN\\^2AS|AmoebaNet|[A-Za-z]*NAS(Net|v\\d)?)(?![A-Za-z])");
    private static final Pattern EMBEDDING_NAME = Pattern.compile("(?i)word2vec|glove|fasttext|tagger|\\bner\\b");

    /** Tasks that generate nothing; a row whose every task is one of these is no generative model. */
    private static final List<String> NON_GENERATIVE_TASKS = List.of("classification", "detection", "recognition",
            "segmentation", "game", "chess", "go ", "atari", "protein folding", "structure prediction",
            "recommendation", "retrieval", "pose estimation", "tracking", "control", "navigation", "driving");

    /**
     * Tasks in which a language row writes text: Epoch's "Language modeling/generation" and the
     * like. Not a protein or nucleotide "language model", which embeds.
     */
    private static final String[] TEXT_WRITING_TASKS = {"language model", "language generation", "text generation"};
    /**
     * Translation writes text token by token from 2014 on, when it became neural
     * (sequence-to-sequence, RNNsearch); before, Epoch's translation rows are statistical
     * alignment and phrase-table systems (IBM models, Hiero), which the book's lanes do not hold.
     */
    private static final int NEURAL_TRANSLATION_FROM = 2014;
    private static final String[] SEQUENCE_TASKS = {"protein", "nucleotide", "dna", "molecul", "genom"};

    private static final String[] GENERATES = {"generat", "synthes"};
    private static final String[] FROM_TEXT = {"text-to-image", "text to image", "text-conditional",
        "text-guided", "from text", "text prompt", "natural language description", "text description", "caption"};
    private static final String[] LANGUAGE_MODELLING = {"language model", "language modeling", "language modelling",
        "machine translation", "sequence to sequence", "sequence-to-sequence", "text generation", "generate text",
        "next word", "next character", "next token", "next-token", "chatbot", "instruction", "text-to-text", "bleu",
        "language generation", "generating answers", "in-context", "few-shot"};
    private static final String[] NOT_GENERATING_TEXT = {"word vector", "word representation", "word embedding",
        "sentence embedding", "embeddings model", "embedding model", "text classifi", "sentiment", "tagging",
        "named entit", "retrieval", "reading comprehension", "parsing", "parser", "search relevance",
        "speech recognition", "extractive"};

    /** The outputs of a tagger: labels of words, not words. */
    private static final String[] TAGS = {"part-of-speech", "part of speech", "named entity", "semantic role",
        "chunking"};
    /** What a language network that writes text says it does. */
    private static final String[] WRITES_TEXT = {"generat", "translat", "next word", "next character", "next token"};

    /** The rules, most specific first; the last fits every row. */
    public static final List<Rule> RULES = List.of(
            new Rule("task-non-generative", Family.OTHER, List.of(TASK),
                    "every task is one that generates nothing (classification, detection, game playing, ...)",
                    e -> !e.tasks().isEmpty() && e.tasks().stream().allMatch(FamilyRules::nonGenerativeTask)),
            new Rule("name-gan", Family.GAN, List.of(MODEL),
                    "GANs are named after the architecture: StyleGAN, BigGAN, CycleGAN",
                    e -> GAN_NAME.matcher(e.name()).find()),
            new Rule("name-vae", Family.VAE, List.of(MODEL),
                    "VAEs are named after the architecture: VQ-VAE, NVAE",
                    e -> VAE_NAME.matcher(e.name()).find()),
            new Rule("flow", Family.FLOW, List.of(MODEL, ABSTRACT),
                    "a normalizing flow: Glow, RealNVP or FFJORD by name, or said in the abstract",
                    e -> FLOW_NAME.matcher(e.name()).find() || e.says("normalizing flow", "normalising flow")),
            new Rule("architecture-search", Family.OTHER, List.of(MODEL, TASK, ABSTRACT),
                    "architecture-search methods (DARTS, ENAS, NASNet) search for a network and generate nothing",
                    e -> SEARCH_NAME.matcher(e.name()).find()
                            || e.tasks().stream().anyMatch(t -> t.contains("architecture search"))
                            || e.text().contains("neural architecture search")),
            new Rule("domain-multimodal", Family.MULTIMODAL, List.of(DOMAIN, ABSTRACT),
                    "Epoch's Multimodal domain with a language model: reads images, writes text (Flamingo, GPT-4o)",
                    e -> e.domain("multimodal")
                            && (e.domain("language") || e.says("language model", "llm", "multimodal model"))),
            new Rule("text-to-image", Family.MULTIMODAL, List.of(TASK, DOMAIN, ABSTRACT),
                    "images generated from text: the book's Multimodal lane (DALL·E, Imagen, Stable Diffusion)",
                    e -> e.task("text-to-image") || e.domain("image generation")
                            && (e.anyDomain("language", "multimodal") || e.says(FROM_TEXT))),
            new Rule("text-to-video", Family.MULTIMODAL, List.of(TASK, DOMAIN, ABSTRACT),
                    "video generated from text or images: the book's Multimodal lane (Make-A-Video)",
                    e -> e.task("text-to-video", "video generation")
                            || e.domain("video") && e.says("video generation", "generates video", "generate video",
                                    "video synthesis", "text-to-video", "create video")),
            new Rule("vision-language-model", Family.MULTIMODAL, List.of(DOMAIN, ABSTRACT),
                    "vision and language, answered by a language model or a captioner (BLIP-2, NVLM, PaLM-E, CoCa)",
                    e -> e.domain("vision") && (e.says("captioner", "captioning loss")
                            || e.domain("language") && e.says("language model", "llm", "vision-language",
                                    "visual question"))),
            new Rule("name-diffusion", Family.ENERGY_DIFFUSION, List.of(MODEL),
                    "a diffusion model by name (Latent Diffusion, RFdiffusion)",
                    e -> DIFFUSION_NAME.matcher(e.name()).find()),
            new Rule("abstract-diffusion", Family.ENERGY_DIFFUSION, List.of(DOMAIN, ABSTRACT),
                    "the abstract presents a diffusion or score-based model that generates (DiT, CodeFusion)",
                    e -> e.says("diffusion") && e.says("diffusion model", "denois", "score-based")
                            && (e.says(GENERATES) || e.anyDomain(GENERATIVE_DOMAINS))),
            new Rule("energy-based", Family.ENERGY_DIFFUSION, List.of(MODEL, ABSTRACT),
                    "an energy-based model: the book's lane holds the Boltzmann machine",
                    e -> BOLTZMANN_NAME.matcher(e.name()).find() || e.says("energy-based model", "boltzmann machine")),
            new Rule("abstract-gan", Family.GAN, List.of(ABSTRACT),
                    "the abstract presents a generative adversarial network",
                    e -> e.says("generative adversarial network", "adversarial generative", "gan-based")),
            new Rule("abstract-vae", Family.VAE, List.of(ABSTRACT),
                    "the abstract presents a variational autoencoder",
                    e -> e.says("variational autoencoder", "variational auto-encoder")),
            new Rule("autoregressive-generator", Family.AUTOREGRESSIVE, List.of(DOMAIN, ABSTRACT),
                    "the abstract says it generates autoregressively (WaveNet, Image GPT, AudioGen); language "
                            + "rows are left to the language rules, as their abstracts name it for contrast",
                    e -> !e.domain("language") && e.says("autoregressive", "auto-regressive")
                            && (e.says(GENERATES) || e.anyDomain(GENERATIVE_DOMAINS))),
            new Rule("text-to-audio", Family.MULTIMODAL, List.of(DOMAIN, ABSTRACT),
                    "music or sound generated from text: the book's Multimodal lane (MusicLM)",
                    e -> e.domain("audio") && e.says(GENERATES) && e.says(FROM_TEXT)),
            new Rule("audio-language-model", Family.AUTOREGRESSIVE, List.of(DOMAIN, ABSTRACT),
                    "speech or music generated by a language model over audio tokens (VALL-E, MusicGen)",
                    e -> e.anyDomain("audio", "speech") && e.says("language model") && e.says(GENERATES)),
            new Rule("language-tagger", Family.OTHER, List.of(DOMAIN, DATE, ABSTRACT),
                    "before the transformer era, a language network whose outputs are tags (part of speech, "
                            + "chunks, named entities, semantic roles) labels text and writes none, even when it "
                            + "scores sentences with a language model",
                    e -> e.domain("language") && e.year() < 2018 && e.says(TAGS) && !e.says(WRITES_TEXT)),
            new Rule("language-model", Family.AUTOREGRESSIVE, List.of(DOMAIN, ABSTRACT),
                    "a language or translation model writes text token by token: the book's Autoregressive / "
                            + "Transformer lane (BERT included); not for protein or DNA models, which mostly embed",
                    e -> e.textModel() && e.says(LANGUAGE_MODELLING)),
            new Rule("language-not-generating", Family.OTHER, List.of(MODEL, DOMAIN, ABSTRACT),
                    "word vectors, classifiers, taggers and retrieval read text and generate none",
                    e -> e.domain("language")
                            && (EMBEDDING_NAME.matcher(e.name()).find() || e.says(NOT_GENERATING_TEXT))),
            new Rule("task-language-model", Family.AUTOREGRESSIVE, List.of(TASK, DOMAIN),
                    "Epoch's own Task says a language row (or one without a domain) models text (Language "
                            + "modeling/generation) or, from 2014 on, translates it; once the name and abstract rules "
                            + "above had their say, as the larger exports give a Task where many rows have no abstract",
                    e -> (e.textModel() || e.domains().isEmpty())
                            && e.tasks().stream().anyMatch(t -> textWritingTask(t, e.year()))),
            new Rule("language-transformer-era", Family.AUTOREGRESSIVE, List.of(DOMAIN, DATE, ABSTRACT, PARAMETERS),
                    "from 2018 on, Epoch's notable language models are pretrained transformers that write text; "
                            + "without an abstract only a large one (1B+) or one from 2022 on, when labs stopped "
                            + "publishing papers and sizes",
                    e -> e.textModel() && e.year() >= 2018
                            && (!e.text().isEmpty() || e.large() || e.year() >= EpochKinds.LLM_UNKNOWN_SIZE_FROM)),
            new Rule("generator-product", Family.MULTIMODAL, List.of(DOMAIN, DATE, ABSTRACT),
                    "image and video generators of 2022 on that no rule above placed are products prompted by text "
                            + "(Midjourney, Firefly, Gen-2, Veo)",
                    e -> e.anyDomain("image generation", "video") && e.year() >= 2022
                            && (e.text().isEmpty() || e.says("generative ai"))),
            new Rule("no-rule", Family.OTHER, List.of(),
                    "no rule above fits: a model that generates nothing, or one whose columns do not say how",
                    e -> true));

    private FamilyRules() {
    }

    /** The family of a row and the rule that placed it. */
    public static Placement place(EpochRow row) {
        Evidence e = Evidence.of(row);
        Rule rule = RULES.stream().filter(r -> r.fits().test(e)).findFirst().orElseThrow();
        return new Placement(rule.family(), new FamilyInference(rule.id(), rule.columns()));
    }

    /**
     * A task that generates nothing; not one that names generating as well ("Retrieval-augmented
     * generation", "Controllable image synthesis", "Video game generation").
     */
    private static boolean nonGenerativeTask(String task) {
        return NON_GENERATIVE_TASKS.stream().anyMatch(t -> (task + " ").contains(t))
                && Arrays.stream(GENERATES).noneMatch(task::contains);
    }

    private static boolean textWritingTask(String task, int year) {
        boolean writes = Arrays.stream(TEXT_WRITING_TASKS).anyMatch(task::contains)
                || task.contains("translation") && year >= NEURAL_TRANSLATION_FROM;
        return writes && Arrays.stream(SEQUENCE_TASKS).noneMatch(task::contains) && !task.contains("image");
    }

    /**
     * What the rules read from a row, folded once: domains and tasks lower-case, the
     * abstract lower-case, the name as written (the name rules care about case).
     */
    public record Evidence(String name, Set<String> domains, List<String> tasks, String text, int year,
            boolean large) {

        static Evidence of(EpochRow row) {
            return new Evidence(row.name(), fold(row.domains()).collect(Collectors.toSet()),
                    fold(row.tasks()).toList(), row.paperAbstract().toLowerCase(Locale.ROOT), row.date().year(),
                    row.parameters().orElse(0) >= EpochKinds.LLM_PARAMETERS);
        }

        private static java.util.stream.Stream<String> fold(List<String> values) {
            return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT));
        }

        boolean domain(String d) {
            return domains.contains(d);
        }

        boolean anyDomain(String... ds) {
            return Arrays.stream(ds).anyMatch(domains::contains);
        }

        boolean task(String... fragments) {
            return tasks.stream().anyMatch(t -> Arrays.stream(fragments).anyMatch(t::contains));
        }

        boolean says(String... phrases) {
            return Arrays.stream(phrases).anyMatch(text::contains);
        }

        /** A language model in Epoch's sense that is not a protein, DNA or molecule sequence model. */
        boolean textModel() {
            return domain("language")
                    && !(anyDomain("biology", "medicine") && says("protein", "dna", "molecul", "genom"));
        }
    }
}
