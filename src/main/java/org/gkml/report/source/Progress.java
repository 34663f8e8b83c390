package org.gkml.report.source;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** A progress bar on stderr when a person watches a terminal; silent otherwise (a scheduler's log stays clean). */
public final class Progress implements AutoCloseable {

    public static final Progress NONE = new Progress(null);

    private final PrintStream err;
    private ProgressBar bar;

    private Progress(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code err} when {@code terminal}, else nothing. */
    public static Progress on(PrintStream err, boolean terminal) {
        return terminal ? new Progress(err) : NONE;
    }

    /** Starts the bar over {@code total} units named {@code unit} (files, KB …). */
    public void start(String task, long total, String unit) {
        close();
        if (err != null && total > 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200).build();
        }
    }

    public void stepBy(long n) {
        if (bar != null) bar.stepBy(n);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
