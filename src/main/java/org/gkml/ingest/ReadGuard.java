package org.gkml.ingest;

import java.nio.file.Path;

/**
 * Reads one catalog so that one bad file never stops a batch: a file that runs too long, fills the memory or
 * trips a bug fails alone, with a reason. Two ways: worker threads in this JVM ({@link GuardedReader}) or child
 * JVMs ({@link ForkedReader}), which also contain what a thread cannot (a read that ignores cancellation, a
 * library left broken, a crash).
 */
public interface ReadGuard extends AutoCloseable {

    /** Reads {@code file}; {@code id} names it in a failure. Safe to call from several threads at once. */
    GuardedReader.Outcome read(Path file, String id);

    /** Timed-out reads that could not be stopped and are still running somewhere. */
    int abandoned();

    @Override
    void close();
}
