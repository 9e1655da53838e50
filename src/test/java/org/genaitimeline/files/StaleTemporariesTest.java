package org.genaitimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed export left behind is cleared by the next write of the same file, and nothing else is. */
class StaleTemporariesTest {

    @TempDir
    Path tmp;

    private Path aged(String name, long minutesAgo) throws IOException {
        Path p = Files.writeString(tmp.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(minutesAgo * 60)));
        return p;
    }

    @Test
    void oldTemporariesOfTheTargetGoAndEverythingElseStays() throws IOException {
        Path stale = aged(".t.png8123456789012345.tmp", 60);
        Path recent = aged(".t.png555.tmp", 1);
        Path otherTarget = aged(".u.png42.tmp", 60);
        Path notOurs = aged(".t.pngbackup.tmp", 60);
        Path user = aged("t.png.tmp", 60);

        AtomicFiles.write(tmp.resolve("t.png"), new byte[] {1, 2, 3});

        assertThat(stale).doesNotExist();
        assertThat(recent).as("maybe a write still under way").exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
        assertThat(user).exists();
        assertThat(tmp.resolve("t.png")).hasBinaryContent(new byte[] {1, 2, 3});
    }
}
