package org.genaitimeline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.genaitimeline.catalog.FileAccess.Refusal;
import org.genaitimeline.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a path is not read or written, named as a person can act on it. */
class FileAccessTest {

    @TempDir
    Path tmp;

    @Test
    void aRegularFileIsReadAndTheOthersAreRefusedByKind() throws IOException {
        Path file = Files.writeString(tmp.resolve("models.json"), "{}");
        assertThat(FileAccess.refuseReading(file)).isEmpty();
        assertThat(FileAccess.refuseReading(tmp.resolve("none.json"))).contains(Refusal.NOT_FOUND);
        assertThat(FileAccess.refuseReading(tmp)).contains(Refusal.FOLDER);
    }

    /** A pipe opened as a catalog, a CSV or a view blocked the app forever; /dev/zero never ended. */
    @Test
    void aPipeAndADeviceAreRefusedBeforeAnythingOpensThem() throws Exception {
        Path devZero = Path.of("/dev/zero");
        assumeTrue(Files.exists(devZero), "a Unix-like system");
        assertThat(FileAccess.refuseReading(devZero)).contains(Refusal.NOT_REGULAR);
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        assertThat(FileAccess.refuseReading(fifo)).contains(Refusal.NOT_REGULAR);
        assertThat(FileAccess.refuseWriting(fifo)).contains(Refusal.NOT_REGULAR);
    }

    @Test
    void writingNeedsAnExistingFolderAndIsNotIntoAFolder() {
        assertThat(FileAccess.refuseWriting(tmp.resolve("out.png"))).isEmpty();
        assertThat(FileAccess.refuseWriting(tmp)).contains(Refusal.FOLDER);
        assertThat(FileAccess.refuseWriting(tmp.resolve("no/such/out.png"))).contains(Refusal.NO_FOLDER);
    }

    /** Root may write a read-only file, so this holds only for an ordinary user. */
    @Test
    void aReadOnlyTargetIsRefusedNotReplaced() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "not run as root");
        Path target = Files.writeString(tmp.resolve("t.csv"), "keep me");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(FileAccess.refuseWriting(target)).contains(Refusal.READ_ONLY);
    }

    @Test
    void exceptionsBecomeWordsWithoutJavaClassNames() {
        assertThat(FileAccess.reason(new NoSuchFileException("/x")).in(Language.EN)).startsWith("there is no file");
        assertThat(FileAccess.reason(new AccessDeniedException("/x")).in(Language.ZH)).startsWith("你没有读取");
        String disk = FileAccess.reason(new FileSystemException("/x", null, "No space left on device")).in(Language.EN);
        assertThat(disk).isEqualTo("No space left on device").doesNotContain("Exception");
    }

    @Test
    void everyRefusalHasWordsInBothLanguages() {
        for (Refusal r : Refusal.values()) {
            assertThat(r.text().in(Language.EN)).doesNotStartWith("!").contains("(");
            assertThat(r.text().in(Language.ZH)).doesNotStartWith("!").contains("（");
        }
    }
}
