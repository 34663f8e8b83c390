package org.gkml.ingest;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.UnreadableFileException;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reading in child JVMs: the same documents as in this JVM, and a bad file that kills or fills its child fails alone. */
class ForkedReaderTest {

    private static final ForkedReader.Settings ONE_CHILD = new ForkedReader.Settings(1, 512L << 20, List.of());
    private static final Path FAST = Path.of("corpus/renditions/002_10e874960aa90f81.html");

    private static ForkedReader shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        shared = new ForkedReader(new ForkedReader.Settings(2, 512L << 20, List.of()), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        shared.close();
    }

    @Test
    void childrenReadTheSameDocumentsAsThisJvm() throws Exception {
        CatalogReader here = new CatalogReader(Mappings.builtIn());
        for (String f : List.of("corpus/renditions/000_81a0a872453b3846.pdf", "corpus/renditions/002_10e874960aa90f81.docx",
                "corpus/renditions/003_0c93a4fb907a582b.doc", "corpus/renditions/001_d1b07a4c651a3051.xlsx",
                "corpus/renditions/004_43e84b5de54c8a3d.html", "corpus/000_81a0a872453b3846.txt")) {
            GuardedReader.Outcome o = shared.read(Path.of(f), f);
            assertTrue(o.ok(), f + ": " + o.failure());
            assertEquals(here.read(Path.of(f)), o.document(), f); // records all the way down, warnings and provenance included
        }
    }

    @Test
    void anUnreadableFileFailsWithTheSameReasonAsInThisJvm() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.pdf"), "not a pdf at all");
        GuardedReader.Outcome o = shared.read(bad, "bad.pdf");
        try {
            new CatalogReader(Mappings.builtIn()).read(bad);
            fail("expected unreadable");
        } catch (UnreadableFileException expected) {
            assertEquals(GuardedReader.failed("bad.pdf", expected).failure(), o.failure());
        }
    }

    @Test
    void aReadPastTheTimeLimitKillsItsChildAndTheNextFileIsRead() throws Exception {
        Path slowFile = writeWideCatalog(dir.resolve("slow.txt"), 100_000); // 15 MB: far more than 300 ms of reading
        try (ForkedReader r = new ForkedReader(ONE_CHILD, Duration.ofSeconds(60))) {
            assertTrue(r.read(FAST, "warm").ok(), "a fast file reads");
            long before = r.pids().get(0);
            GuardedReader.Outcome slow = r.read(slowFile, "slow", Duration.ofMillis(300));
            assertEquals(FailureKind.TIMEOUT, slow.failure().kind(), String.valueOf(slow.failure()));
            assertTrue(slow.failure().reason().contains("--timeout"), slow.failure().reason());
            assertTrue(ProcessHandle.of(before).map(p -> !p.isAlive()).orElse(true), "the child that ran over is gone");
            assertNotEquals(before, r.pids().get(0));
            assertEquals(0, r.abandoned());
            assertTrue(r.read(FAST, "next").ok(), "a new child reads the next file");
        }
    }

    @Test
    void aChildThatDiesMidReadFailsThatFileOnly() throws Exception {
        try (ForkedReader r = new ForkedReader(ONE_CHILD, Duration.ofSeconds(60))) {
            Path slowFile = writeWideCatalog(dir.resolve("slow.txt"), 100_000);
            assertTrue(r.read(FAST, "warm").ok());
            long pid = r.pids().get(0);
            CompletableFuture<GuardedReader.Outcome> slow = CompletableFuture.supplyAsync(() -> r.read(slowFile, "slow"));
            Thread.sleep(300);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            GuardedReader.Outcome o = slow.get();
            assertEquals(FailureKind.CRASHED, o.failure().kind(), o.failure().reason());
            assertTrue(o.failure().reason().startsWith("the reading process died"), o.failure().reason());
            assertTrue(r.read(FAST, "next").ok(), "a new child reads the next file");
        }
    }

    @Test
    void aFileThatFillsTheChildsHeapFailsAsOutOfMemoryAndTheNextIsRead() throws Exception {
        Path huge = writeWideCatalog(dir.resolve("huge.txt"), 400_000);
        try (ForkedReader r = new ForkedReader(new ForkedReader.Settings(1, 96L << 20, List.of()), Duration.ofSeconds(120))) {
            GuardedReader.Outcome o = r.read(huge, "huge");
            assertTrue(!o.ok(), "96 MB cannot hold this catalog");
            assertTrue(List.of(FailureKind.OUT_OF_MEMORY, FailureKind.CRASHED).contains(o.failure().kind()), o.failure().toString());
            assertTrue(r.read(FAST, "next").ok(), "a new child reads the next file");
        }
    }

    @Test
    void aPrestartedChildReadsTheFirstFileAndALimitStopsFurtherStarts() throws Exception {
        try (ForkedReader r = ForkedReader.lazy(new ForkedReader.Settings(2, 512L << 20, List.of()), Duration.ofSeconds(60))) {
            assertTrue(r.prestart(), "a child starts before any read, to warm up meanwhile");
            assertEquals(1, r.started());
            r.limitTo(1);   // a re-run with few files to read: no second process
            assertTrue(!r.prestart(), "the limit holds");
            assertTrue(r.read(FAST, "first").ok(), "the prestarted child reads");
            assertEquals(1, r.started(), "the read took the prestarted child, it did not start another");
        }
        try (ForkedReader r = ForkedReader.lazy(new ForkedReader.Settings(1, 512L << 20, List.of()), Duration.ofSeconds(60))) {
            assertTrue(r.prestart());
            long pid = r.pids().get(0);
            r.close();   // never used: killed at once, not left to finish its warm-up
            assertTrue(ProcessHandle.of(pid).map(h -> h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join() != null).orElse(true));
        }
    }

    /** A tab-separated catalog of {@code rows} entries (150 bytes each). */
    private static Path writeWideCatalog(Path f, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("政府信息公开目录\n序号\t信息名称\t公开内容\t公开时限\n");
            for (int i = 1; i <= rows; i++) {
                w.write(i + "\t机构职能" + i + "\t本机关的机构设置、职能、办公地址、办公时间、联系方式\t信息形成或变更之日起20个工作日内\n");
            }
        }
        return f;
    }
}
