package org.gkml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gkml.ingest.FaultCorpus;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `gkml ingest` end to end through the command line, on the real reader and index. */
class IngestCommandTest {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The scans under corpus/: left out of the corpus-wide runs here, which would otherwise OCR every page (seconds a
     * page, and the tesseract program needed); ScannedCatalogsTest reads and scores them.
     */
    static final Path SCANS = Path.of("corpus", "scans");

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** What the corpus-wide runs are given: everything directly under corpus/ but the scans (see {@link #SCANS}). */
    static String[] corpusPaths() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> !p.equals(SCANS)).filter(p -> Files.isDirectory(p) || p.toString().endsWith(".txt")).sorted()
                    .map(Path::toString).toArray(String[]::new);
        }
    }

    /** The arguments of an ingest of the corpus (but its scans), then {@code more}. */
    static String[] ingestCorpus(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(List.of(corpusPaths()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Every catalog under corpus/ but its scans: the seeds and their renditions in other formats. */
    static List<Path> corpusCatalogs() throws IOException {
        // the extensions ingest walks for (mappings/ingest-extensions.tsv), so a new catalog format is counted here too
        List<String> kinds = Mappings.builtIn().file("ingest-extensions.tsv").rows().stream().map(r -> "." + r.get(0)).toList();
        try (Stream<Path> s = Files.walk(Path.of("corpus"))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/make/")).filter(p -> !p.startsWith(SCANS))
                    .filter(p -> kinds.stream().anyMatch(k -> p.toString().endsWith(k))).sorted().toList();
        }
    }

    static String id(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    @Test
    void theFaultCorpusIsReportedFileByFileAndTheGoodCatalogsAreIndexed() throws Exception {
        Path tree = tmp.resolve("tree");
        List<FaultCorpus.Fault> faults = FaultCorpus.generate(tree.resolve("bad"));
        assertTrue(faults.size() >= 40, faults.size() + " kinds");
        List<Path> good = new ArrayList<>();
        for (Path seed : seeds()) good.add(Files.copy(seed, Files.createDirectories(tree.resolve("good")).resolve(seed.getFileName())));
        Path data = tmp.resolve("data");
        Path reportFile = Files.createDirectories(tmp.resolve("out")).resolve("report.json");

        Result r = run("ingest", tree.toString(), "--data", data.toString(), "--json", "--report", reportFile.toString(),
                "--max-size", String.valueOf(FaultCorpus.SIZE_CAP), "--timeout", "60");
        assertEquals(ExitCode.FILES_FAILED, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(JSON.readTree(Files.readString(reportFile)), report, "--json and --report carry the same report");
        assertEquals("files-failed", report.get("outcome").asText());
        assertEquals(1, report.get("exit_code").asInt());

        Set<String> failed = new HashSet<>(), warned = new HashSet<>();
        java.util.Map<String, String> kinds = new java.util.HashMap<>(), reasons = new java.util.HashMap<>();
        report.get("failures").forEach(f -> {
            failed.add(f.get("file").asText());
            kinds.put(f.get("file").asText(), f.get("kind").asText());
            reasons.put(f.get("file").asText(), f.get("reason").asText());
            assertFalse(f.get("reason").asText().isBlank(), f.toString());
            assertFalse(f.get("kind").asText().isBlank(), f.toString());
            // A clean answer: one line a user can act on, no stack trace, never "our bug".
            String reason = f.get("reason").asText();
            assertFalse(reason.contains("\n") || reason.contains("\r"), "one line: " + f);
            assertFalse(reason.matches("(?s).*(Exception|Error\\b|\\bat org\\.|\\bat java\\.).*"), "no exception text: " + f);
            assertFalse(List.of("error", "crashed").contains(f.get("kind").asText()), "no internal error or crash: " + f);
        });
        report.get("warnings").forEach(w -> warned.add(w.get("file").asText()));
        for (FaultCorpus.Fault f : faults) {
            String fid = id(tree.resolve("bad").resolve(f.name()));
            if (f.folderWarning()) assertTrue(warned.contains(fid), f + " is a warning");
            else if (f.mustFail()) assertTrue(failed.contains(fid), f + " is a failure: " + report.get("failures"));
            else if (f.mustRead()) assertFalse(failed.contains(fid), f + " is read: " + report.get("failures"));
            else assertTrue(failed.contains(fid) || warned.contains(fid), f + " is a failure or carries a warning");
            if (f.failureKind() != null) assertEquals(f.failureKind(), kinds.get(fid), f.toString());
            if (f.reasonSays() != null) {
                String reason = reasons.get(fid);
                assertTrue(reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains(f.reasonSays().toLowerCase(java.util.Locale.ROOT)),
                        f + " is explained: " + reason);
            }
        }
        long read = faults.stream().filter(FaultCorpus.Fault::mustRead).count();
        for (Path g : good) assertFalse(failed.contains(id(g)), g + " is good: " + report.get("failures"));

        JsonNode counts = report.get("counts");
        assertEquals(good.size() + read, counts.get("added").asInt());
        assertEquals(counts.get("seen").asInt(), counts.get("added").asInt() + counts.get("failed").asInt());
        assertTrue(report.get("index").get("entries").asLong() > 50, report.get("index").toString());
        assertEquals(report.get("index").get("entries").asLong(), Files.readAllLines(data.resolve("records.jsonl")).size());
        for (String key : List.of("list_millis", "hash_millis", "read_millis", "commit_millis", "total_millis")) {
            assertTrue(report.get("durations").has(key), key);
        }
        try (Stream<Path> runs = Files.list(data.resolve("runs"))) {
            assertEquals(1, runs.count());
        }
        // Scheduler-friendly log: timestamped lines, failures marked, the summary naming every failed file.
        assertTrue(r.err().lines().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z (INFO|WARN|FAIL) .*")), r.err());
        for (String f : failed) assertTrue(r.err().contains("FAIL " + f), f);

        // The next night: good files unchanged, bad ones tried again, nothing duplicated.
        Result again = run("ingest", tree.toString(), "--data", data.toString(), "--json", "--max-size", String.valueOf(FaultCorpus.SIZE_CAP));
        JsonNode second = JSON.readTree(again.out());
        assertEquals(ExitCode.FILES_FAILED, again.exit());
        assertEquals(good.size() + read, second.get("counts").get("unchanged").asInt());
        assertEquals(report.get("index"), second.get("index"));
        assertEquals(report.get("counts").get("failed"), second.get("counts").get("failed"));
    }

    @Test
    void reIngestingTheCorpusLeavesTheEntryCountUnchanged() throws Exception {
        Path data = tmp.resolve("data");
        Result first = run(ingestCorpus("--data", data.toString(), "--json"));
        assertEquals(ExitCode.OK, first.exit(), first.err());
        JsonNode a = JSON.readTree(first.out());
        assertEquals(corpusCatalogs().size(), a.get("counts").get("added").asInt());
        assertTrue(a.get("counts").get("ignored").asInt() >= 1, "corpus/published/README.md is not a catalog");
        List<String> records = Files.readAllLines(data.resolve("records.jsonl"));
        assertEquals(a.get("index").get("entries").asInt(), records.size());

        Result second = run(ingestCorpus("--data", data.toString(), "--json", "--threads", "2"));
        assertEquals(ExitCode.OK, second.exit(), second.err());
        JsonNode b = JSON.readTree(second.out());
        assertEquals(corpusCatalogs().size(), b.get("counts").get("unchanged").asInt());
        assertEquals(0, b.get("counts").get("added").asInt() + b.get("counts").get("updated").asInt());
        assertEquals(a.get("index"), b.get("index"));
        assertEquals(records, Files.readAllLines(data.resolve("records.jsonl")));
    }

    @Test
    void aSecondRunOnALockedIndexStopsWithExitCode3AndNamesTheHolder() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        ProcessHandle holder = ProcessHandle.current().parent().orElseThrow();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(data.resolve("ingest.lock"), "pid=" + holder.pid() + "\nhost=" + host + "\nstarted=" + Instant.now() + "\n");
        Result r = run("ingest", "corpus", "--data", data.toString());
        assertEquals(ExitCode.FATAL, r.exit());
        assertTrue(r.err().contains("FAIL") && r.err().contains("held by process " + holder.pid() + " on " + host), r.err());
    }

    @Test
    void aStaleLockIsRecoveredWithAWarning() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(data.resolve("ingest.lock"), "pid=" + dead.pid() + "\nhost=" + host + "\nstarted=" + Instant.now() + "\n");
        Result r = run("ingest", seeds().get(0).toString(), "--data", data.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.contains(" WARN ") && l.contains("stale lock") && l.contains(String.valueOf(dead.pid()))), r.err());
        assertFalse(Files.exists(data.resolve("ingest.lock")));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCode.USAGE, run("ingest", "corpus", "--max-size", "lots").exit());
        assertEquals(ExitCode.USAGE, run("ingest", "corpus", "--threads", "0").exit());
        assertEquals(ExitCode.USAGE, run("ingest").exit());
    }

    /**
     * The reproduction of issue 10: PDFs timed out at once used to leave PDFBox's (or Tika's) classes broken
     * for the rest of the JVM, so every later PDF failed with NoClassDefFoundError. Each read now either
     * finishes or times out, and the next run reads them all.
     */
    @Test
    void pdfsThatTimeOutLeaveTheNextReadsWhole() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("pdfs"));
        for (int i = 1; i <= 5; i++) Files.copy(Path.of("corpus/renditions/001_d1b07a4c651a3051.pdf"), tree.resolve("c" + i + ".pdf"));
        Path data = tmp.resolve("data");
        Result rushed = run("ingest", tree.toString(), "--data", data.toString(), "--json", "--timeout", "0.001");
        JsonNode report = JSON.readTree(rushed.out());
        for (JsonNode f : report.get("failures")) assertEquals("timeout", f.get("kind").asText(), f.toString());
        Result again = run("ingest", tree.toString(), "--data", data.toString(), "--json");
        assertEquals(ExitCode.OK, again.exit(), again.err());
        assertEquals(5, JSON.readTree(again.out()).get("index").get("documents").asInt());
    }

    @Test
    void aReportPathInAMissingFolderIsAUsageErrorAndNothingIsCreated() {
        Path reportFile = tmp.resolve("no/such/folder/report.json");
        Result r = run("ingest", "corpus/002_10e874960aa90f81.txt", "--data", tmp.resolve("data").toString(), "--report", reportFile.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(tmp.resolve("no")));
        assertFalse(Files.exists(tmp.resolve("data")), "nothing was done");
    }
}
