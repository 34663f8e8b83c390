package org.gkml.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What one ingest run did, as a scheduler or a person reads it afterwards (JSON, snake_case keys; the
 * format is documented in README.md).
 *
 * @param outcome   how the run ended
 * @param exitCode  the process exit code the command line gave the outcome
 * @param message   why a fatal run stopped, else null
 * @param counts    what happened to the files this run
 * @param index     the index after the run
 * @param failures  every file that could not be ingested, with the reason
 * @param warnings  odd but readable content, per file
 */
public record RunReport(String started, String finished, RunOutcome outcome, int exitCode, String message,
                        String data, List<String> paths, Counts counts, Index index, Durations durations,
                        List<Failure> failures, List<FileWarning> warnings) {

    /**
     * Invariant: {@code seen == unchanged + added + updated + failed} (a failed file keeps whatever records
     * an earlier run gave it).
     *
     * @param seen     files met by the walk (regular or not), folders excluded
     * @param ignored  files inside folders skipped for their extension
     * @param entries  entries in the documents read this run
     * @param warnings warnings on the documents read this run
     * @param ocrPages pages of the documents read this run that were read by OCR (scans)
     * @param lowConfidenceFields entry fields of those documents read by OCR with low confidence (each warned)
     * @param readingProcesses child JVMs started to read files (replacements included; 0 when nothing was read, or
     *                         when files were read in the ingesting JVM): each costs seconds of CPU to start
     */
    public record Counts(int seen, int unchanged, int added, int updated, int deleted, int failed, int ignored,
                         long entries, long warnings, long ocrPages, long lowConfidenceFields, int readingProcesses) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts(int seen, int unchanged, int added, int updated, int deleted, int failed, int ignored, long entries, long warnings) {
            this(seen, unchanged, added, updated, deleted, failed, ignored, entries, warnings, 0, 0, 0);
        }
    }

    /** Totals in the committed index after the run (null when the run was fatal). */
    public record Index(int documents, long entries) {
    }

    public record Durations(long listMillis, long hashMillis, long readMillis, long commitMillis, long recordsMillis,
                            long totalMillis) {
        public static final Durations NONE = new Durations(0, 0, 0, 0, 0, 0);
    }

    /**
     * @param kind why the file failed
     */
    public record Failure(String file, FailureKind kind, String reason) {
    }

    public record FileWarning(String file, String code, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunReport fromJson(String json) throws IOException {
        return JSON.readValue(json, RunReport.class);
    }

    /** Writes the report to {@code file} through a temporary file, so a reader never sees half of it. */
    public void writeTo(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, toJson() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
