package org.gkml.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestLockTest {

    @TempDir
    Path dir;

    private Path lockFile() {
        return dir.resolve("ingest.lock");
    }

    private void writeLock(long pid, String host, Instant started) throws IOException {
        Files.writeString(lockFile(), "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\n", StandardCharsets.UTF_8);
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void holdsPidHostAndStartAndIsReleased() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (IngestLock lock = IngestLock.acquire(lockFile(), warnings::add)) {
            String text = Files.readString(lockFile());
            assertTrue(text.contains("pid=" + ProcessHandle.current().pid()), text);
            assertTrue(text.contains("host=" + IngestLock.thisHost()), text);
            assertTrue(text.contains("started=20"), text);
        }
        assertFalse(Files.exists(lockFile()), "released on close");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no temporary files left");
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLiveHolderStopsTheSecondRunAndIsNamed() throws Exception {
        ProcessHandle live = ProcessHandle.current().parent().orElseThrow();
        writeLock(live.pid(), IngestLock.thisHost(), Instant.now());
        IngestLock.HeldException e = assertThrows(IngestLock.HeldException.class, () -> IngestLock.acquire(lockFile(), w -> { }));
        assertTrue(e.getMessage().contains("process " + live.pid() + " on " + IngestLock.thisHost()), e.getMessage());
        assertTrue(Files.exists(lockFile()), "another's lock is never removed");
    }

    @Test
    void aLockFromAnotherHostIsRespected() throws Exception {
        writeLock(deadPid(), "some-other-host", Instant.now());
        IngestLock.HeldException e = assertThrows(IngestLock.HeldException.class, () -> IngestLock.acquire(lockFile(), w -> { }));
        assertTrue(e.getMessage().contains("some-other-host"), e.getMessage());
    }

    @Test
    void aStaleLockFromADeadProcessIsRecoveredWithAWarning() throws Exception {
        long dead = deadPid();
        writeLock(dead, IngestLock.thisHost(), Instant.now().minusSeconds(60));
        List<String> warnings = new ArrayList<>();
        try (IngestLock lock = IngestLock.acquire(lockFile(), warnings::add)) {
            assertTrue(Files.readString(lockFile()).contains("pid=" + ProcessHandle.current().pid()));
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("stale") && warnings.get(0).contains(String.valueOf(dead)), warnings.get(0));
    }

    @Test
    void aPidReusedByALaterProcessCountsAsStale() throws Exception {
        // The parent process is alive but started long after this (made-up) lock was taken.
        ProcessHandle live = ProcessHandle.current().parent().orElseThrow();
        writeLock(live.pid(), IngestLock.thisHost(), Instant.parse("2001-01-01T00:00:00Z"));
        List<String> warnings = new ArrayList<>();
        IngestLock.acquire(lockFile(), warnings::add).close();
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void anUnreadableLockIsRespectedWhileFreshAndRecoveredWhenOld() throws Exception {
        Files.writeString(lockFile(), "garbage");
        assertThrows(IngestLock.HeldException.class, () -> IngestLock.acquire(lockFile(), w -> { }));
        Files.setLastModifiedTime(lockFile(), FileTime.from(Instant.now().minusSeconds(3600)));
        List<String> warnings = new ArrayList<>();
        IngestLock.acquire(lockFile(), warnings::add).close();
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void releasingDoesNotRemoveALockThatIsNoLongerOurs() throws Exception {
        IngestLock lock = IngestLock.acquire(lockFile(), w -> { });
        writeLock(12345, "another-host", Instant.now());
        lock.close();
        assertTrue(Files.exists(lockFile()));
    }

    @Test
    void aStaleLockOfBytesThatAreNotUtf8IsRecovered() throws Exception {
        Files.write(lockFile(), new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0x80, 'p', 'i', 'd', (byte) 0xc3});
        Files.setLastModifiedTime(lockFile(), FileTime.from(Instant.now().minusSeconds(3600)));
        List<String> warnings = new ArrayList<>();
        try (IngestLock l = IngestLock.acquire(lockFile(), warnings::add)) {
            assertTrue(Files.readString(lockFile()).contains("pid"), Files.readString(lockFile()));
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("unreadable lock"), warnings.toString());
        assertFalse(Files.exists(lockFile()));
    }
}
