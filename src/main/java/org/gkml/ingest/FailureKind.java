package org.gkml.ingest;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Why a file could not be ingested; the JSON string is what the run report's {@code kind} holds. */
public enum FailureKind {
    /** Raised when the walk meets something that is no regular file: a device, a pipe, a dangling or looping link. */
    NOT_A_FILE("not-a-file"),
    /** Raised when a folder cannot be listed, so the files under it are unknown. */
    UNLISTABLE("unlistable"),
    /** Raised when the file cannot be looked at or read from disk. */
    IO("io"),
    /** Raised when the file is over the --max-size limit and is not read. */
    TOO_LARGE("too-large"),
    /** Raised when the reader says the file is no catalog it can read (the reason says why). */
    UNREADABLE("unreadable"),
    /** Raised when reading the file takes longer than --timeout. */
    TIMEOUT("timeout"),
    /** Raised when reading the file runs out of memory. */
    OUT_OF_MEMORY("out-of-memory"),
    /** Raised when the child process reading the file died (killed by the system, a JVM crash). */
    CRASHED("crashed"),
    /** Raised on a bug: the reader or the index failed in a way a bad file should not cause. */
    ERROR("error");

    private final String json;

    FailureKind(String json) {
        this.json = json;
    }

    /** The kind as the run report and the log print it. */
    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<FailureKind> fromJson(String kind) {
        return Arrays.stream(values()).filter(k -> k.json.equals(kind)).findFirst();
    }
}
