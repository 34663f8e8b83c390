package org.gkml.ingest;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The run's log, shaped for a scheduler: every line starts with an ISO-8601 UTC timestamp and a level
 * (INFO, WARN, FAIL), one line per file. On a terminal the per-file lines give way to a progress bar;
 * run-level messages and the summary are printed either way.
 */
public final class RunLog implements AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;

    /**
     * @param err      where lines go (stderr)
     * @param terminal whether a person is watching: progress bar instead of per-file lines
     */
    public RunLog(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    public void info(String message) {
        line("INFO", message);
    }

    public void warn(String message) {
        line("WARN", message);
    }

    public void fail(String message) {
        line("FAIL", message);
    }

    /** A line about one file: printed when no progress bar stands in for it. */
    public void fileInfo(String message) {
        if (!terminal) info(message);
    }

    public void fileWarn(String message) {
        if (!terminal) warn(message);
    }

    public void fileFail(String message) {
        if (!terminal) fail(message);
    }

    /**
     * Lines about many files at once, each as {@link #fileInfo} prints it, flushed once at the end: a re-run at 10,000
     * files logs a line per unchanged file, and a flush per line was a write to stderr per line.
     */
    public synchronized void fileInfos(java.util.Collection<String> messages) {
        if (terminal || messages.isEmpty()) return;
        String head = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " INFO ";
        for (String m : messages) err.println(head + printable(m));
        err.flush();
    }

    /** Starts a progress bar over {@code total} steps (on a terminal only). */
    public synchronized void startProgress(String task, long total) {
        endProgress();
        if (terminal && total > 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build();
        }
    }

    public synchronized void step() {
        if (bar != null) bar.step();
    }

    public synchronized void endProgress() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private synchronized void line(String level, String message) {
        if (bar != null) err.print('\r');
        // every level is four letters: no padding to format (a re-run logs a line per unchanged file)
        err.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + printable(message));
        err.flush();
    }

    /**
     * Text as it may be shown on one terminal line: control characters (a newline in a file name that would
     * forge a log line, an escape sequence that would clear the screen or retitle the window), line
     * separators and bidi overrides are written as visible escapes ({@code \n}, {@code \u001b}).
     */
    public static String printable(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> unsafe(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (esc != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (esc != null) b.append(esc);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    @Override
    public void close() {
        endProgress();
        err.flush();
    }
}
