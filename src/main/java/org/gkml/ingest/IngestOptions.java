package org.gkml.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run one ingest.
 *
 * @param paths           files or folders to ingest
 * @param dataDir         the data folder: index, records.jsonl, runs/, ingest.lock
 * @param prune           delete documents under {@code paths} whose file is gone
 * @param timeout         how long one file may take to read
 * @param threads         files read at once
 * @param maxFileBytes    larger files are not read (reported as too large)
 * @param checkpointEvery commit after this many documents read, so a killed run keeps its progress
 * @param children        read in child JVMs ({@link ForkedReader}), one per thread; null reads in this JVM
 * @param reading         how files are read (code version and mapping files, {@code CatalogReader.readingOf}); an
 *                        index built with another reading is read again in full; null: not tracked
 */
public record IngestOptions(List<Path> paths, Path dataDir, boolean prune, Duration timeout, int threads,
                            long maxFileBytes, int checkpointEvery, ForkedReader.Settings children, String reading) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final long DEFAULT_MAX_FILE_BYTES = 100L << 20;
    public static final int DEFAULT_CHECKPOINT = 500;

    public IngestOptions {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) throw new IllegalArgumentException("no paths to ingest");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (maxFileBytes < 1) throw new IllegalArgumentException("max file size must be positive: " + maxFileBytes);
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpoint must be at least 1: " + checkpointEvery);
    }

    /** Options that read in this JVM. */
    public IngestOptions(List<Path> paths, Path dataDir, boolean prune, Duration timeout, int threads,
                         long maxFileBytes, int checkpointEvery) {
        this(paths, dataDir, prune, timeout, threads, maxFileBytes, checkpointEvery, null, null);
    }

    /** The same options, reading in child JVMs started with {@code settings}. */
    public IngestOptions inChildProcesses(ForkedReader.Settings settings) {
        return new IngestOptions(paths, dataDir, prune, timeout, threads, maxFileBytes, checkpointEvery, settings, reading);
    }

    /** The same options, recording (and comparing with the index's) how files are read. */
    public IngestOptions readingAs(String reading) {
        return new IngestOptions(paths, dataDir, prune, timeout, threads, maxFileBytes, checkpointEvery, children, reading);
    }

    public static IngestOptions defaults(List<Path> paths, Path dataDir) {
        return new IngestOptions(paths, dataDir, false, DEFAULT_TIMEOUT, 1, DEFAULT_MAX_FILE_BYTES, DEFAULT_CHECKPOINT);
    }
}
