package org.gkml.extract;

/**
 * Cooperative stop for one read. Java cannot kill a thread, and interrupting one is unsafe here: a thread
 * interrupted while a library class is initialising (PDFBox's parser, Tika's detector) leaves that class
 * unusable for the rest of the JVM. So the guard that gives up on a read cancels its token instead, and the
 * read loops of the extractors and the text-flow solver call {@link #check()}, which ends the read at the
 * next checkpoint and frees what it held.
 *
 * <p>The token is per thread, so the static pipeline code needs no extra parameter; a thread with no token
 * (a plain {@code gkml extract}, a test) is never cancelled.
 */
public final class ReadCancellation {

    private static final ThreadLocal<Token> CURRENT = new ThreadLocal<>();

    private ReadCancellation() {
    }

    /** The cancellation of one read; shared by the reading thread and the guard that may cancel it. */
    public static final class Token {
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    /**
     * Thrown by {@link #check()} once the read is cancelled. An {@link Error}, as ThreadDeath was, so that
     * the many {@code catch (RuntimeException)} that turn a damaged page or cell into a warning (ours and the
     * libraries') let it through instead of reading on.
     */
    public static final class Cancelled extends Error {
        public Cancelled() {
            super("the read was cancelled", null, false, false);
        }
    }

    /** Runs {@code read} on this thread under {@code token}. */
    public static <T, E extends Exception> T under(Token token, Read<T, E> read) throws E {
        Token before = CURRENT.get();
        CURRENT.set(token);
        try {
            return read.run();
        } finally {
            if (before == null) CURRENT.remove();
            else CURRENT.set(before);
        }
    }

    /** Ends the current read if it was cancelled; cheap enough for every loop turn. */
    public static void check() {
        Token t = CURRENT.get();
        if (t != null && t.cancelled) throw new Cancelled();
    }

    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T run() throws E;
    }
}
