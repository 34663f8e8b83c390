package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.UnreadableFileException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reads one catalog under guard, so that one bad file never stops a batch: the reading runs on a worker
 * thread and is abandoned after the time limit (Java cannot kill a thread; the worker is interrupted and
 * left behind as a daemon), and running out of memory or a bug in an extractor becomes a failure of that
 * file, not of the run.
 */
public final class GuardedReader implements AutoCloseable {

    /** The pipeline's reading step; {@code org.gkml.pipeline.CatalogReader::read} in production. */
    @FunctionalInterface
    public interface DocumentReader {
        CatalogDocument read(Path file) throws UnreadableFileException;
    }

    /** A document, or why there is none. */
    public record Outcome(CatalogDocument document, RunReport.Failure failure) {
        public boolean ok() {
            return document != null;
        }
    }

    private final ThreadLocal<DocumentReader> readers;
    private final Duration timeout;
    private final ExecutorService workers;
    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * @param readers makes one reader per worker thread, so readers need not be thread-safe
     * @param timeout how long one file may take
     */
    public GuardedReader(Supplier<DocumentReader> readers, Duration timeout) {
        this.readers = ThreadLocal.withInitial(readers);
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gkml-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Outcome read(Path file, String id) {
        Future<CatalogDocument> f = workers.submit(() -> readers.get().read(file));
        try {
            CatalogDocument doc = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (doc == null) return failed(id, "error", "internal error: the reader returned nothing");
            return new Outcome(doc, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            abandoned.incrementAndGet();
            return failed(id, "timeout", "still reading after " + seconds(timeout) + "; abandoned");
        } catch (ExecutionException e) {
            return failed(id, e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return failed(id, "error", "interrupted");
        }
    }

    /** Readings given up on so far (their threads may still be running). */
    public int abandoned() {
        return abandoned.get();
    }

    static Outcome failed(String id, Throwable cause) {
        if (cause instanceof UnreadableFileException u) return failed(id, "unreadable", u.reason() + (u.format() == null ? "" : " (read as " + u.format() + ")"));
        if (cause instanceof OutOfMemoryError) return failed(id, "out-of-memory", "ran out of memory while reading (" + cause.getMessage() + ")");
        if (cause instanceof StackOverflowError) return failed(id, "error", "internal error: stack overflow while reading (nesting too deep)");
        return failed(id, "error", "internal error: " + cause);
    }

    private static Outcome failed(String id, String kind, String reason) {
        return new Outcome(null, new RunReport.Failure(id, kind, reason));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
