package org.gkml.ingest;

import org.gkml.vocabulary.Mappings;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** records.jsonl kept up to date by merging what changed into the old file, equal to writing it whole. */
class RecordsFileTest {

    @TempDir
    Path tmp;

    private Path tree;
    private Path data;

    private void ingest() {
        IngestOptions o = new IngestOptions(List.of(tree), data, true, Duration.ofSeconds(30), 1, 1 << 20, 500);
        try (RunLog l = new RunLog(new PrintWriter(new StringWriter()), false)) {
            new Ingester(o, SourceTree.of(Mappings.builtIn()), LuceneCatalogStore::open, () -> LineCatalogs::read, l, IngesterTest::exitCode).run();
        }
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
}
