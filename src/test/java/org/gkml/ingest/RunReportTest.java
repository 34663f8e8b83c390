package org.gkml.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportTest {

    @TempDir
    Path dir;

    static RunReport sample() {
        return new RunReport("2026-11-23T02:00:00Z", "2026-11-23T02:01:00Z", RunOutcome.FILES_FAILED, 1, null, "/data",
                List.of("/srv/catalogs"), new RunReport.Counts(5, 2, 1, 1, 1, 1, 3, 40, 2), new RunReport.Index(4, 120),
                new RunReport.Durations(1, 2, 3, 4, 5, 60000),
                List.of(new RunReport.Failure("/srv/catalogs/x.pdf", FailureKind.TIMEOUT, "still reading after 120 s; abandoned")),
                List.of(new RunReport.FileWarning("/srv/catalogs/y.txt", "missing-seq", "row 3 has no 序号")));
    }

    @Test
    void theJsonUsesTheDocumentedSnakeCaseKeys() throws Exception {
        JsonNode n = new ObjectMapper().readTree(sample().toJson());
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("started", "finished", "outcome", "exit_code", "message", "data", "paths", "counts", "index",
                "durations", "failures", "warnings"), keys);
        List<String> counts = new ArrayList<>();
        n.get("counts").fieldNames().forEachRemaining(counts::add);
        assertEquals(List.of("seen", "unchanged", "added", "updated", "deleted", "failed", "ignored", "entries", "warnings",
                "ocr_pages", "low_confidence_fields", "reading_processes"), counts);
        assertEquals(60000, n.get("durations").get("total_millis").asLong());
        assertEquals("timeout", n.get("failures").get(0).get("kind").asText());
        assertTrue(n.get("message").isNull());
    }

    @Test
    void writesAtomicallyAndReadsBack() throws Exception {
        Path f = Files.createDirectories(dir.resolve("sub")).resolve("report.json");
        sample().writeTo(f);
        assertEquals(sample(), RunReport.fromJson(Files.readString(f)));
        try (var s = Files.list(f.getParent())) {
            assertEquals(List.of(f), s.toList(), "no temporary file left beside it");
        }
    }
}
