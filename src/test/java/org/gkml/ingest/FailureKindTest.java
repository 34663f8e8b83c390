package org.gkml.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureKindTest {

    /** The kinds the run report documents (README.md), written out so a renamed string fails here. */
    @ParameterizedTest
    @CsvSource({"NOT_A_FILE, not-a-file", "UNLISTABLE, unlistable", "IO, io", "TOO_LARGE, too-large",
            "UNREADABLE, unreadable", "TIMEOUT, timeout", "OUT_OF_MEMORY, out-of-memory", "CRASHED, crashed", "ERROR, error"})
    void everyKindRoundTripsThroughTheRunReport(FailureKind kind, String json) throws Exception {
        assertEquals(json, kind.json());
        assertEquals(Optional.of(kind), FailureKind.fromJson(json));
        RunReport.Failure f = new RunReport.Failure("/srv/x.pdf", kind, "why");
        RunReport r = new RunReport("2026-11-23T02:00:00Z", "2026-11-23T02:01:00Z", RunOutcome.FILES_FAILED, 1, null, "/data",
                List.of("/srv"), RunReport.Counts.NONE, null, RunReport.Durations.NONE, List.of(f), List.of());
        String text = r.toJson();
        assertEquals(1, text.split("\"kind\" : \"" + json + "\"", -1).length - 1, text);
        assertEquals(f, RunReport.fromJson(text).failures().get(0));
    }
}
