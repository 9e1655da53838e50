package org.genaitimeline.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version the app reports is the pom's, the same one the jar's manifest carries. */
class BuildInfoTest {

    private static String pom() throws IOException {
        return Files.readString(Path.of("pom.xml"));
    }

    /** The project's own version: the first {@code <version>} after its artifactId. */
    private static String pomVersion(String pom) {
        Matcher m = Pattern.compile("<artifactId>genai-timeline</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the pom names its version after its artifactId").isTrue();
        return m.group(1);
    }

    @Test
    void theVersionIsThePoms() throws IOException {
        BuildInfo build = BuildInfo.current();
        assertThat(build.version()).isEqualTo(pomVersion(pom())).doesNotContain("${");
        assertThat(build.name()).isEqualTo("GenAI Timeline");
        assertThat(build.url()).startsWith("https://").doesNotContain("${");
    }

    @Test
    void theManifestCarriesTheSameVersion() throws IOException {
        // The shaded jar's manifest is written from the same property that filters build.properties.
        assertThat(pom()).contains("<Implementation-Version>${project.version}</Implementation-Version>");
        assertThat(BuildInfo.current().nameAndVersion()).isEqualTo("GenAI Timeline " + pomVersion(pom()));
    }
}
