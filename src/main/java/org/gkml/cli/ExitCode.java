package org.gkml.cli;

import org.gkml.ingest.RunOutcome;

/** Exit codes a scheduler can act on; documented in README.md. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The command finished, but one or more input files could not be read (see the report). */
    public static final int FILES_FAILED = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** Nothing useful was done: the index is locked or unusable, an output cannot be written, … */
    public static final int FATAL = 3;

    /** The exit code an ingest run ends with; the run report records it too. */
    public static int of(RunOutcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case FILES_FAILED -> FILES_FAILED;
            case FATAL -> FATAL;
        };
    }

    private ExitCode() {
    }
}
