package org.gkml.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gkml.cli.Main;
import org.gkml.index.LuceneCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * kill -9 at random moments: an ingest of a few hundred catalogs runs in a child JVM (org.gkml.cli.Main) and
 * is killed again and again; after every kill the index must open and hold only whole documents of either
 * the old or the new tree, and the run that is finally let through must leave exactly what a clean ingest
 * of the new tree leaves.
 */
class IngestKillTest {

    private static final int OLD_FILES = 40, NEW_FILES = 200, CHANGED = 15, REMOVED = 8;
    private static final int MAX_ATTEMPTS = 7, WANTED_KILLS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveAConsistentIndexAndTheNextRunFinishesTheWork() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        // The seeds that are Word tables exported to text (cells start with a tab) read in a tenth of a second;
        // the PDF-flow ones take seconds each, which would only slow this test of the batch machinery down.
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.contains("\t")) seeds.add(text);
            }
        }
        assertTrue(seeds.size() >= 2, "tab-separated seeds in corpus/");
        Path tree = tmp.resolve("tree"), data = tmp.resolve("data"), reference = tmp.resolve("reference");

        // The old tree, cleanly ingested: the index the killed runs start from.
        for (int i = 0; i < OLD_FILES; i++) writeCatalog(tree, i, seeds.get(i % seeds.size()));
        assertTrue(ingestInProcess(tree, data) <= 1);
        Map<String, Integer> wholeDocuments = documentSizes(data);

        // The new tree: some files changed to another catalog, some gone, many new.
        for (int i = 0; i < CHANGED; i++) writeCatalog(tree, i, seeds.get((i + 1) % seeds.size()));
        for (int i = OLD_FILES - REMOVED; i < OLD_FILES; i++) Files.delete(file(tree, i));
        for (int i = OLD_FILES; i < NEW_FILES + REMOVED; i++) writeCatalog(tree, i, seeds.get(i % seeds.size()));
        assertEquals(NEW_FILES, countFiles(tree));
        long t0 = System.nanoTime();
        int referenceExit = ingestInProcess(tree, reference);
        long referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        wholeDocuments.putAll(documentSizes(reference));
        Map<String, String> expectedVersions = versions(reference);
        assertTrue(expectedVersions.size() >= 100, "the reference ingest read " + expectedVersions.size() + " documents");

        int kills = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && kills < WANTED_KILLS; attempt++) {
            Process child = startChild(tree, data, tmp.resolve("child-" + attempt + ".log"));
            // Anywhere from JVM start-up (a second or two) to well into the work; checkpoints keep what each run did.
            long delay = 200 + (long) (random.nextDouble() * (referenceMillis * 0.3 + 2000));
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly(); // SIGKILL
                child.waitFor();
                kills++;
            }
            assertConsistent(data, wholeDocuments, "after attempt " + attempt + " (seed " + seed + ", killed at " + delay + " ms)");
        }
        assertTrue(kills > 0, "no run was killed (seed " + seed + ")");
        System.out.println("IngestKillTest: seed " + seed + ", " + kills + " runs killed, clean ingest " + referenceMillis + " ms");

        boolean lockLeft = Files.exists(data.resolve("ingest.lock"));
        Path lastLog = tmp.resolve("child-final.log");
        Process last = startChild(tree, data, lastLog);
        assertTrue(last.waitFor(3, TimeUnit.MINUTES), "the final run finished");
        String log = Files.readString(lastLog, StandardCharsets.UTF_8);
        assertEquals(referenceExit, last.exitValue(), log);
        if (lockLeft) assertTrue(log.contains("stale lock"), "the lock of the killed run was recovered: " + log);
        assertEquals(expectedVersions, versions(data), "versions equal a clean ingest (seed " + seed + ")");
        assertEquals(documentSizes(reference), documentSizes(data), "entries per document equal a clean ingest");
        assertEquals(Files.readAllLines(reference.resolve("records.jsonl")), Files.readAllLines(data.resolve("records.jsonl")),
                "records.jsonl equals a clean ingest's");
    }

    private static long countFiles(Path tree) throws IOException {
        try (Stream<Path> s = Files.walk(tree)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static Path file(Path tree, int i) {
        return tree.resolve("batch" + (i % 7)).resolve(String.format("catalog-%03d.txt", i));
    }

    /** A seed with a small variation (trailing blank lines and spaces), so every file has its own hash. */
    private static void writeCatalog(Path tree, int i, String seed) throws IOException {
        Path f = file(tree, i);
        Files.createDirectories(f.getParent());
        Files.writeString(f, seed + "\n".repeat(1 + i % 3) + " ".repeat(i / 3), StandardCharsets.UTF_8);
    }

    private static int ingestInProcess(Path tree, Path data) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int exit = cl.execute("ingest", tree.toString(), "--data", data.toString(), "--prune");
        if (exit > 1) fail("ingest failed: " + err);
        return exit;
    }

    private static Process startChild(Path tree, Path data, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", classpath,
                "org.gkml.cli.Main", "ingest", tree.toString(), "--data", data.toString(), "--prune", "--checkpoint", "10")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Map<String, String> versions(Path data) throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            return store.versions();
        }
    }

    /** "id hash" → entries, for every committed document (a document with no entries counts 0). */
    private static Map<String, Integer> documentSizes(Path data) throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            Map<String, Integer> perId = entriesPerDocument(store);
            Map<String, Integer> sizes = new HashMap<>();
            store.versions().forEach((id, hash) -> sizes.put(id + " " + hash, perId.getOrDefault(id, 0)));
            return sizes;
        }
    }

    private static Map<String, Integer> entriesPerDocument(LuceneCatalogStore store) throws IOException {
        StringWriter out = new StringWriter();
        store.writeRecords(out);
        Map<String, Integer> perId = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) perId.merge(JSON.readTree(line).get("doc_id").asText(), 1, Integer::sum);
        }
        return perId;
    }

    /** Every committed document is a whole version of the old or the new tree; records.jsonl is whole. */
    private static void assertConsistent(Path data, Map<String, Integer> wholeDocuments, String when) throws IOException {
        Map<String, Integer> sizes = documentSizes(data);
        for (Map.Entry<String, Integer> d : sizes.entrySet()) {
            Integer expected = wholeDocuments.get(d.getKey());
            if (expected == null) fail(when + ": unknown document version " + d.getKey());
            assertEquals(expected, d.getValue(), when + ": entries of " + d.getKey());
        }
        Path records = data.resolve("records.jsonl");
        if (Files.exists(records)) {
            for (String line : Files.readAllLines(records, StandardCharsets.UTF_8)) {
                JsonNode n = JSON.readTree(line);
                assertTrue(n.has("doc_id"), when + ": a whole record in records.jsonl");
            }
        }
    }
}
