package org.genaitimeline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Kind;
import org.genaitimeline.catalog.ModelQuery;
import org.genaitimeline.state.AppState;
import org.genaitimeline.theme.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps both languages honest: every bundle family (the UI messages and the catalog
 * loader's problem texts) has the same keys in English and Chinese, no empty, duplicated or
 * conflicted entry, patterns that parse with the same placeholders, every key the code
 * names exists and every key in the bundles is used.
 */
class I18nConsistencyTest {

    /** The bundle families, by base name under src/main/resources. */
    enum Bundle {
        MESSAGES("org/genaitimeline/i18n/messages"),
        PROBLEMS("org/genaitimeline/catalog/problems");

        final String base;

        Bundle(String base) {
            this.base = base;
        }

        String file(String suffix) {
            return base + suffix + ".properties";
        }
    }

    private static final List<String> SUFFIXES = List.of("", "_zh_CN");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** A string literal shaped like a message key: lower-case namespace, at least one dot. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9][A-Za-z0-9-]*)+)\"");
    /** A literal that is the start of a key completed at run time: {@code "family." + f.id()}. */
    private static final Pattern PREFIX_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9][A-Za-z0-9-]*)*\\.)\"");

    /**
     * Keys the code builds at run time, by prefix, with the values the prefix expands over.
     * Each prefix here must occur in the code, and every expansion must exist in the bundle.
     */
    private static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

    static {
        // "family." + family.id(): chips, legend, lanes, table cells, facets (every Family, IMPORTED included)
        DYNAMIC.put("family.", Arrays.stream(Family.values()).map(Family::id).toList());
        // "kind." + kind.id(): detail pane, table cells, facets
        DYNAMIC.put("kind.", Arrays.stream(Kind.values()).map(Kind::id).toList());
        // "theme." + theme.id(): View > Theme menu
        DYNAMIC.put("theme.", Arrays.stream(Theme.values()).map(Theme::id).toList());
        // "tab." + view.name().toLowerCase(): the tabs and the View menu
        DYNAMIC.put("tab.", Arrays.stream(AppState.View.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        // "filter.open." + OpenFilter.name().toLowerCase(): the open-weights segmented button
        DYNAMIC.put("filter.open.", Arrays.stream(ModelQuery.OpenFilter.values())
                .map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        // "filter.source." + origin.id(): the Source facet (book / Epoch AI / user file)
        DYNAMIC.put("filter.source.", Arrays.stream(org.genaitimeline.catalog.Provenance.Origin.values())
                .map(org.genaitimeline.catalog.Provenance.Origin::id).toList());
        // "export.failed." + reason.name(): why a raster export drew nothing (the command line's message)
        DYNAMIC.put("export.failed.", Arrays.stream(org.genaitimeline.files.RenderFailure.Reason.values())
                .map(Enum::name).toList());
    }

    /** Prefix-shaped literals that are not message keys (they are cut off keys, not added to them). */
    private static final Set<String> NOT_PREFIXES = Set.of(
            "detail."); // DetailPane derives node ids from its literal keys: key.substring("detail.".length())

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void bothLanguagesLoadAsUtf8(Bundle family) throws IOException {
        for (String suffix : SUFFIXES) {
            byte[] bytes = Files.readAllBytes(RESOURCES.resolve(family.file(suffix)));
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(family.file(suffix) + " is not UTF-8", e);
            }
            assertThat(load(family, suffix)).as(family.file(suffix)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void chineseHasExactlyTheEnglishKeys(Bundle family) throws IOException {
        Set<String> en = load(family, "").keySet();
        Set<String> zh = load(family, "_zh_CN").keySet();
        assertThat(minus(en, zh)).as("keys missing in Chinese").isEmpty();
        assertThat(minus(zh, en)).as("keys only in Chinese").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void noValueIsEmptyOrConflicted(Bundle family) throws IOException {
        for (String suffix : SUFFIXES) {
            for (Map.Entry<String, String> e : load(family, suffix).entrySet()) {
                assertThat(e.getValue().isBlank()).as(family.file(suffix) + ": " + e.getKey() + " is empty").isFalse();
                assertThat(e.getValue()).as(family.file(suffix) + ": " + e.getKey())
                        .doesNotContain("<<<<<<<", ">>>>>>>", "=======");
            }
        }
    }

    /** java.util.Properties keeps the last of two equal keys silently; a merge can leave both. */
    @ParameterizedTest
    @EnumSource(Bundle.class)
    void noKeyTwiceInAFile(Bundle family) throws IOException {
        for (String suffix : SUFFIXES) {
            List<String> lines = Files.readAllLines(RESOURCES.resolve(family.file(suffix)), StandardCharsets.UTF_8);
            Map<String, Integer> seen = new TreeMap<>();
            List<String> twice = new ArrayList<>();
            boolean continued = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.stripLeading();
                boolean logicalStart = !continued;
                continued = endsWithOddBackslashes(line);
                if (!logicalStart || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                assertThat(trimmed).as(family.file(suffix) + ":" + (i + 1) + " looks like a conflict marker")
                        .doesNotStartWith("<<<<<<<").doesNotStartWith(">>>>>>>").isNotEqualTo("=======");
                String key = keyOf(trimmed);
                Integer first = seen.putIfAbsent(key, i + 1);
                if (first != null) {
                    twice.add(key + " (lines " + first + " and " + (i + 1) + ")");
                }
            }
            assertThat(twice).as(family.file(suffix) + ": keys given twice").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void patternsParseAndTakeTheSameArguments(Bundle family) throws IOException {
        Map<String, String> en = load(family, "");
        Map<String, String> zh = load(family, "_zh_CN");
        List<String> wrong = new ArrayList<>();
        for (String key : en.keySet()) {
            if (!zh.containsKey(key)) {
                continue; // reported by chineseHasExactlyTheEnglishKeys
            }
            try {
                Set<Integer> a = arguments(en.get(key), Locale.ENGLISH);
                Set<Integer> b = arguments(zh.get(key), Locale.SIMPLIFIED_CHINESE);
                if (!a.equals(b)) {
                    wrong.add(key + ": English takes " + a + ", Chinese " + b);
                }
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void everyKeyTheCodeNamesExists(Bundle family) throws IOException {
        Set<String> keys = load(family, "").keySet();
        Set<String> namespaces = namespaces(keys);
        Set<String> missing = new TreeSet<>();
        for (String literal : keyLiterals()) {
            if (namespaces.contains(namespace(literal)) && !keys.contains(literal) && !claimedByOther(family, literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in src/main/java but not in " + family.file("")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void everyDynamicPrefixExpandsToExistingKeys(Bundle family) throws IOException {
        Set<String> keys = load(family, "").keySet();
        Set<String> namespaces = namespaces(keys);
        Set<String> prefixes = prefixLiterals();
        List<String> problems = new ArrayList<>();
        for (String prefix : prefixes) {
            if (namespaces.contains(namespace(prefix)) && !DYNAMIC.containsKey(prefix) && !NOT_PREFIXES.contains(prefix)
                    && !claimedByOther(family, prefix)) {
                problems.add("the code builds keys from \"" + prefix + "\": declare it in DYNAMIC with its values");
            }
        }
        for (Map.Entry<String, List<String>> d : DYNAMIC.entrySet()) {
            if (!namespaces.contains(namespace(d.getKey()))) {
                continue;
            }
            if (!prefixes.contains(d.getKey())) {
                problems.add("DYNAMIC declares \"" + d.getKey() + "\" but the code no longer uses it");
            }
            for (String value : d.getValue()) {
                if (!keys.contains(d.getKey() + value)) {
                    problems.add("missing " + d.getKey() + value);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Bundle.class)
    void noKeyIsUnused(Bundle family) throws IOException {
        Set<String> used = keyLiterals();
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(load(family, "").keySet())) {
            boolean dynamic = DYNAMIC.entrySet().stream()
                    .anyMatch(d -> key.startsWith(d.getKey()) && d.getValue().contains(key.substring(d.getKey().length())));
            if (!used.contains(key) && !dynamic) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in " + family.file("") + " that no code uses").isEmpty();
    }

    // --- helpers ---

    /** A key in the other family's bundle is not missing from this one (namespaces may be shared). */
    private static boolean claimedByOther(Bundle family, String literal) throws IOException {
        for (Bundle other : Bundle.values()) {
            if (other != family) {
                Set<String> keys = load(other, "").keySet();
                if (keys.contains(literal) || keys.stream().anyMatch(k -> k.startsWith(literal) && literal.endsWith("."))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Map<String, String> load(Bundle family, String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(family.file(suffix)));
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Set<Integer> arguments(String pattern, Locale locale) {
        MessageFormat f = new MessageFormat(pattern, locale);
        Set<Integer> indices = new TreeSet<>();
        // MessageFormat reports the highest index through getFormatsByArgumentIndex, and each
        // used index through the argument it formats: format a probe per index and compare.
        int count = f.getFormatsByArgumentIndex().length;
        for (int i = 0; i < count; i++) {
            Object[] args = new Object[count];
            Arrays.fill(args, 1);
            String with = f.format(args);
            args[i] = 7_654_321;
            String changed = f.format(args);
            if (!with.equals(changed)) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static Set<String> keyLiterals() throws IOException {
        return literals(KEY_LITERAL);
    }

    private static Set<String> prefixLiterals() throws IOException {
        return literals(PREFIX_LITERAL);
    }

    private static Set<String> literals(Pattern pattern) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static Set<String> namespaces(Collection<String> keys) {
        return keys.stream().map(I18nConsistencyTest::namespace).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String namespace(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The key of a properties line: up to the first unescaped '=', ':' or whitespace. */
    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
