package org.genaitimeline.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's name, version and home page, as the build wrote them into
 * {@code build.properties} (Maven resource filtering from the pom). The jar's manifest
 * carries the same version as {@code Implementation-Version}; reading the properties rather
 * than the manifest gives the same answer in a jar, in {@code target/classes} under
 * {@code mvn javafx:run} and in tests.
 *
 * @param name the product's name
 * @param version the build's version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param url the project's home page
 */
public record BuildInfo(String name, String version, String url) {

    static final String RESOURCE = "/org/genaitimeline/about/build.properties";

    /** The running build's information. */
    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build did not filter the resources");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(p.getProperty("name"), p.getProperty("version"), p.getProperty("url"));
    }

    /** {@code GenAI Timeline 0.1.0}: what {@code --version} prints and About shows. */
    public String nameAndVersion() {
        return name + " " + version;
    }
}
