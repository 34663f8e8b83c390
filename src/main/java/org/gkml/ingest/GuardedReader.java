package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.ReadCancellation;
import org.gkml.extract.UnreadableFileException;
import org.gkml.pipeline.Warmup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * thread and is stopped after the time limit, and running out of memory or a bug in an extractor becomes a
 * failure of that file, not of the run.
 *
 * <p>Stopping is cooperative ({@link ReadCancellation}): the worker is never interrupted, because an
 * interrupt that lands while a library class initialises (PDFBox's parser, Tika's detector) breaks that
 * class for every later file. After a timeout the guard cancels the read and waits a short grace for the
 * worker to reach its next checkpoint, so the next file does not compete with it for memory and CPU. The
 * libraries are initialised once, untimed, before the first read ({@link Warmup}).
 */
public final class GuardedReader implements ReadGuard {

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
    private final Set<ReadCancellation.Token> running = ConcurrentHashMap.newKeySet();
    private final Duration grace;

    /** How long a cancelled read may take to reach its next checkpoint before it is left behind. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /**
     * @param readers makes one reader per worker thread, so readers need not be thread-safe
     * @param timeout how long one file may take
     */
    public GuardedReader(Supplier<DocumentReader> readers, Duration timeout) {
        this(readers, timeout, GRACE);
    }

    GuardedReader(Supplier<DocumentReader> readers, Duration timeout, Duration grace) {
        Warmup.ensure();
        this.grace = grace;
        this.readers = ThreadLocal.withInitial(readers);
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gkml-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Outcome read(Path file, String id) {
        ReadCancellation.Token token = new ReadCancellation.Token();
        running.add(token);
        Future<CatalogDocument> f = workers.submit(() -> {
            try {
                return ReadCancellation.under(token, () -> readers.get().read(file));
            } finally {
                running.remove(token);
            }
        });
        try {
            CatalogDocument doc = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (doc == null) return failed(id, FailureKind.ERROR, "internal error: the reader returned nothing");
            return new Outcome(doc, null);
        } catch (TimeoutException e) {
            token.cancel();
            if (stops(f)) return failed(id, FailureKind.TIMEOUT, "still reading after " + seconds(timeout) + " (--timeout); stopped");
            abandoned.incrementAndGet();
            return failed(id, FailureKind.TIMEOUT, "still reading after " + seconds(timeout) + " (--timeout); left behind, as it did not stop within "
                    + seconds(grace));
        } catch (ExecutionException e) {
            return failed(id, e.getCause());
        } catch (InterruptedException e) {
            token.cancel();
            Thread.currentThread().interrupt();
            return failed(id, FailureKind.ERROR, "interrupted");
        }
    }

    /** Waits the grace for a cancelled read to end, however it ends. */
    private boolean stops(Future<?> f) {
        try {
            f.get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return f.isDone();
        }
    }

    /** Readings that did not stop within the grace after their timeout (their threads may still be running). */
    @Override
    public int abandoned() {
        return abandoned.get();
    }

    static Outcome failed(String id, Throwable cause) {
        if (cause instanceof UnreadableFileException u) return failed(id, FailureKind.UNREADABLE, u.reason() + (u.format() == null ? "" : " (read as " + u.format() + ")"));
        if (cause instanceof OutOfMemoryError) return failed(id, FailureKind.OUT_OF_MEMORY, "ran out of memory while reading (" + cause.getMessage() + ")");
        if (cause instanceof StackOverflowError) return failed(id, FailureKind.ERROR, "internal error: stack overflow while reading (nesting too deep)");
        return failed(id, FailureKind.ERROR, "internal error: " + cause);
    }

    static Outcome failed(String id, FailureKind kind, String reason) {
        return new Outcome(null, new RunReport.Failure(id, kind, reason));
    }

    /** A time limit as the messages print it: "120 s", or "300 ms" when not whole seconds. */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        running.forEach(ReadCancellation.Token::cancel);
        workers.shutdown();
    }
}
