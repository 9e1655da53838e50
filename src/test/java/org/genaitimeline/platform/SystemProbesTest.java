package org.genaitimeline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real probes behind the display check, on sockets and files made for the test. */
class SystemProbesTest {

    @TempDir
    Path dir;

    @Test
    void aLocalDisplayAnswersOnlyWhileSomethingListensOnItsSocket() throws Exception {
        XSocketProbe probe = new XSocketProbe(dir);
        assertThat(probe.answers(new XDisplay("", 7))).isFalse();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(dir.resolve("X7")));
            assertThat(probe.answers(new XDisplay("", 7))).isTrue();
            assertThat(probe.answers(new XDisplay("", 8))).isFalse();
        }
        // The server gone, its socket file stays behind: still dead.
        assertThat(Files.exists(dir.resolve("X7"))).isTrue();
        assertThat(probe.answers(new XDisplay("", 7))).isFalse();
    }

    @Test
    void aRemoteDisplayAnswersOnItsTcpPort() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int number = server.getLocalPort() - 6000;
            if (number >= 0) {
                assertThat(new XSocketProbe(dir).answers(new XDisplay("127.0.0.1", number))).isTrue();
            }
        }
        assertThat(new XSocketProbe(dir).answers(new XDisplay("host.invalid", 0))).isFalse();
    }

    @Test
    void aLibraryIsFoundThroughTheLoaderCacheOrTheLibraryPath() throws Exception {
        Path lib = Files.write(dir.resolve("libdemo.so.1"), new byte[] {0x7f, 'E', 'L', 'F'});
        Path cache = Files.write(dir.resolve("ld.so.cache"),
                ("glibc-ld.so.cache\0libdemo.so.1\0" + lib + "\0other").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new LibraryLookup(cache, null).installed("libdemo.so.1")).isTrue();
        assertThat(new LibraryLookup(dir.resolve("none"), dir.toString()).installed("libdemo.so.1")).isTrue();
        assertThat(new LibraryLookup(dir.resolve("none"), null).installed("libdemo.so.1")).isFalse();
    }

    @Test
    void anEmptyFileOrAStaleCacheEntryIsNotALibrary() throws Exception {
        Path empty = Files.createFile(dir.resolve("libgone.so.0"));
        Path cache = Files.write(dir.resolve("ld.so.cache"),
                ("x\0" + empty + "\0" + dir.resolve("sub/libgone.so.0") + "\0").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new LibraryLookup(cache, dir.toString()).installed("libgone.so.0")).isFalse();
    }

    @Test
    void theDataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ada");
        assertThat(DataFolder.of("Linux", v -> null, home)).isEqualTo(Path.of("/home/ada/.local/share/genai-timeline"));
        assertThat(DataFolder.of("Linux", v -> v.equals("XDG_DATA_HOME") ? "/data" : null, home))
                .isEqualTo(Path.of("/data/genai-timeline"));
        assertThat(DataFolder.of("Linux", v -> "relative", home))
                .isEqualTo(Path.of("/home/ada/.local/share/genai-timeline"));
        assertThat(DataFolder.of("Mac OS X", v -> null, home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/genai-timeline"));
        assertThat(DataFolder.of("Windows 11", v -> v.equals("APPDATA") ? "/roaming" : null, home))
                .isEqualTo(Path.of("/roaming/genai-timeline"));
    }

    @Test
    void theLogFileReceivesWhatSystemLoggerSays() throws Exception {
        Path file = AppLog.install(dir);
        AppLog.of(SystemProbesTest.class).log(System.Logger.Level.ERROR, "probe line {0}", "42");
        for (var h : java.util.logging.Logger.getLogger(AppLog.ROOT).getHandlers()) {
            h.flush();
        }
        assertThat(file).isEqualTo(AppLog.file());
        assertThat(Files.readString(file)).contains("probe line 42");
    }

    @Test
    void aBrowserIsThereOnlyWhenJavaFxCouldFindOne(@TempDir Path bin) throws Exception {
        java.util.function.Predicate<Path> exists = Files::exists;
        assertThat(BrowserCheck.available("Linux", bin.toString(), exists)).isFalse();
        Files.createFile(bin.resolve("which"));
        assertThat(BrowserCheck.available("Linux", bin.toString(), exists)).isFalse();
        Files.createFile(bin.resolve("xdg-open"));
        assertThat(BrowserCheck.available("Linux", "/nowhere:" + bin, exists)).isTrue();
        assertThat(BrowserCheck.available("Linux", null, exists)).isFalse();
        assertThat(BrowserCheck.available("Windows 10", null, exists)).isTrue();
    }
}
