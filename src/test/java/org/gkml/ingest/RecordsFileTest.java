package org.gkml.ingest;

import org.gkml.vocabulary.Mappings;
import org.gkml.index.CatalogStore;
import org.gkml.index.LuceneCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** records.jsonl kept up to date by merging what changed into the old file, equal to writing it whole. */
class RecordsFileTest {

    @TempDir
    Path tmp;

    private Path tree;
    private Path data;

    private void ingest() {
        ingest(null, LineCatalogs::read, LuceneCatalogStore::open);
    }

    private void ingest(String reading, GuardedReader.DocumentReader reader, Ingester.StoreOpener opener) {
        IngestOptions o = new IngestOptions(List.of(tree), data, true, Duration.ofSeconds(30), 1, 1 << 20, 500).readingAs(reading);
        try (RunLog l = new RunLog(new PrintWriter(new StringWriter()), false)) {
            new Ingester(o, SourceTree.of(Mappings.builtIn()), opener, () -> reader, l, IngesterTest::exitCode).run();
        }
    }

    /** The real store, with every call of the named methods counted. */
    private static Ingester.StoreOpener counting(Map<String, Integer> calls) {
        return dir -> {
            LuceneCatalogStore real = LuceneCatalogStore.open(dir);
            return (CatalogStore) Proxy.newProxyInstance(RecordsFileTest.class.getClassLoader(), new Class<?>[]{CatalogStore.class}, (proxy, m, args) -> {
                calls.merge(m.getName(), 1, Integer::sum);
                try {
                    return m.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        };
    }

    private String records() throws IOException {
        return Files.readString(data.resolve("records.jsonl"), StandardCharsets.UTF_8);
    }

    private String wholeFromTheIndex() throws IOException {
        StringWriter out = new StringWriter();
        try (LuceneCatalogStore s = LuceneCatalogStore.open(data)) {
            s.writeRecords(out);
        }
        return out.toString();
    }

    private String wholeCatalogsFromTheIndex() throws IOException {
        StringWriter out = new StringWriter();
        try (LuceneCatalogStore s = LuceneCatalogStore.open(data)) {
            s.writeCatalogs(out);
        }
        return out.toString();
    }

    private void setUp() throws IOException {
        tree = tmp.resolve("tree");
        data = tmp.resolve("data");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        LineCatalogs.write(tree.resolve("b.txt"), "三");
        LineCatalogs.write(tree.resolve("d.txt"), "四", "五", "六");
        ingest();
    }

    @Test
    void changedAddedAndDeletedDocumentsAreMergedInPlace() throws Exception {
        setUp();
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");   // changed
        Files.delete(tree.resolve("d.txt"));                         // deleted
        LineCatalogs.write(tree.resolve("c.txt"), "七");              // added between b and d
        LineCatalogs.write(tree.resolve("0.txt"), "零");              // added before all
        ingest();
        String merged = records();
        assertEquals(wholeFromTheIndex(), merged);
        assertEquals(6, merged.lines().count()); // a 2, b 2, c 1, 0 1
        assertTrue(merged.contains("三之二") && !merged.contains("四"), merged);
    }

    @Test
    void aReRunWithChangesMergesTheCatalogsTooAndReadsNoVersionsOrCountsOutOfTheWholeIndex() throws Exception {
        setUp();
        Path catalogs = data.resolve("catalogs.jsonl");
        // mark a's line the way only a copy keeps
        Files.writeString(catalogs, Files.readString(catalogs, StandardCharsets.UTF_8).replace("a.txt\",\"", "a.txt\", \""), StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");   // changed
        Files.delete(tree.resolve("d.txt"));                         // deleted
        LineCatalogs.write(tree.resolve("c.txt"), "七");              // added
        Map<String, Integer> calls = new TreeMap<>();
        ingest(null, LineCatalogs::read, counting(calls));
        assertEquals(wholeFromTheIndex(), records());
        String merged = Files.readString(catalogs, StandardCharsets.UTF_8);
        assertTrue(merged.contains("a.txt\", \""), "a's line was copied: " + merged);
        assertEquals(wholeCatalogsFromTheIndex(), merged.replace("a.txt\", \"", "a.txt\",\""));
        assertEquals(3, merged.lines().count());
        assertEquals(null, calls.get("versions"), "the versions after the commit are worked out, not read: " + calls);
        assertEquals(null, calls.get("writeCatalogs"), calls.toString());
        assertEquals(null, calls.get("recordCount"), "counted through the merge's view: " + calls);
    }

    @Test
    void unchangedDocumentsAreCopiedNotRewritten() throws Exception {
        setUp();
        Path file = data.resolve("records.jsonl");
        // mark a's lines the way only a copy keeps: spaces JSON allows, which gkml never writes
        String marked = records().lines().map(l -> l.contains("\"一\"") || l.contains("\"二\"") ? l.replace("\":\"", "\": \"") : l)
                .reduce("", (x, y) -> x + y + "\n");
        Files.writeString(file, marked, StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest();
        String after = records();
        assertTrue(after.contains("\": \"一"), "a's lines were copied as they were");
        assertTrue(after.contains("三之二"), "b's new records were merged in");
    }

    @Test
    void aFileThatCannotBeMergedIsWrittenWhole() throws Exception {
        setUp();
        Files.writeString(data.resolve("records.jsonl"), "not json\n", StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest();
        assertEquals(wholeFromTheIndex(), records());
    }

    @Test
    void aStateOfTheOlderKindMeansWritingWhole() throws Exception {
        setUp();
        Files.writeString(data.resolve("records.state"), "{\"versions\":\"x\",\"documents\":3,\"entries\":6}\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("records.jsonl"), "", StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest();
        assertEquals(wholeFromTheIndex(), records());
        assertEquals(7, records().lines().count());
    }

    @Test
    void manyChangedDocumentsAreMergedThroughOneViewOfTheIndexAndEqualAWholeWrite() throws Exception {
        tree = tmp.resolve("tree");
        data = tmp.resolve("data");
        for (int i = 0; i < 30; i++) LineCatalogs.write(tree.resolve(String.format("f%02d.txt", i)), "项" + i, "项" + i + "之二");
        ingest();
        for (int i = 0; i < 30; i += 3) LineCatalogs.write(tree.resolve(String.format("f%02d.txt", i)), "改" + i);
        Map<String, Integer> calls = new TreeMap<>();
        ingest(null, LineCatalogs::read, counting(calls));
        assertEquals(wholeFromTheIndex(), records());
        assertEquals(50, records().lines().count());
        assertEquals(1, calls.get("records"), "one view of the index for the ten changed documents: " + calls);
    }

    @Test
    void anUnchangedReRunTakesTheVersionsFromTheStateNotTheIndex() throws Exception {
        setUp();
        Map<String, Integer> calls = new TreeMap<>();
        ingest(null, LineCatalogs::read, counting(calls));
        assertEquals(null, calls.get("versions"), "the state was written at the index's last commit: " + calls);
        // a commit the state does not name (another run's checkpoint, say): the versions come from the index again
        try (LuceneCatalogStore s = LuceneCatalogStore.open(data)) {
            s.commit(Map.of("gkml.run.started", "elsewhere"));
        }
        calls.clear();
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest(null, LineCatalogs::read, counting(calls));
        assertTrue(calls.getOrDefault("versions", 0) >= 1, calls.toString());
        assertEquals(wholeFromTheIndex(), records());
    }

    @Test
    void anIndexReadAnotherWayIsWrittenWholeThoughNoFileChanged() throws Exception {
        tree = tmp.resolve("tree");
        data = tmp.resolve("data");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "二");
        LineCatalogs.write(tree.resolve("b.txt"), "三");
        ingest("1/old", LineCatalogs::read, LuceneCatalogStore::open);
        // the same files read another way (new mapping files, say): the same hashes, other records
        GuardedReader.DocumentReader renamed = file -> {
            var d = LineCatalogs.read(file);
            return new org.gkml.catalog.CatalogDocument(d.source(), d.format(), "新" + d.title(), d.agency(), d.region(), d.level(),
                    d.meta(), d.fields(), d.entries().stream().map(e -> new org.gkml.catalog.Entry(e.seq(), e.domain(), e.category(),
                    "新" + e.item(), e.content(), e.basis(), e.laws(), e.timeLimit(), e.deadlineDays(), e.deadlineUnit(), e.subject(),
                    e.channels(), e.webColumn(), e.audience(), e.disclosureMode(), e.responsible(), e.publicityType(), e.updateFrequency(),
                    e.levels(), e.remarks(), e.extra(), e.source())).toList(), d.warnings());
        };
        ingest("1/new", renamed, LuceneCatalogStore::open);
        assertEquals(wholeFromTheIndex(), records());
        assertTrue(records().contains("新一"), records());
    }

    @Test
    void aDocIdIsCutOutOfItsLineOrParsedWhenEscaped() {
        assertEquals("/a/b.txt", RecordsFile.docIdOf("{\"doc_id\":\"/a/b.txt\",\"seq\":1}"));
        assertEquals("/a/\"q\".txt", RecordsFile.docIdOf("{\"doc_id\":\"/a/\\\"q\\\".txt\",\"seq\":1}"));
        assertEquals("/a\\b.txt", RecordsFile.docIdOf("{\"doc_id\":\"/a\\\\b.txt\"}"));
        assertEquals("/a.txt", RecordsFile.docIdOf("{ \"doc_id\" : \"/a.txt\" }"));
        assertEquals(null, RecordsFile.docIdOf("{\"seq\":1,\"doc_id\":\"/a.txt\"}"));
        assertEquals(null, RecordsFile.docIdOf("not json"));
    }

    @Test
    void linesLongerThanTheCopyBufferAndALastLineWithoutItsEndAreCopiedWhole() throws Exception {
        tree = tmp.resolve("tree");
        data = tmp.resolve("data");
        String longItem = "长".repeat(40_000);   // 120,000 bytes of UTF-8: longer than the 64 KB buffer
        LineCatalogs.write(tree.resolve("a.txt"), longItem, "短");
        LineCatalogs.write(tree.resolve("b.txt"), "三");
        LineCatalogs.write(tree.resolve("c.txt"), longItem + "丙");
        ingest();
        Path file = data.resolve("records.jsonl");
        String before = records();
        // c's line (the last) marked the way only a copy keeps, and left without its line end
        String marked = before.lines().map(l -> l.contains("丙") ? l.replace("\":\"", "\": \"") : l).reduce((x, y) -> x + "\n" + y).orElseThrow();
        Files.writeString(file, marked, StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest();
        assertEquals(wholeFromTheIndex(), records().replace("\": \"", "\":\""));
        assertTrue(records().contains("\": \"" + longItem + "丙") && records().contains("三之二"), "merged, not written whole");
        assertTrue(records().endsWith("\n"));
    }

    @Test
    void theStateKeepsWhereEachDocumentsLinesStandAndAReRunCopiesTheUnchangedOnesByThat() throws Exception {
        setUp();
        LineCatalogs.write(tree.resolve("b.txt"), "三", "三之二");
        ingest();   // merged line by line (the first run wrote the files whole): notes where each document's lines are
        spansFit("records.jsonl", "record_spans");
        spansFit("catalogs.jsonl", "catalog_spans");
        LineCatalogs.write(tree.resolve("a.txt"), "一", "二之二");   // changed
        Files.delete(tree.resolve("d.txt"));                         // deleted
        LineCatalogs.write(tree.resolve("c.txt"), "七");              // added
        LineCatalogs.write(tree.resolve("e.txt"), "八", "九");        // added after all
        ingest();   // merged by the spans
        assertEquals(wholeFromTheIndex(), records());
        assertEquals(wholeCatalogsFromTheIndex(), Files.readString(data.resolve("catalogs.jsonl"), StandardCharsets.UTF_8));
        assertEquals(7, records().lines().count()); // a 2, b 2, c 1, e 2
        spansFit("records.jsonl", "record_spans");
        spansFit("catalogs.jsonl", "catalog_spans");
        // spans that the file does not bear out (it was edited since): merged line by line, as without spans
        Files.writeString(data.resolve("records.jsonl"), records().replace("\"二之二\"", "\"二之二 \""), StandardCharsets.UTF_8);
        LineCatalogs.write(tree.resolve("c.txt"), "七", "七之二");
        ingest();
        assertTrue(records().contains("二之二 "), "a's lines copied as they stood");
        assertEquals(wholeFromTheIndex(), records().replace("二之二 ", "二之二"));
        spansFit("records.jsonl", "record_spans");
    }

    /** The state's spans of {@code name}: per document in id order, its bytes start a line with its doc_id and hold its lines. */
    private void spansFit(String name, String key) throws IOException {
        var state = new com.fasterxml.jackson.databind.ObjectMapper().readTree(data.resolve("records.state").toFile());
        assertTrue(state.has(key), key + " in " + state);
        List<String> ids = new java.util.ArrayList<>();
        state.get("hashes").fieldNames().forEachRemaining(ids::add);
        byte[] file = Files.readAllBytes(data.resolve(name));
        var spans = state.get(key);
        assertEquals(2 * ids.size(), spans.size());
        int at = 0;
        for (int i = 0; i < ids.size(); i++) {
            int bytes = spans.get(2 * i).asInt(), lines = spans.get(2 * i + 1).asInt();
            String text = new String(file, at, bytes, StandardCharsets.UTF_8);
            assertEquals(lines, text.chars().filter(c -> c == '\n').count(), ids.get(i) + ": " + text);
            for (String line : text.lines().toList()) assertTrue(line.startsWith("{\"doc_id\":\"" + ids.get(i) + "\""), line);
            at += bytes;
        }
        assertEquals(file.length, at, name);
    }
}
