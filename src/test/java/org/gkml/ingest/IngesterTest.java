package org.gkml.ingest;

import org.gkml.vocabulary.Mappings;
import org.gkml.cli.ExitCode;
import org.gkml.index.LuceneCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest run over the real Lucene store, with a stand-in reader (one line, one item). */
class IngesterTest {

    @TempDir
    Path tmp;

    private final StringWriter log = new StringWriter();

    /** Exit codes unlike the CLI's, so the report is seen to record what the caller chose. */
    static final int OK = 10, FILES_FAILED = 11, FATAL = 13;

    static int exitCode(RunOutcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case FILES_FAILED -> FILES_FAILED;
            case FATAL -> FATAL;
        };
    }

    private RunReport ingest(Path tree, boolean prune, int threads, int checkpoint) {
        return ingest(tree, prune, threads, checkpoint, Duration.ofSeconds(30), LineCatalogs::read);
    }

    private RunReport ingest(Path tree, boolean prune, int threads, int checkpoint, Duration timeout, GuardedReader.DocumentReader reader) {
        IngestOptions o = new IngestOptions(List.of(tree), tmp.resolve("data"), prune, timeout, threads, 1 << 20, checkpoint);
        try (RunLog l = new RunLog(new PrintWriter(log), false)) {
            return new Ingester(o, SourceTree.of(Mappings.builtIn()), LuceneCatalogStore::open, () -> reader, l, IngesterTest::exitCode).run();
        }
    }

    private RunReport ingest(Path tree, boolean prune) {
        return ingest(tree, prune, 1, 500);
    }

    private static void assertCounts(RunReport r, int seen, int unchanged, int added, int updated, int deleted, int failed) {
        RunReport.Counts c = r.counts();
        assertEquals(List.of(seen, unchanged, added, updated, deleted, failed),
                List.of(c.seen(), c.unchanged(), c.added(), c.updated(), c.deleted(), c.failed()),
                "seen, unchanged, added, updated, deleted, failed");
        assertEquals(c.seen(), c.unchanged() + c.added() + c.updated() + c.failed());
    }

    private Map<String, String> versions() throws IOException {
        try (LuceneCatalogStore s = LuceneCatalogStore.open(tmp.resolve("data"))) {
            return s.versions();
        }
    }

    private List<String> records() throws IOException {
        return Files.readAllLines(tmp.resolve("data/records.jsonl"), StandardCharsets.UTF_8);
    }

    @Test
    void incrementalRunsAddSkipReplaceAndPrune() throws Exception {
        Path tree = tmp.resolve("tree");
        Path a = LineCatalogs.write(tree.resolve("a.txt"), "一", "二", "三");
        Path b = LineCatalogs.write(tree.resolve("sub/b.txt"), "四", "WARN", "五");

        RunReport first = ingest(tree, true);
        assertCounts(first, 2, 0, 2, 0, 0, 0);
        assertEquals(RunOutcome.OK, first.outcome());
        assertEquals(OK, first.exitCode());
        assertEquals(5, first.counts().entries());
        assertEquals(1, first.counts().warnings());
        assertEquals(new RunReport.Index(2, 5), first.index());
        assertEquals(Map.of(SourceTree.idOf(a), ContentHash.of(a), SourceTree.idOf(b), ContentHash.of(b)), versions());
        List<String> records = records();
        assertEquals(5, records.size());

        RunReport again = ingest(tree, true);
        assertCounts(again, 2, 2, 0, 0, 0, 0);
        assertEquals(new RunReport.Index(2, 5), again.index(), "re-ingest never duplicates");
        assertEquals(records, records());

        LineCatalogs.write(b, "四", "五", "六", "七");
        RunReport changed = ingest(tree, true);
        assertCounts(changed, 2, 1, 0, 1, 0, 0);
        assertEquals(new RunReport.Index(2, 7), changed.index());
        assertEquals(7, records().size());
        assertEquals(ContentHash.of(b), versions().get(SourceTree.idOf(b)));

        Files.delete(a);
        assertCounts(ingest(tree, false), 1, 1, 0, 0, 0, 0);
        assertTrue(versions().containsKey(SourceTree.idOf(a)), "without --prune a gone file stays");
        RunReport pruned = ingest(tree, true);
        assertCounts(pruned, 1, 1, 0, 0, 1, 0);
        assertEquals(Map.of(SourceTree.idOf(b), ContentHash.of(b)), versions());
        assertEquals(4, records().size());
        assertTrue(log.toString().contains("deleted " + SourceTree.idOf(a)), log.toString());
    }

    @Test
    void aFailedFileIsReportedKeepsItsOldRecordsAndTheRestIsIndexed() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("good.txt"), "一");
        Path flaky = LineCatalogs.write(tree.resolve("flaky.txt"), "二", "三");
        ingest(tree, true);
        Files.writeString(flaky, "");
        LineCatalogs.write(tree.resolve("empty.txt"));
        Files.writeString(tree.resolve("empty.txt"), " ");

        RunReport r = ingest(tree, true);
        assertEquals(RunOutcome.FILES_FAILED, r.outcome());
        assertEquals(FILES_FAILED, r.exitCode());
        assertCounts(r, 3, 1, 0, 0, 0, 2);
        assertEquals(List.of(SourceTree.idOf(tree.resolve("empty.txt")), SourceTree.idOf(flaky)),
                r.failures().stream().map(RunReport.Failure::file).toList());
        assertTrue(r.failures().stream().allMatch(f -> f.kind() == FailureKind.UNREADABLE && f.reason().contains("empty")), r.failures().toString());
        assertEquals(new RunReport.Index(2, 3), r.index(), "flaky keeps the records of its last good version");
        String text = log.toString();
        assertTrue(text.lines().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z FAIL .*flaky\\.txt: unreadable: .*")), text);
    }

    @Test
    void aStuckFileAndAMemoryHogFailAloneAndTheBatchGoesOn() throws Exception {
        Path tree = tmp.resolve("tree");
        for (int i = 0; i < 4; i++) LineCatalogs.write(tree.resolve("f" + i + ".txt"), "项" + i);
        LineCatalogs.write(tree.resolve("stuck.txt"), "x");
        LineCatalogs.write(tree.resolve("hog.txt"), "x");
        GuardedReader.DocumentReader reader = file -> {
            String name = file.getFileName().toString();
            if (name.equals("stuck.txt")) {
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (System.nanoTime() < until) Thread.onSpinWait();
            }
            if (name.equals("hog.txt")) {
                long[] hog = new long[Integer.MAX_VALUE]; // over the VM array limit: fails at once, no GC
                hog[0] = 1;
            }
            return LineCatalogs.read(file);
        };
        RunReport r = ingest(tree, false, 2, 500, Duration.ofMillis(1500), reader);
        assertEquals(FILES_FAILED, r.exitCode());
        assertCounts(r, 6, 0, 4, 0, 0, 2);
        assertEquals(List.of(FailureKind.OUT_OF_MEMORY, FailureKind.TIMEOUT), r.failures().stream().map(RunReport.Failure::kind).toList());
        assertEquals(new RunReport.Index(4, 4), r.index());
    }

    @Test
    void aDocumentTheIndexRefusesFailsAloneAndKeepsItsOldRecords() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一");
        Path b = LineCatalogs.write(tree.resolve("b.txt"), "二", "三");
        ingest(tree, false);
        LineCatalogs.write(b, "二", "三", "四");
        GuardedReader.DocumentReader immense = file -> {
            org.gkml.catalog.CatalogDocument d = LineCatalogs.read(file);
            if (!file.getFileName().toString().equals("b.txt")) return d;
            // An agency name far over Lucene's 32 KB term limit.
            return new org.gkml.catalog.CatalogDocument(d.source(), d.format(), d.title(), "局".repeat(20_000), d.region(),
                    d.level(), d.meta(), d.fields(), d.entries(), d.warnings());
        };
        LineCatalogs.write(tree.resolve("c.txt"), "五");
        RunReport r = ingest(tree, false, 1, 500, Duration.ofSeconds(30), immense);
        assertEquals(FILES_FAILED, r.exitCode(), r.toJson());
        assertCounts(r, 3, 1, 1, 0, 0, 1);
        assertEquals(FailureKind.ERROR, r.failures().get(0).kind());
        assertEquals(new RunReport.Index(3, 4), r.index(), "b keeps its two old entries");
    }

    @Test
    void aRunStoppedByAFailingCommitCountsOnlyWhatWasCommitted() throws Exception {
        Path tree = tmp.resolve("tree");
        for (int i = 0; i < 5; i++) LineCatalogs.write(tree.resolve("f" + i + ".txt"), "项" + i);
        int[] commits = {0};
        Ingester.StoreOpener diskFillsUp = dir -> {
            LuceneCatalogStore real = LuceneCatalogStore.open(dir);
            return (org.gkml.index.CatalogStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{org.gkml.index.CatalogStore.class}, (proxy, m, args) -> {
                        if (m.getName().equals("commit") && ++commits[0] == 2) throw new IOException("No space left on device");
                        try {
                            return m.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        IngestOptions o = new IngestOptions(List.of(tree), tmp.resolve("data"), false, Duration.ofSeconds(30), 1, 1 << 20, 2);
        RunReport r;
        try (RunLog l = new RunLog(new PrintWriter(log), false)) {
            r = new Ingester(o, SourceTree.of(Mappings.builtIn()), diskFillsUp, () -> LineCatalogs::read, l, IngesterTest::exitCode).run();
        }
        assertEquals(FATAL, r.exitCode());
        assertEquals(2, r.counts().added(), "the first checkpoint stands; the second never was: " + r.toJson());
        assertEquals(2, versions().size());
    }

    private RunReport ingestReadingAs(Path tree, String reading) {
        IngestOptions o = new IngestOptions(List.of(tree), tmp.resolve("data"), false, Duration.ofSeconds(30), 1, 1 << 20, 500)
                .readingAs(reading);
        try (RunLog l = new RunLog(new PrintWriter(log), false)) {
            return new Ingester(o, SourceTree.of(Mappings.builtIn()), LuceneCatalogStore::open, () -> LineCatalogs::read, l, IngesterTest::exitCode).run();
        }
    }

    @Test
    void anIndexReadAnotherWayIsReadAgainInFull() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        LineCatalogs.write(tree.resolve("b.txt"), "三");
        assertCounts(ingestReadingAs(tree, "1/aaaa"), 2, 0, 2, 0, 0, 0);
        assertCounts(ingestReadingAs(tree, "1/aaaa"), 2, 2, 0, 0, 0, 0);
        // other mapping files (or a newer gkml): the unchanged files are read again, as updates
        assertCounts(ingestReadingAs(tree, "1/bbbb"), 2, 0, 0, 2, 0, 0);
        assertTrue(log.toString().contains("reading every file again"), log.toString());
        assertCounts(ingestReadingAs(tree, "1/bbbb"), 2, 2, 0, 0, 0, 0);
        try (LuceneCatalogStore s = LuceneCatalogStore.open(tmp.resolve("data"))) {
            assertEquals("1/bbbb", s.lastCommitData().get(Ingester.READING_KEY));
        }
    }

    @Test
    void checkpointsCommitWholeDocumentsAndTheEndCommitIsMarkedComplete() throws Exception {
        Path tree = tmp.resolve("tree");
        for (int i = 0; i < 7; i++) LineCatalogs.write(tree.resolve("f" + i + ".txt"), "项" + i, "另一项" + i);
        RunReport r = ingest(tree, false, 3, 2);
        assertCounts(r, 7, 0, 7, 0, 0, 0);
        assertEquals(new RunReport.Index(7, 14), r.index());
        try (LuceneCatalogStore s = LuceneCatalogStore.open(tmp.resolve("data"))) {
            Map<String, String> data = s.lastCommitData();
            assertEquals("true", data.get("gkml.run.complete"));
            // three readers add at once, so a checkpoint holds two documents or a few more: at most three
            // checkpoints of two, at least one, then the end
            int commits = Integer.parseInt(data.get("gkml.run.checkpoint"));
            assertTrue(commits >= 2 && commits <= 4, "checkpoints of two or more, then the end: " + commits);
            assertEquals(commits - 1, log.toString().lines().filter(l -> l.contains("checkpoint")).count(), log.toString());
        }
    }

    @Test
    void aRunReportIsSavedInTheDataFolder() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "WARN");
        RunReport r = ingest(tree, false);
        List<Path> runs;
        try (var s = Files.list(tmp.resolve("data/runs"))) {
            runs = s.toList();
        }
        assertEquals(1, runs.size());
        assertTrue(runs.get(0).getFileName().toString().matches("\\d{8}T\\d{6}Z\\.json"), runs.get(0).toString());
        RunReport saved = RunReport.fromJson(Files.readString(runs.get(0)));
        assertEquals(r.counts(), saved.counts());
        assertEquals(List.of(new RunReport.FileWarning(SourceTree.idOf(tree.resolve("a.txt")), "channels", "a line asked for a warning")),
                saved.warnings());
    }

    @Test
    void aHeldLockIsFatalAndNamesTheHolder() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一");
        Files.createDirectories(tmp.resolve("data"));
        long holder = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(tmp.resolve("data/ingest.lock"), "pid=" + holder + "\nhost=" + IngestLock.thisHost() + "\nstarted=" + Instant.now() + "\n");
        RunReport r = ingest(tree, false);
        assertEquals(RunOutcome.FATAL, r.outcome());
        assertEquals(FATAL, r.exitCode());
        assertTrue(r.message().contains("process " + holder), r.message());
        assertNull(r.index());
        assertFalse(Files.exists(tmp.resolve("data/index")), "nothing was done");
    }

    @Test
    void anUnusableIndexIsFatalAndReleasesTheLock() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一");
        Files.createDirectories(tmp.resolve("data/index"));
        Files.writeString(tmp.resolve("data/index/segments_1"), "not a Lucene commit");
        RunReport r = ingest(tree, false);
        assertEquals(FATAL, r.exitCode());
        assertTrue(r.message().contains("cannot be opened"), r.message());
        assertFalse(Files.exists(tmp.resolve("data/ingest.lock")));
    }

    @Test
    void aDataFolderThatCannotBeCreatedOrAMissingPathIsFatal() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一");
        Files.writeString(tmp.resolve("data"), "a file where the data folder should be");
        RunReport r = ingest(tree, false);
        assertEquals(FATAL, r.exitCode());
        assertTrue(r.message().contains("data folder"), r.message());

        RunReport missing = ingest(tmp.resolve("no-such-tree"), true);
        assertEquals(FATAL, missing.exitCode());
        assertTrue(missing.message().contains("no such file or folder"), missing.message());
    }

    @Test
    void recordsAreRewrittenWhenTheyLagBehindTheCommittedIndex() throws Exception {
        Path tree = tmp.resolve("tree");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        ingest(tree, false);
        List<String> good = records();
        Path catalogs = tmp.resolve("data/catalogs.jsonl");
        List<String> facts = Files.readAllLines(catalogs);
        assertEquals(1, facts.size(), "one catalog, one line of facts");
        // As after a kill between the commit and the renames.
        Files.writeString(tmp.resolve("data/records.jsonl"), "");
        Files.writeString(catalogs, "");
        Files.writeString(tmp.resolve("data/records.state"), "{\"versions\":\"stale\",\"documents\":0,\"entries\":0}");
        RunReport r = ingest(tree, false);
        assertCounts(r, 1, 1, 0, 0, 0, 0);
        assertEquals(good, records());
        assertEquals(facts, Files.readAllLines(catalogs), "the catalogs' facts caught up with the records");
        assertEquals(new RunReport.Index(1, 2), r.index());
    }

    /** A tab-separated catalog the real reader (in a child JVM) reads. */
    private static void tabCatalog(Path file, String item) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "政府信息公开目录\n序号\t信息名称\t公开时限\n1\t" + item + "\t20个工作日内\n", StandardCharsets.UTF_8);
    }

    @Test
    void reRunsStartReadingProcessesOnlyForWhatTheyRead() throws Exception {
        Path tree = tmp.resolve("tree");
        for (int i = 0; i < 3; i++) tabCatalog(tree.resolve("f" + i + ".txt"), "机构职能" + i);
        IngestOptions o = new IngestOptions(List.of(tree), tmp.resolve("data"), false, Duration.ofSeconds(60), 2, 1 << 20, 500)
                .inChildProcesses(new ForkedReader.Settings(2, 256L << 20, List.of()));
        java.util.function.Supplier<RunReport> run = () -> {
            try (RunLog l = new RunLog(new PrintWriter(log), false)) {
                return new Ingester(o, SourceTree.of(Mappings.builtIn()), LuceneCatalogStore::open, () -> LineCatalogs::read, l, IngesterTest::exitCode).run();
            }
        };
        RunReport first = run.get();
        assertCounts(first, 3, 0, 3, 0, 0, 0);
        assertEquals(2, first.counts().readingProcesses(), "a first run starts one per thread: " + first.toJson());
        RunReport unchanged = run.get();
        assertCounts(unchanged, 3, 3, 0, 0, 0, 0);
        assertEquals(0, unchanged.counts().readingProcesses(), "nothing to read, nothing started");
        tabCatalog(tree.resolve("f0.txt"), "机构职能改");
        tabCatalog(tree.resolve("f1.txt"), "办公地址改");
        RunReport changed = run.get();
        assertCounts(changed, 3, 1, 0, 2, 0, 0);
        assertEquals(1, changed.counts().readingProcesses(), "two files are not worth a second process's start: " + changed.toJson());
        assertTrue(records().stream().anyMatch(r -> r.contains("办公地址改")), records().toString());
    }
}
