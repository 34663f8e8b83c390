package org.gkml.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DATA/ingest.lock: one ingest at a time per index. The file holds the owner's pid, host and start time and
 * appears atomically with its content (written aside, then hard-linked into place, which fails if a lock
 * exists). A lock whose process is gone from this host is stale and taken over with a warning; a lock
 * from another host is always respected, since its process cannot be checked from here.
 */
public final class IngestLock implements AutoCloseable {

    /** Who holds a lock. {@code started} is ISO-8601. */
    public record Holder(long pid, String host, String started) {

        String toFileText() {
            return "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\n";
        }

        static Optional<Holder> parse(String text) {
            Long pid = null;
            String host = null, started = null;
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq < 0) continue;
                String k = line.substring(0, eq).strip(), v = line.substring(eq + 1).strip();
                switch (k) {
                    case "pid" -> {
                        try {
                            pid = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            return Optional.empty();
                        }
                    }
                    case "host" -> host = v;
                    case "started" -> started = v;
                    default -> { }
                }
            }
            return pid == null || host == null || started == null ? Optional.empty() : Optional.of(new Holder(pid, host, started));
        }

        public String describe() {
            if (pid < 0) return "a process that has not finished writing it (an unreadable lock written at " + started
                    + "; after " + UNREADABLE_GRACE.toSeconds() + " s it is taken as left behind)";
            return "process " + pid + " on " + host + " (started " + started + ")";
        }
    }

    /** Another live process holds the lock. */
    public static final class HeldException extends Exception {
        private final Holder holder;

        HeldException(Path lockFile, Holder holder) {
            super("the index is in use: " + lockFile + " is held by " + holder.describe()
                    + "; wait for it to finish, or delete the lock file if that process is gone");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    /** An unreadable lock file younger than this is taken as being written by a live process. */
    private static final Duration UNREADABLE_GRACE = Duration.ofSeconds(30);

    private final Path file;
    private final Holder me;

    private IngestLock(Path file, Holder me) {
        this.file = file;
        this.me = me;
    }

    public Path file() {
        return file;
    }

    /**
     * Takes the lock or says who has it.
     *
     * @param warn receives a message when a stale lock is recovered
     * @throws HeldException when a live process (or one on another host) holds it
     * @throws IOException   when the lock file cannot be written (the data folder is not writable)
     */
    public static IngestLock acquire(Path lockFile, Consumer<String> warn) throws HeldException, IOException {
        Holder me = new Holder(ProcessHandle.current().pid(), thisHost(), Instant.now().toString());
        for (int attempt = 0; attempt < 5; attempt++) {
            if (tryCreate(lockFile, me)) return new IngestLock(lockFile, me);
            String text;
            try {
                text = readLenient(lockFile);
            } catch (NoSuchFileException gone) {
                continue;
            }
            Optional<Holder> holder = Holder.parse(text);
            if (holder.isEmpty()) {
                Instant written = Files.getLastModifiedTime(lockFile).toInstant();
                if (Instant.now().isBefore(written.plus(UNREADABLE_GRACE))) {
                    throw new HeldException(lockFile, new Holder(-1, "unknown host", written.toString()));
                }
                warn.accept("recovering an unreadable lock file " + lockFile + " written at " + written);
            } else if (isAlive(holder.get())) {
                throw new HeldException(lockFile, holder.get());
            } else {
                warn.accept("recovering a stale lock: " + holder.get().describe() + " is no longer running");
            }
            deleteIfUnchanged(lockFile, text);
        }
        throw new IOException("cannot take the lock " + lockFile + ": it keeps changing under us");
    }

    /** Releases the lock if it is still ours. */
    @Override
    public void close() throws IOException {
        deleteIfUnchanged(file, me.toFileText());
    }

    private static boolean tryCreate(Path lockFile, Holder me) throws IOException {
        Path tmp = lockFile.resolveSibling(lockFile.getFileName() + "." + me.pid() + ".tmp");
        Files.writeString(tmp, me.toFileText(), StandardCharsets.UTF_8);
        try {
            Files.createLink(lockFile, tmp);
            return true;
        } catch (FileAlreadyExistsException held) {
            return false;
        } catch (UnsupportedOperationException noLinks) {
            // A file system without hard links: create-new is atomic too, the content follows at once.
            try {
                Files.writeString(lockFile, me.toFileText(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException held) {
                return false;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Whether the holder may still be running. Only a process on this host can be checked; a live pid that
     * started after the lock was written is another process that reused the number.
     */
    static boolean isAlive(Holder h) {
        if (!h.host().equals(thisHost())) return true;
        if (h.pid() == ProcessHandle.current().pid()) return false;
        Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
        if (p.isEmpty() || !p.get().isAlive()) return false;
        Optional<Instant> procStart = p.get().info().startInstant();
        try {
            Instant lockStart = Instant.parse(h.started());
            // Start instants are rounded to clock ticks; a second of slack keeps the real owner alive.
            return procStart.isEmpty() || !procStart.get().isAfter(lockStart.plusSeconds(1));
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    private static void deleteIfUnchanged(Path lockFile, String expected) throws IOException {
        try {
            if (readLenient(lockFile).equals(expected)) Files.deleteIfExists(lockFile);
        } catch (NoSuchFileException gone) {
            // already released
        }
    }

    /** The lock's text, with bytes that are not UTF-8 replaced: a garbled lock must read as unreadable, not fail the run. */
    private static String readLenient(Path lockFile) throws IOException {
        return new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8);
    }

    static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
