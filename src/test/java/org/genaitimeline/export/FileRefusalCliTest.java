package org.genaitimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaitimeline.export.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device or a folder where a file belongs gets one line naming what it is, in both languages. */
class FileRefusalCliTest {

    @TempDir
    Path tmp;

    @Test
    void aDeviceAsCatalogOrViewIsRefusedByKindNotReadForever() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix-like system");
        Run catalog = CliTest.run("--list", "--catalog", "/dev/zero", "--lang", "en");
        assertThat(catalog.code()).isEqualTo(1);
        assertThat(catalog.err()).contains("/dev/zero: this is not a regular file but a pipe, a device or a socket")
                .doesNotContain("Exception");
        Run view = CliTest.run("--export", "timeline", "--view", "/dev/zero", "--out", tmp.resolve("t.svg").toString(),
                "--lang", "zh");
        assertThat(view.code()).isEqualTo(1);
        assertThat(view.err()).contains("这不是普通文件").doesNotContain("Exception").doesNotContain("OutOfMemory");
    }

    @Test
    void aFolderAsTheOutputIsCalledAFolder() {
        Run r = CliTest.run("--export", "table-14-1", "--out", tmp.toString(), "--catalog", CliTest.CATALOG.toString(),
                "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("this is a folder, not a file").doesNotContain("not writable");
    }
}
