package org.gkml.ingest;

import org.gkml.index.LuceneCatalogStore;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file's stamp in records.state lets a re-run take its hash without reading it, and only while nothing changed. */
class FileStampTest {

    @TempDir
    Path tmp;

    private final StringWriter log = new StringWriter();

    private RunReport ingest(Path tree, Path data) {
        IngestOptions o = new IngestOptions(List.of(tree), data, true, Duration.ofSeconds(30), 1, 1 << 20, 500);
        try (RunLog l = new RunLog(new PrintWriter(log), false)) {
            return new Ingester(o, SourceTree.of(Mappings.builtIn()), LuceneCatalogStore::open, () -> LineCatalogs::read, l,
                    IngesterTest::exitCode).run();
        }
    }

    @Test
    void aStampIsWrittenAndParsedBackAndOnlyTheFiveNumbersMakeOne() throws Exception {
        Path f = LineCatalogs.write(tmp.resolve("a.txt"), "一");
        FileStamp s = FileStamp.of(f);
        assertNotNull(s, "this file system gives ctime, device and inode");
        assertEquals(Files.size(f), s.size());
        assertEquals(s, FileStamp.parse(s.encode()));
        for (String bad : new String[]{null, "", "1 2 3 4", "1 2 3 4 5 6", "1 2 x 4 5", "1  2 3 4"}) assertNull(FileStamp.parse(bad), bad);
    }

    /** Stamps taken for a run started at {@code runStarted}: kept only when the file was last written 5 s before. */
    @Test
    void onlyAFileLastWrittenWellBeforeTheRunBeganIsStamped() throws Exception {
        Path f = LineCatalogs.write(tmp.resolve("a.txt"), "一");
        FileStamp s = FileStamp.of(f);
        Instant written = Instant.EPOCH.plusNanos(Math.max(s.modifiedNanos(), s.changedNanos()));
        assertTrue(s.settledBefore(written.plusSeconds(6)));
        assertTrue(!s.settledBefore(written.plusSeconds(4)), "written 4 s before the run: hashed again next time");
        assertTrue(!s.settledBefore(written.minusSeconds(1)), "written after the run began");
        // a change (ctime) just before the run is enough to keep no stamp, however old the mtime
        FileStamp touchedBack = new FileStamp(s.size(), s.modifiedNanos() - 3_600_000_000_000L, s.changedNanos(), s.device(), s.inode());
        assertTrue(!touchedBack.settledBefore(written.plusSeconds(4)));
    }

    /** A state written by a run that began a minute after the file was written (so its stamp is kept). */
    private RecordsFile stampedState(Path tree, Path data, Path file, UnaryOperator<FileStamp> keptAs) throws Exception {
        ingest(tree, data);
        RecordsFile rf = new RecordsFile(data);
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            Map<String, String> versions = store.versions();
            String id = SourceTree.idOf(file);
            IngestPlan.Hashed h = new IngestPlan.Hashed(new SourceTree.SourceFile(id, file, Files.size(file)), versions.get(id),
                    keptAs.apply(FileStamp.of(file)));
            Map<String, String> stamps = rf.stampsToKeep(List.of(h), Set.of(id), versions, Instant.now().plusSeconds(60));
            assertEquals(Set.of(id), stamps.keySet());
            rf.sync(store, versions, stamps);
        }
        return new RecordsFile(data);
    }

    @Test
    void theHashIsTakenOnlyForTheVeryStampItWasKeptWith() throws Exception {
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        String id = SourceTree.idOf(a);
        RecordsFile same = stampedState(tree, data, a, UnaryOperator.identity());
        assertEquals(ContentHash.of(a), same.hashIfStamped(id, FileStamp.of(a)), "unchanged: the kept hash");
        assertNull(same.hashIfStamped(id + "x", FileStamp.of(a)), "another file");
        assertNull(same.hashIfStamped(id, null), "no stamp to compare");
        // a state kept with a stamp that differs in one number from the file's now: the file is hashed
        List<UnaryOperator<FileStamp>> oneNumberOff = List.of(
                s -> new FileStamp(s.size() + 1, s.modifiedNanos(), s.changedNanos(), s.device(), s.inode()),
                s -> new FileStamp(s.size(), s.modifiedNanos() - 1, s.changedNanos(), s.device(), s.inode()),
                s -> new FileStamp(s.size(), s.modifiedNanos(), s.changedNanos() - 1, s.device(), s.inode()),
                s -> new FileStamp(s.size(), s.modifiedNanos(), s.changedNanos(), s.device() + 1, s.inode()),
                s -> new FileStamp(s.size(), s.modifiedNanos(), s.changedNanos(), s.device(), s.inode() + 1));
        for (int i = 0; i < oneNumberOff.size(); i++) {
            Path d = tmp.resolve("data" + i);
            assertNull(stampedState(tree, d, a, oneNumberOff.get(i)).hashIfStamped(id, FileStamp.of(a)), "number " + i + " differs");
        }
    }

    @Test
    void aChangedSizeOrMtimeMeansHashingAgain() throws Exception {
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        String id = SourceTree.idOf(a);
        assertNotNull(stampedState(tree, data, a, UnaryOperator.identity()).hashIfStamped(id, FileStamp.of(a)));
        FileTime mtime = Files.getLastModifiedTime(a);
        Files.setLastModifiedTime(a, FileTime.from(mtime.toInstant().minusSeconds(3600)));
        assertNull(new RecordsFile(data).hashIfStamped(id, FileStamp.of(a)), "mtime set back");
        assertNotNull(stampedState(tree, data, a, UnaryOperator.identity()).hashIfStamped(id, FileStamp.of(a)));
        Files.writeString(a, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertNull(new RecordsFile(data).hashIfStamped(id, FileStamp.of(a)), "a byte more");
    }

    @Test
    void aFileWrittenJustBeforeTheRunIsNotStamped() throws Exception {
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        ingest(tree, data);   // began within a second of writing a.txt
        ingest(tree, data);
        assertNull(new RecordsFile(data).hashIfStamped(SourceTree.idOf(a), FileStamp.of(a)));
        assertTrue(log.toString().contains("hashed 1 of 1 files"), log.toString());
    }

    /** A stamp kept for a file in another tree of the same index stays while its document is as it was. */
    @Test
    void stampsOfFilesThisRunDidNotSeeAreKeptWhileTheirVersionHolds() throws Exception {
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一");
        String id = SourceTree.idOf(a);
        stampedState(tree, data, a, UnaryOperator.identity());
        RecordsFile rf = new RecordsFile(data);
        String hash = ContentHash.of(a);
        assertEquals(Map.of(id, FileStamp.of(a).encode()), rf.stampsToKeep(List.of(), Set.of(), Map.of(id, hash), Instant.now()));
        assertEquals(Map.of(), rf.stampsToKeep(List.of(), Set.of(), Map.of(id, "another"), Instant.now()), "its version changed");
        assertEquals(Map.of(), rf.stampsToKeep(List.of(), Set.of(id), Map.of(id, hash), Instant.now()), "seen, not stamped now");
    }

    /** End to end, with files last written over 5 s before the runs (this test waits that long once). */
    @Test
    void aReRunReadsOnlyTheFilesWhoseStampChanged() throws Exception {
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        Path b = LineCatalogs.write(tree.resolve("b.txt"), "三");
        Thread.sleep(FileStamp.SETTLE.toMillis() + 300);
        ingest(tree, data);
        log.getBuffer().setLength(0);
        RunReport r = ingest(tree, data);
        assertEquals(2, r.counts().unchanged());
        assertTrue(log.toString().contains("hashed 0 of 2 files"), log.toString());
        // other bytes of the same size, the mtime put back: the change time tells, and b is read again
        FileTime mtime = Files.getLastModifiedTime(b);
        LineCatalogs.write(b, "四");
        Files.setLastModifiedTime(b, mtime);
        log.getBuffer().setLength(0);
        r = ingest(tree, data);
        assertTrue(log.toString().contains("hashed 1 of 2 files"), log.toString());
        assertEquals(List.of(1, 1), List.of(r.counts().unchanged(), r.counts().updated()));
    }
}
