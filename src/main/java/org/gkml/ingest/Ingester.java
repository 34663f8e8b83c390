package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.ingest.IngestPlan.Hashed;
import org.gkml.ingest.SourceTree.SourceFile;
import org.gkml.index.CatalogStore;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * One ingest run: list the tree, hash every file, read the new and changed ones under guard, replace their
 * records, prune, commit, write records.jsonl and the run report.
 *
 * <p>Consistency: the store is committed every {@link IngestOptions#checkpointEvery} documents read and
 * once at the end. Each commit holds whole documents only (a document's old records go in the same commit
 * its new ones arrive), so a run killed at any moment leaves the last commit intact, and the next run sees
 * the documents already committed as unchanged and reads only the rest. Prune deletions go in the final
 * commit. A file that fails keeps the records an earlier run gave it and is tried again next run.
 */
public final class Ingester {

    /** The commit user data that says how the index's documents were read ({@link IngestOptions#reading}). */
    static final String READING_KEY = "gkml.reading";

    /** Opens the index in a data folder; {@code LuceneCatalogStore::open} in production. */
    @FunctionalInterface
    public interface StoreOpener {
        CatalogStore open(Path dataDir) throws IOException;
    }

    /**
     * Files to read for each reading process a re-run starts. A process costs about 1.5 s of CPU to start and warm
     * up, and each process then compiles the reading code anew (its first files read slowly): at 10,000 files with
     * 100 changed, one process read them for 17.7–17.8 s of CPU in all, two for 20.4–22.6 s, in the same wall time on
     * the shared machine (issue 11). A second process pays for itself only over a few hundred files.
     */
    static final int FILES_PER_PROCESS = 200;

    /** Report files kept in DATA/runs; older ones are deleted. */
    static final int KEPT_REPORTS = 200;

    private static final DateTimeFormatter REPORT_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final IngestOptions options;
    private final SourceTree tree;
    private final StoreOpener opener;
    private final Supplier<GuardedReader.DocumentReader> readers;
    private final RunLog log;
    private final ToIntFunction<RunOutcome> exitCodes;

    /** @param exitCodes the process exit code the caller gives each outcome; the run report records it */
    public Ingester(IngestOptions options, SourceTree tree, StoreOpener opener, Supplier<GuardedReader.DocumentReader> readers, RunLog log,
                    ToIntFunction<RunOutcome> exitCodes) {
        this.options = options;
        this.tree = tree;
        this.opener = opener;
        this.readers = readers;
        this.log = log;
        this.exitCodes = exitCodes;
    }

    /** Stops the run: the outcome is fatal with this message. */
    private static final class Fatal extends Exception {
        Fatal(String message) {
            super(message);
        }
    }

    public RunReport run() {
        Run run = new Run();
        try {
            run.execute();
        } catch (Fatal f) {
            run.fatal = f.getMessage();
        } catch (RuntimeException | Error e) {
            // A bug (or the index writer giving up) ends the run, but still with a report and a clear exit code.
            run.fatal = "internal error: " + e;
        }
        RunReport report = run.report();
        if (report.outcome() == RunOutcome.FATAL) log.fail(report.message());
        run.saveReport(report);
        summarise(report, run.reportFile);
        return report;
    }

    private final class Run {
        final Instant started = Instant.now();
        final Path data = options.dataDir().toAbsolutePath().normalize();
        final List<RunReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        final List<RunReport.FileWarning> warnings = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger added = new AtomicInteger(), updated = new AtomicInteger(), pending = new AtomicInteger();
        final AtomicInteger checkpoints = new AtomicInteger(), readingProcesses = new AtomicInteger();
        String committedReading;
        /** records.jsonl and its state, read once in the run. */
        final RecordsFile records = new RecordsFile(data);
        /** The committed versions when the run began. */
        Map<String, String> indexedAtStart;
        /** The documents this run gave the index: id → hash. */
        final Map<String, String> replaced = new java.util.concurrent.ConcurrentHashMap<>();
        /** True when the index refused a document: what it then holds of it is not worked out, but read from it. */
        volatile boolean refused;
        final java.util.concurrent.locks.ReadWriteLock commitLock = new java.util.concurrent.locks.ReentrantReadWriteLock();
        final AtomicLong entries = new AtomicLong(), warningCount = new AtomicLong(), ocrPages = new AtomicLong(), lowConfidence = new AtomicLong();
        int seen, unchanged, deleted, ignored;
        /** Counts as of the last commit: a fatal run reports what stands in the index, not what was read. */
        int committedAdded, committedUpdated, committedDeleted;
        long listMs, hashMs, readMs, commitMs, recordsMs;
        RunReport.Index index;
        String fatal;
        Path reportFile;
        boolean dataUsable;

        void execute() throws Fatal {
            for (Path p : options.paths()) {
                if (!Files.exists(p)) throw new Fatal(p + ": no such file or folder (nothing was done)");
            }
            try {
                Files.createDirectories(data);
            } catch (IOException e) {
                throw new Fatal("cannot create the data folder " + data + ": " + SourceTree.reason(e));
            }
            if (!Files.isDirectory(data) || !Files.isWritable(data)) throw new Fatal("the data folder " + data + " is not writable");
            dataUsable = true;
            IngestLock lock;
            try {
                lock = IngestLock.acquire(data.resolve("ingest.lock"), log::warn);
            } catch (IngestLock.HeldException e) {
                throw new Fatal(e.getMessage());
            } catch (IOException e) {
                throw new Fatal("cannot write the lock file in " + data + ": " + SourceTree.reason(e));
            }
            // reading processes start only once something is to be read: see ingest and hashAll
            ForkedReader pool = options.children() == null ? null : ForkedReader.lazy(options.children(), options.timeout());
            try {
                CatalogStore store;
                try {
                    store = opener.open(data);
                } catch (IOException | RuntimeException e) {
                    throw new Fatal("the index in " + data + " cannot be opened: " + e.getMessage());
                }
                try {
                    ingest(store, pool);
                } catch (IOException e) {
                    rollback(store);
                    throw new Fatal("the index in " + data + " failed during the run (the last commit stands): " + e.getMessage());
                } finally {
                    try {
                        store.close();
                    } catch (IOException e) {
                        log.warn("closing the index: " + e.getMessage());
                    }
                }
            } finally {
                if (pool != null) {
                    pool.close();
                    readingProcesses.set(pool.started());
                }
                try {
                    lock.close();
                } catch (IOException e) {
                    log.warn("cannot remove the lock " + lock.file() + ": " + e.getMessage());
                }
            }
        }

        /** @param pool the reading processes (none started yet), or null to read in this process */
        void ingest(CatalogStore store, ForkedReader pool) throws IOException, Fatal {
            long t = System.nanoTime();
            SourceTree.Listing listing = tree.walk(options.paths(), data);
            listMs = millisSince(t);
            failures.addAll(listing.problems());
            warnings.addAll(listing.notes());
            for (RunReport.Failure f : listing.problems()) log.fileFail(f.file() + ": " + f.kind().json() + ": " + f.reason());
            for (RunReport.FileWarning w : listing.notes()) log.fileWarn(w.file() + ": " + w.message() + " [" + w.code() + "]");
            seen = listing.files().size() + listing.problems().size();
            ignored = listing.ignored();
            log.info("found " + listing.files().size() + " catalog files under " + options.paths().size() + " path(s)"
                    + (ignored > 0 ? ", " + ignored + " other files ignored" : ""));

            if (store.rebuilding() != null) {
                log.info("the index was written by " + (store.rebuilding().isEmpty() ? "an older gkml" : "another gkml (index format " + store.rebuilding() + ")")
                        + "; rebuilding it: every file is read again, and documents whose files are gone are dropped");
            }
            Map<String, String> indexed = records.committedVersions(store);
            indexedAtStart = indexed;
            String indexedReading = store.lastCommitData().get(READING_KEY);
            committedReading = indexedReading;
            boolean readingChanged = options.reading() != null && !indexed.isEmpty() && !options.reading().equals(indexedReading);
            // When every file will be read (a first run, or another reading), the reading processes start now and warm
            // up while the files are hashed; otherwise the first starts when hashing finds a file to read, and more only
            // once the plan shows enough to read.
            if (pool != null && !listing.files().isEmpty() && (indexed.isEmpty() || readingChanged)) {
                pool.limitTo(Math.min(options.children().processes(), listing.files().size()));
                while (pool.prestart()) {
                    // one more started
                }
            }
            ingest(store, listing, indexed, indexedReading, readingChanged, pool);
        }

        private void ingest(CatalogStore store, SourceTree.Listing listing, Map<String, String> indexed, String indexedReading,
                            boolean readingChanged, ForkedReader pool) throws IOException, Fatal {
            long t = System.nanoTime();
            List<Hashed> hashed = hashAll(listing.files(), indexed, pool);
            hashMs = millisSince(t);

            Set<String> present = new HashSet<>();
            listing.files().forEach(f -> present.add(f.id()));
            listing.problems().forEach(f -> present.add(f.file()));
            List<String> roots = options.paths().stream().map(SourceTree::idOf).toList();
            if (readingChanged) {
                // every document was read another way (an older gkml, other mapping files): read them all again
                log.info("the index was read " + (indexedReading == null ? "by an older gkml" : "another way (" + indexedReading + ")")
                        + "; reading every file again (" + options.reading() + ")");
                Map<String, String> stale = new TreeMap<>();
                indexed.keySet().forEach(id -> stale.put(id, ""));
                indexed = stale;
            }
            IngestPlan plan = IngestPlan.of(indexed, hashed, present, roots, listing.unlisted(), options.prune());
            unchanged = plan.unchanged().size();
            // nothing to read (a file hashed to new content whose read then became moot): a process started for it
            // is stopped before the log lines, the commit and the records
            if (pool != null && plan.toRead().isEmpty()) pool.close();
            List<String> unchangedLines = new ArrayList<>(plan.unchanged().size());
            for (Hashed h : plan.unchanged()) unchangedLines.add("unchanged " + h.file().id());
            log.fileInfos(unchangedLines);

            t = System.nanoTime();
            Set<String> isNew = new HashSet<>();
            plan.added().forEach(h -> isNew.add(h.file().id()));
            readAll(store, plan.toRead(), isNew, pool);
            // the reading processes are done: their memory is free for the commit and the records
            if (pool != null) pool.close();
            readMs = millisSince(t);

            t = System.nanoTime();
            for (String id : plan.deleted()) {
                store.delete(id);
                deleted++;
                pending.incrementAndGet();
                log.fileInfo("deleted " + id + " (gone from the tree)");
            }
            // the run ends with a commit marked complete, also when its last checkpoint happened to take the last
            // document (readers add at once, so a checkpoint may hold a few more than --checkpoint)
            if (pending.get() > 0 || checkpoints.get() > 0) {
                commit(store, true);
                // before records.state is written: it names the index's last commit
                store.finishMerges();
            }
            commitMs += millisSince(t);

            t = System.nanoTime();
            // We hold the lock, so nobody else commits: without a commit in this run the index is as it was at the
            // start, and with one it is that with this run's documents replaced and deleted (reading the versions out
            // of the index again is a stored-field read per document, seconds at 10,000, after a few changed)
            Map<String, String> versions = checkpoints.get() == 0 ? indexedAtStart : refused ? store.versions() : after(plan);
            RecordsFile.State state;
            try {
                state = records.sync(store, versions, records.stampsToKeep(hashed, present, versions, started));
            } catch (IOException e) {
                throw new Fatal("the index is committed, but " + data.resolve("records.jsonl") + " cannot be written: "
                        + e.getMessage() + " (the next run writes it)");
            }
            recordsMs = millisSince(t);
            index = new RunReport.Index(versions.size(), state.entries());
        }

        /** The versions at the start with this run's changes. */
        private Map<String, String> after(IngestPlan plan) {
            Map<String, String> out = new TreeMap<>(indexedAtStart);
            out.putAll(replaced);
            plan.deleted().forEach(out::remove);
            return out;
        }

        /**
         * @param indexed the committed versions: the first file hashed to another content than its committed one
         *                starts a reading process in {@code pool} (when not null), which then warms up while the rest
         *                is hashed and the plan made, instead of after
         */
        List<Hashed> hashAll(List<SourceFile> files, Map<String, String> indexed, ForkedReader pool) throws IOException {
            log.startProgress("hashing", files.size());
            List<Hashed> out = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger read = new AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean toRead = new java.util.concurrent.atomic.AtomicBoolean(pool == null);
            parallel(files, f -> {
                try {
                    if (f.size() > options.maxFileBytes()) {
                        failed(new RunReport.Failure(f.id(), FailureKind.TOO_LARGE, "the file has " + f.size()
                                + " bytes, over the limit of " + options.maxFileBytes() + " (--max-size)"));
                    } else {
                        // the stamp before the bytes: a file written while it is hashed has a newer stamp next run
                        FileStamp stamp = FileStamp.of(f.path());
                        String known = records.hashIfStamped(f.id(), stamp);
                        if (known == null) read.incrementAndGet();
                        String hash = known != null ? known : ContentHash.of(f.path());
                        if (!hash.equals(indexed.get(f.id())) && toRead.compareAndSet(false, true)) pool.prestart();
                        out.add(new Hashed(f, hash, stamp));
                    }
                } catch (IOException e) {
                    failed(new RunReport.Failure(f.id(), FailureKind.IO, "cannot read the file: " + SourceTree.reason(e)));
                }
                log.step();
            });
            log.endProgress();
            log.info("hashed " + read.get() + " of " + out.size() + " files (the others are as their stamp in records.state says)");
            List<Hashed> sorted = new ArrayList<>(out);
            sorted.sort(java.util.Comparator.comparing(h -> h.file().id()));
            return sorted;
        }

        /** @param pool the reading processes, or null to read in this process (the caller closes them) */
        void readAll(CatalogStore store, List<Hashed> todo, Set<String> isNew, ForkedReader pool) throws IOException {
            if (todo.isEmpty()) return;
            log.startProgress("reading", todo.size());
            // a re-run's further children start as reads need them, no more than its few files are worth (those
            // already started, on a first run all of them, stay)
            if (pool != null) pool.limitTo(Math.min(options.children().processes(), (todo.size() + FILES_PER_PROCESS - 1) / FILES_PER_PROCESS));
            try (ReadGuard own = pool != null ? null : new GuardedReader(readers, options.timeout())) {
                ReadGuard reader = pool != null ? pool : own;
                parallel(todo, h -> {
                    long t0 = System.nanoTime();
                    GuardedReader.Outcome outcome;
                    try {
                        outcome = reader.read(h.file().path(), h.file().id());
                    } catch (OutOfMemoryError e) {
                        outcome = new GuardedReader.Outcome(null, new RunReport.Failure(h.file().id(), FailureKind.OUT_OF_MEMORY, "ran out of memory while reading"));
                    }
                    if (outcome.ok()) {
                        store(store, h, outcome.document(), isNew.contains(h.file().id()), millisSince(t0));
                    } else {
                        failed(outcome.failure());
                    }
                    log.step();
                });
                if (reader.abandoned() > 0) log.warn(reader.abandoned() + " timed-out read(s) did not stop and were left running");
            } finally {
                log.endProgress();
            }
        }

        void store(CatalogStore store, Hashed h, CatalogDocument doc, boolean isNew, long ms) throws IOException {
            // Documents are analysed and added by all reading threads at once (IndexWriter is thread-safe);
            // a commit waits for the additions under way and holds the others back, so every commit holds
            // whole documents and the counts committed with it are exact.
            commitLock.readLock().lock();
            try {
                try {
                    store.replace(h.file().id(), h.hash(), doc);
                    replaced.put(h.file().id(), h.hash());
                } catch (IllegalArgumentException e) {
                    refused = true;
                    // Lucene refuses this document alone (e.g. a term over its size limit); the writer goes on.
                    failed(new RunReport.Failure(h.file().id(), FailureKind.ERROR, "cannot index the document: " + e.getMessage()));
                    return;
                }
                (isNew ? added : updated).incrementAndGet();
                entries.addAndGet(doc.entries().size());
                warningCount.addAndGet(doc.warnings().size());
                for (Warning w : doc.warnings()) {
                    if (w.code() == WarningCode.OCR_PAGE) ocrPages.incrementAndGet();
                    if (w.code() == WarningCode.OCR_LOW_CONFIDENCE) lowConfidence.incrementAndGet();
                    warnings.add(new RunReport.FileWarning(h.file().id(), w.code().json(), w.where() == null ? w.message() : w.where() + ": " + w.message()));
                }
                pending.incrementAndGet();
            } finally {
                commitLock.readLock().unlock();
            }
            if (pending.get() >= options.checkpointEvery()) {
                commitLock.writeLock().lock();
                try {
                    if (pending.get() >= options.checkpointEvery()) { // another thread may have committed meanwhile
                        long t = System.nanoTime();
                        commit(store, false);
                        commitMs += millisSince(t);
                    }
                } finally {
                    commitLock.writeLock().unlock();
                }
            }
            log.fileInfo((isNew ? "added " : "updated ") + h.file().id() + ": " + doc.entries().size() + " entries ("
                    + ms + " ms)");
            if (!doc.warnings().isEmpty()) log.fileWarn(h.file().id() + ": " + doc.warnings().size() + " warnings: " + codes(doc.warnings()));
        }

        void commit(CatalogStore store, boolean complete) throws IOException {
            Map<String, String> userData = new TreeMap<>();
            userData.put("gkml.run.started", started.toString());
            userData.put("gkml.run.checkpoint", String.valueOf(checkpoints.incrementAndGet()));
            userData.put("gkml.run.complete", String.valueOf(complete));
            // Only a complete run has read every file the current way; a checkpoint keeps the reading the index
            // had, so a run killed half-way through a full re-read is re-read in full again.
            String reading = complete && options.reading() != null ? options.reading() : committedReading;
            if (reading != null) userData.put(READING_KEY, reading);
            store.commit(userData);
            committedReading = reading;
            pending.set(0);
            committedAdded = added.get();
            committedUpdated = updated.get();
            committedDeleted = deleted;
            if (!complete) log.info("checkpoint " + checkpoints.get() + " committed (" + (added.get() + updated.get()) + " documents read so far)");
        }

        void failed(RunReport.Failure f) {
            failures.add(f);
            log.fileFail(f.file() + ": " + f.kind().json() + ": " + f.reason());
        }

        /** Runs {@code work} over {@code items} on the configured number of threads; the first IOException wins. */
        <T> void parallel(List<T> items, IoConsumer<T> work) throws IOException {
            if (options.threads() == 1 || items.size() < 2) {
                for (T item : items) work.accept(item);
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(options.threads());
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (T item : items) {
                    futures.add(pool.submit(() -> {
                        work.accept(item);
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        for (Future<?> other : futures) other.cancel(true);
                        if (e.getCause() instanceof IOException io) throw io;
                        if (e.getCause() instanceof RuntimeException re) throw re;
                        if (e.getCause() instanceof Error err) throw err;
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }

        void rollback(CatalogStore store) {
            try {
                store.rollback();
            } catch (IOException | RuntimeException e) {
                log.warn("rollback failed: " + e.getMessage());
            }
        }

        RunReport report() {
            failures.sort(java.util.Comparator.comparing(RunReport.Failure::file));
            int failed = failures.size();
            RunOutcome outcome = fatal != null ? RunOutcome.FATAL : failed > 0 ? RunOutcome.FILES_FAILED : RunOutcome.OK;
            int exit = exitCodes.applyAsInt(outcome);
            Instant finished = Instant.now();
            return new RunReport(started.toString(), finished.toString(), outcome, exit, fatal, data.toString(),
                    options.paths().stream().map(SourceTree::idOf).toList(),
                    fatal != null
                            ? new RunReport.Counts(seen, unchanged, committedAdded, committedUpdated, committedDeleted, failed, ignored,
                            entries.get(), warningCount.get(), ocrPages.get(), lowConfidence.get(), readingProcesses.get())
                            : new RunReport.Counts(seen, unchanged, added.get(), updated.get(), deleted, failed, ignored,
                            entries.get(), warningCount.get(), ocrPages.get(), lowConfidence.get(), readingProcesses.get()),
                    fatal == null ? index : null,
                    new RunReport.Durations(listMs, hashMs, readMs, commitMs, recordsMs, Duration.between(started, finished).toMillis()),
                    List.copyOf(failures), List.copyOf(warnings));
        }

        void saveReport(RunReport report) {
            if (!dataUsable) return;
            Path runs = data.resolve("runs");
            try {
                Files.createDirectories(runs);
                String base = REPORT_NAME.format(started);
                Path f = runs.resolve(base + ".json");
                for (int i = 2; Files.exists(f); i++) f = runs.resolve(base + "-" + i + ".json");
                report.writeTo(f);
                reportFile = f;
                pruneReports(runs);
            } catch (IOException e) {
                log.warn("cannot write the run report in " + runs + ": " + e.getMessage());
            }
        }
    }

    private static void pruneReports(Path runs) throws IOException {
        List<Path> reports;
        try (var s = Files.list(runs)) {
            reports = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < reports.size() - KEPT_REPORTS; i++) Files.deleteIfExists(reports.get(i));
    }

    private void summarise(RunReport r, Path reportFile) {
        RunReport.Counts c = r.counts();
        String head = r.outcome() == RunOutcome.FATAL ? "stopped" : "done";
        log.info(head + " in " + String.format("%.1f s", r.durations().totalMillis() / 1000.0) + ": " + c.seen() + " files seen, "
                + c.added() + " added, " + c.updated() + " updated, " + c.unchanged() + " unchanged, " + c.deleted()
                + " deleted, " + c.failed() + " failed; " + c.entries() + " entries and " + c.warnings() + " warnings read"
                + (c.ocrPages() == 0 ? "" : "; " + c.ocrPages() + " scanned pages read by OCR, " + c.lowConfidenceFields() + " fields with low OCR confidence")
                + (r.index() == null ? "" : "; the index holds " + r.index().documents() + " documents, " + r.index().entries() + " entries"));
        Map<String, List<String>> byFile = new TreeMap<>();
        for (RunReport.FileWarning w : r.warnings()) byFile.computeIfAbsent(w.file(), k -> new ArrayList<>()).add(w.code());
        byFile.forEach((file, codes) -> log.warn(file + ": " + codes.size() + " warnings: " + countCodes(codes)));
        for (RunReport.Failure f : r.failures()) log.fail(f.file() + ": " + f.kind().json() + ": " + f.reason());
        if (reportFile != null) log.info("run report: " + reportFile);
    }

    private static String codes(List<Warning> ws) {
        return countCodes(ws.stream().map(w -> w.code().json()).toList());
    }

    private static String countCodes(List<String> codes) {
        Map<String, Integer> n = new TreeMap<>();
        for (String c : codes) n.merge(c, 1, Integer::sum);
        StringBuilder s = new StringBuilder();
        n.forEach((c, k) -> s.append(s.length() == 0 ? "" : ", ").append(c).append(k > 1 ? " ×" + k : ""));
        return s.toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }
}
