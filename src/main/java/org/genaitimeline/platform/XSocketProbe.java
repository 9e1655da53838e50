package org.genaitimeline.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Asks whether an X server answers: a connect to the local socket {@code X<n>} in the socket
 * folder, or a TCP connect to host:6000+n. Only a connect, no X protocol: an answer means
 * something listens there, which is what "dead DISPLAY" is about.
 */
public final class XSocketProbe implements DisplayCheck.XProbe {

    /** Where X servers put their local sockets. */
    public static final Path X11_SOCKETS = Path.of("/tmp/.X11-unix");
    private static final int TIMEOUT_MS = 1500;

    private final Path socketFolder;

    public XSocketProbe(Path socketFolder) {
        this.socketFolder = socketFolder;
    }

    @Override
    public boolean answers(XDisplay display) {
        if (display.local()) {
            Path socket = socketFolder.resolve("X" + display.number());
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                return channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(display.host(), display.port()), TIMEOUT_MS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
