package org.genaitimeline.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The X server a DISPLAY value names: {@code :0}, {@code unix:1.0} (the local socket
 * {@code /tmp/.X11-unix/X<n>}) or {@code host:10} (TCP port 6000 + n, as ssh forwarding uses).
 *
 * @param host empty for the local socket
 * @param number the display number
 */
public record XDisplay(String host, int number) {

    private static final Pattern FORM = Pattern.compile("([^:]*):(\\d+)(\\.\\d+)?");

    /** The display a DISPLAY value names, or empty when it is not of the form host:n[.screen]. */
    public static Optional<XDisplay> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1);
        try {
            return Optional.of(new XDisplay(host.equals("unix") ? "" : host, Integer.parseInt(m.group(2))));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Whether the server is reached through the local Unix socket. */
    public boolean local() {
        return host.isEmpty();
    }

    /** The TCP port of a remote display. */
    public int port() {
        return 6000 + number;
    }
}
