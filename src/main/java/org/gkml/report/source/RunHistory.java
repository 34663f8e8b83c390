package org.gkml.report.source;

import org.gkml.table.WarningCode;
import org.gkml.ingest.RunReport;
import org.gkml.table.Warning;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the run reports in DATA/runs tell about each file beyond its records: the warnings of the newest run that
 * warned about it, when that run finished, and the number of 二级事项 the catalog declares (ingest keeps it only in
 * the message of a {@code declared-count-differs} warning). A file read without warnings leaves no trace in a run
 * report, so a file whose newest run read it clean shows the warnings of an older run: the report says so in its
 * help. Reports that cannot be read are passed over; they are the ingest's log, not the data.
 */
final class RunHistory {

    /** The meta key of the declared count, as the normalizer reads it off a catalog. */
    static final String DECLARED_ITEMS = "二级事项";

    private static final String DECLARED_CODE = "declared-count-differs";
    private static final Pattern DECLARES = Pattern.compile("declares (\\d{1,6}) ");

    /** A run's word on one file. */
    record Read(String finished, List<Warning> warnings, Integer declaredItems) {
    }

    private final Map<String, Read> byFile;

    private RunHistory(Map<String, Read> byFile) {
        this.byFile = byFile;
    }

    /** The newest run's word on the file (by its document id), or null when no run report names it. */
    Read lastRead(String docId) {
        return byFile.get(docId);
    }

    /** No run reports: no warnings, declared counts or read times. */
    static RunHistory none() {
        return new RunHistory(new HashMap<>());
    }

    static RunHistory read(Path runs) {
        Map<String, Read> byFile = new HashMap<>();
        if (!Files.isDirectory(runs)) return new RunHistory(byFile);
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs, "*.json")) {
            for (Path p : ds) reports.add(p);
        } catch (IOException e) {
            return new RunHistory(byFile);
        }
        // Named by their UTC start time, so the name orders them; newest first, the first word on a file wins.
        reports.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        for (Path p : reports) {
            RunReport run;
            try {
                run = RunReport.fromJson(Files.readString(p));
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (run.warnings() == null) continue;
            Map<String, List<RunReport.FileWarning>> mine = new HashMap<>();
            for (RunReport.FileWarning w : run.warnings()) {
                if (w.file() != null && !byFile.containsKey(w.file())) mine.computeIfAbsent(w.file(), f -> new ArrayList<>()).add(w);
            }
            for (Map.Entry<String, List<RunReport.FileWarning>> f : mine.entrySet()) {
                List<Warning> warnings = new ArrayList<>();
                Integer declared = null;
                for (RunReport.FileWarning w : f.getValue()) {
                    // a code an older gkml wrote and this one no longer has is left out
                    WarningCode.fromJson(w.code()).ifPresent(code -> warnings.add(new Warning(code, w.message(), null)));
                    Matcher m = DECLARES.matcher(w.message() == null ? "" : w.message());
                    if (DECLARED_CODE.equals(w.code()) && m.find()) declared = Integer.parseInt(m.group(1));
                }
                byFile.put(f.getKey(), new Read(run.finished(), warnings, declared));
            }
        }
        return new RunHistory(byFile);
    }
}
