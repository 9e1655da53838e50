package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken catalog per hostile-text kind and per text field (src/test/resources/catalogs/
 * hostile): control characters, an escape sequence, a direction override, half a surrogate
 * pair, invisible-only text and a no-break space, in names, aliases, developers, summaries,
 * notes, paper titles and era names. Each gives exactly the problem expected.tsv names.
 */
class HostileTextFixturesTest {

    static final Path HOSTILE = Path.of("src/test/resources/catalogs/hostile");

    static Stream<Arguments> fixtures() throws IOException {
        return Files.readAllLines(HOSTILE.resolve("expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureGivesItsOneLocatedProblem(String file, String expected) {
        List<Problem> problems = new CatalogLoader().validate(List.of(HOSTILE.resolve(file)));
        String prefix = HOSTILE + File.separator;
        assertThat(problems).extracting(p -> p.toString().replace(prefix, "")).containsExactly(expected);
    }

    /** Issue 13 asks for at least 120 broken catalogs: the rules' fixtures and these. */
    @Test
    void thereAreAtLeastOneHundredAndTwentyBrokenCatalogs() throws IOException {
        long rules;
        try (Stream<Path> files = Files.list(CatalogValidationRulesTest.RULES)) {
            rules = files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("eras.json"))
                    .count();
        }
        long hostile = fixtures().count();
        assertThat(rules + hostile).isGreaterThanOrEqualTo(120);
    }
}
