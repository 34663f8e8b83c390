package org.gkml.cli;

import org.gkml.ingest.RunOutcome;
import org.gkml.ingest.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExitCodeTest {

    /** The outcome strings and exit codes README.md documents for the run report. */
    @ParameterizedTest
    @CsvSource({"OK, ok, 0", "FILES_FAILED, files-failed, 1", "FATAL, fatal, 3"})
    void everyOutcomeKeepsItsJsonStringAndExitCode(RunOutcome outcome, String json, int exit) throws Exception {
        assertEquals(json, outcome.json());
        assertEquals(Optional.of(outcome), RunOutcome.fromJson(json));
        assertEquals(exit, ExitCode.of(outcome));
        RunReport r = new RunReport("2026-11-23T02:00:00Z", "2026-11-23T02:01:00Z", outcome, ExitCode.of(outcome), null, "/data",
                List.of("/srv"), RunReport.Counts.NONE, null, RunReport.Durations.NONE, List.of(), List.of());
        String text = r.toJson();
        assertTrue(text.contains("\"outcome\" : \"" + json + "\",\n  \"exit_code\" : " + exit + ","), text);
        assertEquals(r, RunReport.fromJson(text));
    }

    @Test
    void noOutcomeIsLeftWithoutAnExitCode() {
        assertEquals(3, RunOutcome.values().length, "add the new outcome to everyOutcomeKeepsItsJsonStringAndExitCode");
    }
}
