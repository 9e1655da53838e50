package org.genaitimeline.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The list About shows is the build's: every runtime dependency of the pom is in it, each
 * with a licence, and the build's list (transitive libraries included) parses.
 */
class BundledLibrariesTest {

    /** The pom's direct dependencies outside the test scope and outside the profiles. */
    private static List<String> pomRuntimeDependencies() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String main = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(main);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String d = m.group(1);
            if (!d.contains("<scope>test</scope>")) {
                out.add(tag(d, "groupId") + ":" + tag(d, "artifactId"));
            }
        }
        return out;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }

    @Test
    void everyRuntimeDependencyOfThePomIsListed() throws IOException {
        List<String> listed = BundledLibraries.all().stream().map(BundledLibraries.Library::coordinates).toList();
        assertThat(pomRuntimeDependencies()).isNotEmpty();
        assertThat(listed).containsAll(pomRuntimeDependencies());
        // Transitive ones too: Commons CSV brings Commons IO and Codec, databind brings Jackson's core.
        assertThat(listed).contains("commons-io:commons-io", "commons-codec:commons-codec",
                "com.fasterxml.jackson.core:jackson-core", "org.openjfx:javafx-graphics");
    }

    @Test
    void everyListedLibraryHasANameAndALicence() {
        for (BundledLibraries.Library l : BundledLibraries.all()) {
            assertThat(l.licence()).as(l.coordinates() + " needs a line in licences.properties")
                    .isNotEqualTo(BundledLibraries.UNKNOWN);
            assertThat(l.name()).isNotEqualTo(l.coordinates());
            assertThat(l.version()).matches("\\d+(\\.\\d+)*.*");
        }
    }

    @Test
    void parsesMavensListWithColoursAndClassifiersOnce() {
        String list = """

                The following files have been resolved:
                   org.openjfx:javafx-base:jar:21.0.11:compile\u001B[36m -- module javafx.baseEmpty\u001B[m
                   org.openjfx:javafx-base:jar:linux:21.0.11:compile -- module javafx.base
                   commons-io:commons-io:jar:2.20.0:runtime
                   org.junit:junit:jar:5.0:test
                """;
        Properties licences = new Properties();
        licences.setProperty("org.openjfx:javafx-base", "OpenJFX Base|GPL-2.0 with Classpath Exception");
        List<BundledLibraries.Library> libraries = BundledLibraries.parse(list, licences);
        assertThat(libraries).containsExactly(
                new BundledLibraries.Library("commons-io:commons-io", "commons-io:commons-io", "2.20.0", "?"),
                new BundledLibraries.Library("OpenJFX Base", "org.openjfx:javafx-base", "21.0.11",
                        "GPL-2.0 with Classpath Exception"));
    }
}
