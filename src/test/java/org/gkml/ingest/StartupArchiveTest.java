package org.gkml.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's class-data archive is an optimisation only: reading processes start and read with a good one,
 * without one, and with one that is stale, garbage or cut off.
 */
class StartupArchiveTest {

    private static final ForkedReader.Settings ONE_CHILD = new ForkedReader.Settings(1, 256L << 20, List.of());
    private static final Path FILE = Path.of("corpus/renditions/002_10e874960aa90f81.html");

    @TempDir
    static Path dir;

    /** A real dynamic archive, made as the launcher makes one (but of a run with no application classes). */
    private static Path real;

    @BeforeAll
    static void makeArchive() throws Exception {
        real = dir.resolve("real.jsa");
        Process p = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + real, "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(Files.size(real) > 10_000, "the JVM wrote an archive");
    }

    @Test
    void withoutAnArchiveChildrenStartAsBefore() {
        assertEquals(List.of(), StartupArchive.javaOptions(null));
        assertEquals(List.of(), StartupArchive.javaOptions(dir.resolve("missing.jsa")));
        assertReads(null);
    }

    @Test
    void anArchiveWithoutItsStampIsNotUsed() throws IOException {
        Path a = Files.copy(real, dir.resolve("unstamped.jsa"));
        assertEquals(List.of(), StartupArchive.javaOptions(a));
    }

    /** The JVM maps a cut-off archive and dies (SIGSEGV): its size no longer matches the stamp, so it is left out. */
    @Test
    void aCutOffArchiveIsNotPassedOn() throws Exception {
        Path cut = dir.resolve("cut.jsa");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(real), 5000));
        stamp(cut, Files.size(real));
        assertNotEquals(0, runJava("-XX:SharedArchiveFile=" + cut, "-Xshare:auto", "-XX:ErrorFile=" + dir.resolve("hs_err.log"),
                "-XX:-CreateCoredumpOnCrash", "-version"), "this JVM survives a cut-off archive; the stamp check is not needed");
        assertFalse(StartupArchive.intact(cut));
        assertEquals(List.of(), StartupArchive.javaOptions(cut));
        assertReads(cut);
    }

    /** Garbage, or an archive of another class path (another build), is refused by the JVM itself, silently. */
    @Test
    void aGarbageOrStaleArchiveIsIgnoredByTheJvm() throws Exception {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.jsa"), noise);
        stamp(garbage, noise.length);
        stamp(real, Files.size(real));
        for (Path a : List.of(garbage, real)) {
            List<String> options = StartupArchive.javaOptions(a);
            assertTrue(options.contains("-Xshare:auto") && options.contains("-XX:SharedArchiveFile=" + a.toAbsolutePath()), options.toString());
            List<String> command = new java.util.ArrayList<>(options);
            command.add("-version");
            assertEquals(0, runJava(command.toArray(String[]::new)), a.toString());
            assertReads(a);
        }
    }

    private static void assertReads(Path archive) {
        try (ForkedReader reader = new ForkedReader(ONE_CHILD, Duration.ofSeconds(60), archive, true)) {
            GuardedReader.Outcome o = reader.read(FILE, "f");
            assertTrue(o.ok(), String.valueOf(o.failure()));
            assertFalse(o.document().entries().isEmpty());
        }
    }

    private static void stamp(Path archive, long size) throws IOException {
        Files.writeString(archive.resolveSibling(archive.getFileName() + ".stamp"), size + " 123 456\n", StandardCharsets.UTF_8);
    }

    private static int runJava(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return p.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
