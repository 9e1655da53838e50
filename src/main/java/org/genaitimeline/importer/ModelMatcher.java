package org.genaitimeline.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.PartialDate;

/**
 * Finds the catalog model an outside name means, so that an import links to the book's entry
 * instead of adding a twin. The rules, tried in this order, first hit wins:
 *
 * <ol>
 *   <li>{@link Rule#NAME} / {@link Rule#ALIAS}: the normalised name equals a model's
 *       normalised name or alias. Normalising lowercases, drops accents and every character
 *       that is not a letter or digit, so {@code DALL·E}, {@code DALL-E} and {@code DALL.E}
 *       are all {@code dalle}. No date check: the same name is the same model.</li>
 *   <li>{@link Rule#WITHOUT_PARENTHETICAL}: a trailing parenthetical removed
 *       ({@code Stable Diffusion (LDM-KL-8-G)} is Stable Diffusion).</li>
 *   <li>{@link Rule#WITHOUT_SIZE}: then a trailing size removed: a count ({@code 175B},
 *       {@code -70B}, {@code 6.7B}, {@code 8x7B}), a size word ({@code Large}, {@code Base},
 *       {@code Small}, {@code Medium}) or an image size ({@code 512x512});
 *       {@code GPT-3 175B (davinci)} is GPT-3, {@code BERT-Large} is BERT. Never {@code XL}:
 *       {@code Stable Diffusion XL} is not Stable Diffusion. And the outside model must not be
 *       larger than the catalog's (largest version) by more than {@value #MAX_SIZE_RATIO}x, so
 *       the later {@code Falcon-180B} is not the 40B Falcon while {@code LLaMA-65B} is LLaMA.</li>
 *   <li>{@link Rule#SINGULAR}: at each stage, a final {@code s} removed ({@code GANs} is GAN).</li>
 * </ol>
 *
 * A match through rules 2–4 also needs the two dates within {@value #MAX_YEARS_APART} years
 * (a stripped name is a weaker clue: {@code Llama 3-70B} must not be Llama 2, and a 2023
 * {@code Falcon-180B} may be the book's Falcon only because it is months, not years, away).
 * Nothing ever strips a version ({@code GPT-3.5 Turbo} stays {@code gpt35turbo}, never GPT-3).
 * When one key names several models, a name beats an alias, then the nearest date wins.
 *
 * <p>A row's {@code Base model} names a parent, not the row itself, so {@link #matchBase} keeps
 * the rules but swaps the date test: the parent may be years older, but not newer, than the row.
 */
public final class ModelMatcher {

    /** How a match was found; a match records every rule that fired, in order. */
    public enum Rule {
        NAME("import.epoch.rule.name"),
        ALIAS("import.epoch.rule.alias"),
        WITHOUT_PARENTHETICAL("import.epoch.rule.withoutParenthetical"),
        WITHOUT_SIZE("import.epoch.rule.withoutSize"),
        SINGULAR("import.epoch.rule.singular");

        private final String key;

        Rule(String key) {
            this.key = key;
        }

        /** The message key that names the rule in the report. */
        public String key() {
            return key;
        }
    }

    /**
     * A model found for a name.
     *
     * @param model the catalog's model
     * @param rules the rules that led there: the name changes first, then NAME or ALIAS
     * @param key the normalised text that matched
     */
    public record Match(Model model, List<Rule> rules, String key) {
        public Match {
            rules = List.copyOf(rules);
        }

        /** Whether the name had to be changed to match (and the dates were checked). */
        public boolean stripped() {
            return rules.size() > 1;
        }
    }

    /** How far apart the dates may be when a stripped name matches (about 18 months). */
    public static final double MAX_YEARS_APART = 1.5;

    private static final Pattern PARENTHETICAL = Pattern.compile("^(.*\\S)\\s*\\([^()]*\\)\\s*$");
    private static final Pattern SIZE = Pattern.compile(
            "^(.*?\\S)[\\s_-]*(?:(?:\\d+x)?\\d+(?:\\.\\d+)?\\s*[KMBT]|large|base|small|medium|\\d+x\\d+)$",
            Pattern.CASE_INSENSITIVE);

    /** How much larger than the catalog's model a size-stripped match may be. */
    public static final double MAX_SIZE_RATIO = 1.1;

    private record Entry(Model model, boolean byName) { }

    private final Map<String, List<Entry>> index = new HashMap<>();

    /** Indexes the names and aliases of the models an import may link to. */
    public ModelMatcher(Collection<Model> models) {
        for (Model m : models) {
            add(m.name(), new Entry(m, true));
            for (String alias : m.aliases()) {
                add(alias, new Entry(m, false));
            }
        }
    }

    private void add(String text, Entry entry) {
        String key = normalise(text);
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    /**
     * The model a name means.
     *
     * @param name the outside name, as written
     * @param date the outside date, or null when not known (then only rule 1 applies)
     */
    public Optional<Match> match(String name, PartialDate date) {
        return match(name, date, OptionalLong.empty());
    }

    /**
     * The model a name means, with the outside parameter count for the size check.
     *
     * @param name the outside name, as written
     * @param date the outside date, or null when not known (then only rule 1 applies)
     * @param parameters the outside size, empty when not known (then no size check)
     */
    public Optional<Match> match(String name, PartialDate date, OptionalLong parameters) {
        Predicate<Model> dated = date == null ? null : m -> yearsApart(m.date(), date) <= MAX_YEARS_APART;
        return find(name, date, dated, parameters);
    }

    /**
     * The model a {@code Base model} name means: the rules of {@link #match}, but a stripped
     * name needs the model to be dated no later than the row that builds on it (a parent may be
     * years older: InstructGPT of 2022 names {@code GPT-3 6.7B} of 2020), and the size the name
     * states ({@code 6.7B}) stands for the outside size in the size check, so {@code Falcon-180B}
     * is still not the 40B Falcon.
     *
     * @param name the base model's name, as written in the row
     * @param child the date of the row that names it
     */
    public Optional<Match> matchBase(String name, PartialDate child) {
        return find(name, child, m -> !m.date().start().isAfter(child.end()), sizeIn(name));
    }

    private Optional<Match> find(String name, PartialDate date, Predicate<Model> dated, OptionalLong parameters) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(name.strip(), List.of()));
        Matcher paren = PARENTHETICAL.matcher(name.strip());
        String current = name.strip();
        List<Rule> changes = new ArrayList<>();
        if (paren.matches()) {
            current = paren.group(1);
            changes.add(Rule.WITHOUT_PARENTHETICAL);
            candidates.add(new Candidate(current, changes));
        }
        Matcher size = SIZE.matcher(current);
        if (size.matches()) {
            List<Rule> more = new ArrayList<>(changes);
            more.add(Rule.WITHOUT_SIZE);
            candidates.add(new Candidate(size.group(1), more));
        }
        for (Candidate c : candidates) {
            String key = normalise(c.text());
            Optional<Match> hit = lookup(key, c.changes(), date, dated, parameters);
            if (hit.isPresent()) {
                return hit;
            }
            if (key.length() > 3 && key.endsWith("s")) {
                List<Rule> more = new ArrayList<>(c.changes());
                more.add(Rule.SINGULAR);
                hit = lookup(key.substring(0, key.length() - 1), more, date, dated, parameters);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    private record Candidate(String text, List<Rule> changes) {
        Candidate {
            changes = List.copyOf(changes);
        }
    }

    private Optional<Match> lookup(String key, List<Rule> changes, PartialDate date, Predicate<Model> dated,
            OptionalLong parameters) {
        List<Entry> entries = index.getOrDefault(key, List.of());
        boolean checkDate = !changes.isEmpty();
        if (checkDate && dated == null) {
            return Optional.empty();
        }
        return entries.stream()
                .filter(e -> !checkDate || dated.test(e.model()))
                .filter(e -> !changes.contains(Rule.WITHOUT_SIZE) || !larger(parameters, e.model()))
                .min(Comparator.comparing((Entry e) -> !e.byName())
                        .thenComparingDouble(e -> date == null ? 0 : yearsApart(e.model().date(), date))
                        .thenComparing(e -> e.model().id()))
                .map(e -> {
                    List<Rule> rules = new ArrayList<>(changes);
                    rules.add(e.byName() ? Rule.NAME : Rule.ALIAS);
                    return new Match(e.model(), rules, key);
                });
    }

    private static boolean larger(OptionalLong parameters, Model model) {
        return parameters.isPresent() && model.parameters().isPresent()
                && parameters.getAsLong() > MAX_SIZE_RATIO * model.parameters().getAsLong();
    }

    private static final Pattern COUNT = Pattern.compile("(?:(\\d+)x)?(\\d+(?:\\.\\d+)?)\\s*([KMBT])",
            Pattern.CASE_INSENSITIVE);

    /** The size a name ends in ({@code GPT-3 6.7B}, {@code Mixtral 8x7B}), before any parenthetical. */
    static OptionalLong sizeIn(String name) {
        Matcher paren = PARENTHETICAL.matcher(name.strip());
        String text = paren.matches() ? paren.group(1) : name.strip();
        Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            return OptionalLong.empty();
        }
        Matcher count = COUNT.matcher(text.substring(size.end(1)).replaceFirst("^[\\s_-]+", ""));
        if (!count.matches()) {
            return OptionalLong.empty(); // a size word or an image size: no number to compare
        }
        double value = Double.parseDouble(count.group(2)) * (count.group(1) == null ? 1 : Long.parseLong(count.group(1)));
        int power = "KMBT".indexOf(Character.toUpperCase(count.group(3).charAt(0))) + 1;
        return OptionalLong.of(Math.round(value * Math.pow(1000, power)));
    }

    static double yearsApart(PartialDate a, PartialDate b) {
        return Math.abs(a.toFractionalYear() - b.toFractionalYear());
    }

    /** Lowercase, no accents, letters and digits only: {@code DALL·E 2} is {@code dalle2}. */
    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
