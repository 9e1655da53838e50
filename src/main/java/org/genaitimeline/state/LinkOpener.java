package org.genaitimeline.state;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a paper's link in the system browser. Only {@code https}/{@code http} addresses are
 * handed on: a catalog file the user opened could carry any text in its url field, and the
 * app must never launch a {@code file:} or custom-scheme handler from it.
 */
@FunctionalInterface
public interface LinkOpener {

    /** Opens the address if it is a web link; returns whether it was handed on. */
    boolean open(String url);

    /** Whether the address is an absolute http(s) URL with a host. */
    static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** An opener that checks the address and passes web links to the browser. */
    static LinkOpener checked(Consumer<String> browser) {
        return url -> {
            if (!isWebLink(url)) {
                return false;
            }
            browser.accept(url.strip());
            return true;
        };
    }
}
