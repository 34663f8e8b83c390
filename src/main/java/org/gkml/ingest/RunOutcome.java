package org.gkml.ingest;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an ingest run ended; the JSON string is the run report's {@code outcome}. Which process exit code goes
 * with each is the command line's choice, passed to {@link Ingester}.
 */
public enum RunOutcome {
    /** Every file was read or was unchanged. */
    OK("ok"),
    /** The run finished and committed, but one or more files could not be ingested. */
    FILES_FAILED("files-failed"),
    /** The run stopped: the index or data folder could not be used; the last commit stands. */
    FATAL("fatal");

    private final String json;

    RunOutcome(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<RunOutcome> fromJson(String outcome) {
        return Arrays.stream(values()).filter(o -> o.json.equals(outcome)).findFirst();
    }
}
