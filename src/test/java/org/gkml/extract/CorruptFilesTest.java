package org.gkml.extract;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Randomly damaged copies of real catalogs (bytes overwritten, tails cut off) either read or fail with an
 * {@link UnreadableFileException}: no other exception may reach the user, whatever the libraries throw.
 */
class CorruptFilesTest {

    private static final int COPIES = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"002_10e874960aa90f81.docx", "002_10e874960aa90f81.doc", "002_10e874960aa90f81.xlsx",
            "002_10e874960aa90f81.html", "003_0c93a4fb907a582b.utf16.txt"})
    void damagedCopiesFailOnlyAsUnreadable(String rendition) throws Exception {
        byte[] original = Files.readAllBytes(Path.of("corpus", "renditions", rendition));
        Random random = new Random(rendition.hashCode());
        for (int k = 0; k < COPIES; k++) {
            byte[] b = original.clone();
            for (int n = 1 + random.nextInt(20); n > 0; n--) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            if (random.nextInt(4) == 0) b = Arrays.copyOf(b, random.nextInt(b.length));
            Path f = Files.write(dir.resolve("copy" + k + "-" + rendition), b);
            try {
                new Extractors(Mappings.builtIn()).extract(f);
            } catch (UnreadableFileException expected) {
                // a clear per-file reason
            } catch (RuntimeException | Error e) {
                fail("damaged copy " + k + " of " + rendition + " escaped as " + e, e);
            }
        }
    }
}
