package org.genaitimeline.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries inside the app and their licences. Which libraries: the build's own list
 * ({@code dependencies.txt}, written by {@code dependency:list} over the runtime scope,
 * transitive ones included), so it cannot drift from the pom. Their names and licences:
 * {@code licences.properties}, kept by hand; a library missing there shows its coordinates
 * and "?" (and fails {@code BundledLibrariesTest}).
 */
public final class BundledLibraries {

    static final String DEPENDENCIES = "/org/genaitimeline/about/dependencies.txt";
    static final String LICENCES = "/org/genaitimeline/about/licences.properties";
    static final String UNKNOWN = "?";

    /** One line of {@code dependency:list}: {@code group:artifact:type[:classifier]:version:scope}. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([\\w.\\-]+):([\\w.\\-]+):[\\w\\-]+(?::[\\w\\-]+)?:([\\w.\\-]+):(compile|runtime)\\b");
    /** Terminal colours, which Maven writes into the file when it runs in a terminal. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    /**
     * @param name the display name, e.g. "Apache Commons CSV"
     * @param coordinates {@code groupId:artifactId}
     * @param version the bundled version
     * @param licence the SPDX-style licence, or "?" when unlisted
     */
    public record Library(String name, String coordinates, String version, String licence) {
    }

    private BundledLibraries() {
    }

    /** Every bundled library once (the platform-specific JavaFX jars under their module's name), sorted by coordinates. */
    public static List<Library> all() {
        return parse(read(DEPENDENCIES), licences());
    }

    static List<Library> parse(String dependencyList, Properties licences) {
        Map<String, Library> byCoordinates = new LinkedHashMap<>();
        for (String raw : dependencyList.split("\\R")) {
            Matcher m = LINE.matcher(ANSI.matcher(raw).replaceAll(""));
            if (!m.find()) {
                continue;
            }
            String coordinates = m.group(1) + ":" + m.group(2);
            String[] nameAndLicence = licences.getProperty(coordinates, coordinates + "|" + UNKNOWN).split("\\|", 2);
            byCoordinates.putIfAbsent(coordinates, new Library(nameAndLicence[0], coordinates, m.group(3),
                    nameAndLicence.length > 1 ? nameAndLicence[1] : UNKNOWN));
        }
        List<Library> libraries = new ArrayList<>(byCoordinates.values());
        libraries.sort(java.util.Comparator.comparing(Library::coordinates));
        return List.copyOf(libraries);
    }

    private static Properties licences() {
        Properties p = new Properties();
        try (InputStream in = BundledLibraries.class.getResourceAsStream(LICENCES)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String read(String resource) {
        InputStream in = BundledLibraries.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing: the build did not list the dependencies");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return String.join("\n", r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
