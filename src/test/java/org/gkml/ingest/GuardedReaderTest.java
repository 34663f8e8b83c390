package org.gkml.ingest;

import org.gkml.extract.ReadCancellation;
import org.gkml.extract.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardedReaderTest {

    @TempDir
    Path dir;

    @Test
    void aGoodFileIsRead() throws Exception {
        Path f = LineCatalogs.write(dir.resolve("a.txt"), "一", "二");
        try (GuardedReader r = new GuardedReader(() -> LineCatalogs::read, Duration.ofSeconds(30))) {
            GuardedReader.Outcome o = r.read(f, "a");
            assertTrue(o.ok());
            assertEquals(2, o.document().entries().size());
        }
    }

    @Test
    void aTimedOutReadIsCancelledAndReallyStops() throws Exception {
        Path good = LineCatalogs.write(dir.resolve("good.txt"), "一");
        AtomicBoolean loopEnded = new AtomicBoolean();
        GuardedReader.DocumentReader endless = file -> {
            if (file.getFileName().toString().startsWith("endless")) {
                try {
                    while (true) ReadCancellation.check(); // a read loop with its checkpoint
                } finally {
                    loopEnded.set(true);
                }
            }
            return LineCatalogs.read(good);
        };
        try (GuardedReader r = new GuardedReader(() -> endless, Duration.ofMillis(200), Duration.ofMinutes(5))) {
            GuardedReader.Outcome o = r.read(dir.resolve("endless.txt"), "endless");
            assertEquals(FailureKind.TIMEOUT, o.failure().kind());
            assertTrue(o.failure().reason().endsWith("; stopped"), o.failure().reason());
            assertTrue(loopEnded.get(), "the worker left its loop before the next file starts");
            assertEquals(0, r.abandoned());
            assertTrue(r.read(good, "good").ok());
        }
    }

    @Test
    void aStuckFileIsAbandonedAndTheNextOneIsStillRead() throws Exception {
        Path good = LineCatalogs.write(dir.resolve("good.txt"), "一");
        GuardedReader.DocumentReader stuckOnce = file -> {
            if (file.getFileName().toString().startsWith("stuck")) {
                // No checkpoint, like a library parser in a tight loop.
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                while (System.nanoTime() < until) Thread.onSpinWait();
            }
            return LineCatalogs.read(good);
        };
        try (GuardedReader r = new GuardedReader(() -> stuckOnce, Duration.ofMillis(1500), Duration.ofMillis(100))) {
            GuardedReader.Outcome o = r.read(dir.resolve("stuck.txt"), "stuck");
            assertFalse(o.ok());
            assertEquals(FailureKind.TIMEOUT, o.failure().kind());
            assertEquals("stuck", o.failure().file());
            assertTrue(o.failure().reason().contains("1500 ms"), o.failure().reason());
            assertTrue(r.read(good, "good").ok(), "a fresh worker reads the next file");
            assertEquals(1, r.abandoned());
        }
    }

    @Test
    void runningOutOfMemoryFailsTheFileNotTheRun() throws Exception {
        GuardedReader.DocumentReader greedy = file -> {
            long[] hog = new long[Integer.MAX_VALUE]; // over the VM array limit: fails at once, no GC
            throw new AssertionError("unreachable " + hog.length);
        };
        try (GuardedReader r = new GuardedReader(() -> greedy, Duration.ofSeconds(60))) {
            GuardedReader.Outcome o = r.read(dir.resolve("bomb.docx"), "bomb");
            assertEquals(FailureKind.OUT_OF_MEMORY, o.failure().kind());
        }
    }

    @Test
    void unreadableFilesAndBugsBecomeFailuresWithTheirReason() throws Exception {
        try (GuardedReader r = new GuardedReader(() -> file -> {
            if (file.toString().endsWith(".pdf")) throw new UnreadableFileException(file, "pdf", "not a PDF");
            throw new IllegalStateException("cell index -1");
        }, Duration.ofSeconds(10))) {
            RunReport.Failure unreadable = r.read(dir.resolve("x.pdf"), "x.pdf").failure();
            assertEquals(FailureKind.UNREADABLE, unreadable.kind());
            assertEquals("not a PDF (read as pdf)", unreadable.reason());
            RunReport.Failure bug = r.read(dir.resolve("y.txt"), "y.txt").failure();
            assertEquals(FailureKind.ERROR, bug.kind());
            assertTrue(bug.reason().contains("cell index -1"), bug.reason());
        }
    }
}
