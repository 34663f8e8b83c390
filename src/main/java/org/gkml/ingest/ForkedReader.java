package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.LibraryLogging;
import org.gkml.extract.UnreadableFileException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads catalogs in a small pool of child JVMs ({@link ReadWorker}), as Tika's forked parser does: a read past the
 * time limit is ended by killing its process, a process that runs out of memory or dies fails that one file, and
 * either way a fresh process takes the next file, so nothing of a bad file reaches the next one. Each child has
 * its own bounded heap. A child costs seconds of CPU to start and warm up, so children start only as reads need
 * them ({@link #lazy}), up to {@link Settings#processes()}, or ahead of the first read ({@link #prestart}), to warm up
 * while the parent still hashes and plans; or all at once, when the pool is made ({@link
 * #ForkedReader(Settings, Duration)}), to warm up while the parent lists and hashes before reading everything.
 */
public final class ForkedReader implements ReadGuard {

    /**
     * How to start the children.
     *
     * @param processes  children reading at once
     * @param heapBytes  each child's maximum heap
     * @param workerArgs passed to {@link ReadWorker#main} (e.g. {@code --mappings DIR})
     */
    public record Settings(int processes, long heapBytes, List<String> workerArgs) {
        public Settings {
            if (processes < 1) throw new IllegalArgumentException("processes must be at least 1: " + processes);
            if (heapBytes < (16L << 20)) throw new IllegalArgumentException("a child heap under 16 MB cannot read anything: " + heapBytes);
            workerArgs = List.copyOf(workerArgs);
        }
    }

    /**
     * A child reads files that take milliseconds to seconds and is replaced after any mishap: the client compiler
     * alone (quick to warm up) and the serial collector (one small heap, no collector threads competing with
     * the other children on a small machine) cost less than the JVM's defaults for this. GKML_CHILD_JAVA_OPTS
     * replaces them.
     */
    static final String CHILD_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    /** How long a child may take to start and warm up before it counts as broken. */
    static final Duration START_LIMIT = Duration.ofSeconds(120);

    /** Only our value types and the JDK collections they hold may come back from a child. */
    private static final ObjectInputFilter REPLY_CLASSES = ObjectInputFilter.Config.createFilter(
            "org.gkml.catalog.*;org.gkml.table.*;java.util.*;java.lang.*;maxdepth=20;!*");

    private final Settings settings;
    private final Duration timeout;
    private final BlockingQueue<Child> idle;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gkml-read-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final List<Child> all = new ArrayList<>();
    private final List<String> archiveOptions;

    /** Children started for the pool, replacements included (what the run report counts). */
    private final AtomicInteger started = new AtomicInteger();
    /** Children the pool may still start before a read has to wait for one to come free (guarded by {@link #all}). */
    private int unstarted;

    /** A pool whose children all start now. */
    public ForkedReader(Settings settings, Duration timeout) {
        this(settings, timeout, StartupArchive.ofThisProcess(), true);
    }

    /** A pool that starts a child only when a read finds none free, until there are {@code settings.processes()}. */
    public static ForkedReader lazy(Settings settings, Duration timeout) {
        return new ForkedReader(settings, timeout, StartupArchive.ofThisProcess(), false);
    }

    /** @param archive the class-data archive the children start with, or null (used only if intact) */
    ForkedReader(Settings settings, Duration timeout, Path archive, boolean startNow) {
        this.settings = settings;
        this.timeout = timeout;
        String options = System.getenv("GKML_CHILD_JAVA_OPTS");
        boolean ownSharing = options != null && (options.contains("SharedArchiveFile") || options.contains("-Xshare"));
        this.archiveOptions = ownSharing ? List.of() : StartupArchive.javaOptions(archive);
        this.idle = new ArrayBlockingQueue<>(settings.processes());
        this.unstarted = settings.processes();
        if (startNow) {
            unstarted = 0;
            for (int i = 0; i < settings.processes(); i++) idle.add(start());
        }
    }

    @Override
    public GuardedReader.Outcome read(Path file, String id) {
        return read(file, id, timeout);
    }

    /** A read with its own time limit (tests give a slow file little time and a quick one plenty). */
    GuardedReader.Outcome read(Path file, String id, Duration timeout) {
        Child child = idle.poll();
        try {
            if (child == null && mayStart()) child = start();
            if (child == null) child = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GuardedReader.failed(id, FailureKind.ERROR, "interrupted");
        }
        Reply reply = null;
        try {
            if (!child.usable()) child = replace(child);
            reply = child.read(file, timeout);
            return reply.toOutcome(file, id);
        } finally {
            idle.add(reply != null && reply.childUsable && child.usable() ? child : replace(child));
        }
    }

    /**
     * Starts one more child now, if the pool may still start one, so that its JVM start and warm-up run while the
     * caller does other work; a later read takes it from the pool. Returns whether one was started.
     */
    public boolean prestart() {
        if (!mayStart()) return false;
        idle.add(start());
        return true;
    }

    /**
     * Lowers how many children the pool may have to {@code processes} (never below those already started): a re-run
     * that turns out to have few files to read starts no second process for them.
     */
    public void limitTo(int processes) {
        synchronized (all) {
            unstarted = Math.max(0, Math.min(unstarted, processes - all.size()));
        }
    }

    /** Takes one of the children the pool may still start; false when it has started them all. */
    private boolean mayStart() {
        synchronized (all) {
            if (unstarted == 0) return false;
            unstarted--;
            return true;
        }
    }

    /** Child processes started so far, replacements of killed or broken ones included. */
    public int started() {
        return started.get();
    }

    @Override
    public int abandoned() {
        return 0; // a child past its time is killed, never left running
    }

    /** Process ids of the children now in the pool (for tests that kill one). */
    List<Long> pids() {
        synchronized (all) {
            return all.stream().filter(Child::usable).map(c -> c.process.pid()).toList();
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        synchronized (all) {
            for (Child c : all) c.stop();
            all.clear();
        }
    }

    private Child replace(Child broken) {
        broken.kill();
        synchronized (all) {
            all.remove(broken);
        }
        return start();
    }

    private Child start() {
        started.incrementAndGet();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + (settings.heapBytes() >> 20) + "m");
        command.add("-Dfile.encoding=UTF-8");
        String options = System.getenv("GKML_CHILD_JAVA_OPTS");
        for (String o : (options != null ? options : CHILD_JAVA_OPTIONS).trim().split("\\s+")) if (!o.isEmpty()) command.add(o);
        command.addAll(archiveOptions);
        command.addAll(LibraryLogging.javaOptions());
        command.add("-cp");
        command.add(classPath());
        command.add(ReadWorker.class.getName());
        command.addAll(settings.workerArgs());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(System.getenv("GKML_DEBUG") != null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
        Child child;
        try {
            child = new Child(pb.start());
        } catch (IOException e) {
            child = new Child("cannot start a reading process: " + e.getMessage());
        }
        synchronized (all) {
            all.add(child);
        }
        return child;
    }

    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!p.isEmpty()) parts.add(Path.of(p).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** What one read came to, and whether the child may read again. */
    private record Reply(byte kind, byte[] payload, String failure, FailureKind failureKind, boolean childUsable) {

        GuardedReader.Outcome toOutcome(Path file, String id) {
            if (failure != null) return GuardedReader.failed(id, failureKind, failure);
            String text = new String(payload, StandardCharsets.UTF_8);
            return switch (kind) {
                case ReadWorker.DOCUMENT -> document(id);
                case ReadWorker.UNREADABLE -> {
                    int cut = text.indexOf('\u0000');
                    String format = cut < 0 || cut == text.length() - 1 ? null : text.substring(cut + 1);
                    yield GuardedReader.failed(id, new UnreadableFileException(file, format, cut < 0 ? text : text.substring(0, cut)));
                }
                case ReadWorker.OUT_OF_MEMORY -> GuardedReader.failed(id, FailureKind.OUT_OF_MEMORY, "ran out of memory while reading (" + text + ")");
                default -> GuardedReader.failed(id, FailureKind.ERROR, text);
            };
        }

        private GuardedReader.Outcome document(String id) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
                in.setObjectInputFilter(REPLY_CLASSES);
                return new GuardedReader.Outcome((CatalogDocument) in.readObject(), null);
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                return GuardedReader.failed(id, FailureKind.ERROR, "internal error: the reading process sent an unreadable reply (" + e + ")");
            }
        }
    }

    /** One child JVM and its pipes. Used by one reading thread at a time (it is taken from the queue). */
    private final class Child {
        final Process process;
        final DataOutputStream requests;
        final DataInputStream replies;
        final String brokenReason;
        boolean ready;
        volatile boolean killedForTime;

        Child(Process process) {
            this.process = process;
            this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            this.brokenReason = null;
        }

        /** A child that could not be started: every read through it fails with the reason. */
        Child(String brokenReason) {
            this.process = null;
            this.requests = null;
            this.replies = null;
            this.brokenReason = brokenReason;
        }

        boolean usable() {
            return process != null && process.isAlive() && !killedForTime;
        }

        Reply read(Path file, Duration timeout) {
            if (process == null) return new Reply((byte) 0, null, brokenReason, FailureKind.ERROR, false);
            if (!ready) {
                String late = awaitReady();
                if (late != null) return new Reply((byte) 0, null, late, FailureKind.ERROR, false);
            }
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                killedForTime = true;
                // the child's own children first (an OCR program reading a scan): killed with their parent
                // they would be orphans, running on to their end
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                byte[] path = file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
                requests.writeInt(path.length);
                requests.write(path);
                requests.flush();
                byte kind = replies.readByte();
                byte[] payload = ReadWorker.readBlock(replies);
                return new Reply(kind, payload, null, null, kind != ReadWorker.OUT_OF_MEMORY);
            } catch (IOException e) {
                if (killedForTime) {
                    return new Reply((byte) 0, null, "still reading after " + GuardedReader.seconds(timeout) + " (--timeout); its reading process was stopped", FailureKind.TIMEOUT, false);
                }
                return new Reply((byte) 0, null, "the reading process died while reading" + exitCode(), FailureKind.CRASHED, false);
            } finally {
                kill.cancel(false);
            }
        }

        /** Waits for the child's warm-up; null when it is ready, else why it is not. */
        private String awaitReady() {
            ScheduledFuture<?> kill = watchdog.schedule(process::destroyForcibly, START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (replies.readInt() != ReadWorker.READY) return "internal error: the reading process did not start properly";
                ready = true;
                return null;
            } catch (IOException e) {
                return "cannot start a reading process" + exitCode();
            } finally {
                kill.cancel(false);
            }
        }

        private String exitCode() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? " (exit code " + process.exitValue() + ")" : "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }

        void kill() {
            if (process != null) process.destroyForcibly();
        }

        /** Closing stdin tells the worker to finish; one that does not is killed, as is one never used (still warming up). */
        void stop() {
            if (process == null) return;
            if (!ready) {
                // it has read nothing yet: its warm-up need not finish first (closing stdin would wait for that)
                process.destroyForcibly();
                return;
            }
            try {
                requests.close();
                if (!process.waitFor(2, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
