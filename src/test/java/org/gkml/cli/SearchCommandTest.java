package org.gkml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.CatalogJsonReader;
import org.gkml.catalog.FreshJvm;
import org.gkml.index.LuceneCatalogStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {

    @TempDir
    static Path data;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void indexCorpus() throws IOException {
        // the index is built from the seeds' gold records beside the checkout; a checkout elsewhere (CI's clean clone)
        // uses the reviewed readings of the same five seeds, which GoldenCorpusTest holds, so these tests always run
        Path gold = Path.of(System.getProperty("gkml.shared", "../shared"), "gold");
        Path dir = Files.isDirectory(gold) ? gold : Path.of("src/test/resources/golden");
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data); Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\.txt\\.json")).sorted().toList()) {
                store.replace(f.getFileName().toString(), "h", CatalogJsonReader.read(f));
            }
            store.commit(java.util.Map.of());
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void jsonGivesOneRecordPerHitWithCatalogFactsAndScore() throws IOException {
        Run r = run("search", "--data", data.toString(), "--json", "--limit", "3", "异地就医");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> hits = new ArrayList<>();
        for (String line : r.out().split("\n")) hits.add(CatalogJson.MAPPER.readTree(line));
        assertEquals(3, hits.size());
        for (JsonNode h : hits) {
            assertTrue(h.get("item").asText().contains("异地就医") || h.get("content").asText().contains("异地就医"), h.toString());
            assertTrue(h.has("source") && h.has("agency") && h.has("region") && h.has("score") && h.has("channels"), h.toString());
        }
        assertTrue(hits.get(0).get("score").asDouble() >= hits.get(2).get("score").asDouble());
    }

    @Test
    void filtersNarrowAndFacetsAreShown() {
        Run r = run("search", "--data", data.toString(), "领导信息", "--filter", "province=宁夏回族自治区");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("大武口区医疗保障局"), r.out());
        assertFalse(r.out().contains("省医保局"), r.out());
        assertTrue(r.out().contains("Facets"), r.out());
        assertTrue(r.out().contains("province         宁夏回族自治区"), r.out());
        assertTrue(r.out().contains("【领导信息】"), "the match is highlighted: " + r.out());
    }

    @Test
    void groupByAgencyListsEachBureauSeparately() {
        Run r = run("search", "--data", data.toString(), "年报", "--group-by", "agency");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== 昆明市西山区医疗保障局 (1)"), r.out());
        assertTrue(r.out().contains("== 银川市金凤区医疗保障局"), r.out());
        assertTrue(r.out().contains("== 大武口区医疗保障局 (1)"), r.out());
    }

    @Test
    void aMissingIndexIsOneClearLineAndExitCode3(@TempDir Path empty) {
        Run r = run("search", "--data", empty.resolve("nothing").toString(), "年报");
        assertEquals(ExitCode.FATAL, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("gkml ingest"), r.err());
    }

    @Test
    void aFilterValueNoEntryHasIsExplained() {
        Run r = run("search", "--data", data.toString(), "年报", "--filter", "province=宁夏");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("0 entries match"), r.out());
        assertTrue(r.err().contains("no entry has province=宁夏") && r.err().contains("宁夏回族自治区"), r.err());
    }

    @Test
    void aBadFilterIsAUsageError() {
        Run r = run("search", "--data", data.toString(), "年报", "--filter", "colour=red");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("unknown filter key 'colour'"), r.err());
    }

    @Test
    void theLimitIsBoundedAndAHugeOneIsAUsageError() {
        Run all = run("search", "--data", data.toString(), "--json", "--limit", "10000");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().lines().count() > 9, all.out().lines().count() + " hits");
        assertEquals(all.out().lines().count(), run("search", "--data", data.toString(), "--json", "--limit", "5000").out().lines().count());
        for (String huge : new String[]{"2147483647", "300000000", "1000001"}) {
            Run r = run("search", "--data", data.toString(), "--limit", huge);
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertTrue(r.err().contains("--limit must be between 1 and 1000000"), r.err());
        }
    }

    @Test
    void aHugeQueryIsAUsageErrorNotAnInternalOne() {
        String[] args = new String[3 + 3000];
        args[0] = "search";
        args[1] = "--data";
        args[2] = data.toString();
        for (int i = 0; i < 3000; i++) args[3 + i] = "词" + i;
        Run r = run(args);
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("too many words"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void controlCharactersInCellsAreShownAsEscapes() {
        StringWriter w = new StringWriter();
        ObjectNode record = CatalogJson.MAPPER.createObjectNode();
        record.put("item", "目录\u001b[2J\u001b]0;pwned\u0007");
        SearchResult.Hit hit = new SearchResult.Hit(1.0f, record, java.util.Map.of(), List.of());
        new SearchCommand.HumanOutput(new PrintWriter(w), false).print(SearchRequest.of("目录", 10),
                new SearchResult(1, List.of(hit), java.util.Map.of(), List.of()));
        assertFalse(w.toString().contains("\u001b"), w.toString());
        assertFalse(w.toString().contains("\u0007"), w.toString());
        assertTrue(w.toString().contains("目录\\u001b[2J"), w.toString());
    }

    /**
     * A command-line search starts loading HanLP's dictionaries on another thread while it opens the index; the
     * query then waits for them. In a fresh JVM (where that race really happens) the first query that needs
     * words gives the hits, scores and order of the same search in a JVM whose HanLP was loaded long ago.
     */
    @Test
    void firstSegmentingQueryOfAFreshProcessFindsTheSameHits() throws Exception {
        for (String query : List.of("异地就医", "领导信息", "机构职能")) {
            Run warm = run("search", "--data", data.toString(), "--json", "--limit", "20", query);
            assertEquals(0, warm.code(), warm.err());
            FreshJvm.Run fresh = FreshJvm.run(Main.class, "search", "--data", data.toString(), "--json", "--limit", "20", query);
            assertEquals(0, fresh.exit(), fresh.stdout());
            if (query.equals("异地就医")) assertFalse(warm.out().isBlank(), query);
            assertEquals(warm.out(), fresh.stdout(), query);
            assertTrue(fresh.loaded().contains("com.hankcs.hanlp.dictionary.CoreDictionary"), "the words were HanLP's");
        }
    }

    /** Listing by filters alone segments nothing, so it loads none of HanLP's dictionaries. */
    @Test
    void aSearchWithoutWordsLoadsNoDictionary() throws Exception {
        FreshJvm.Run fresh = FreshJvm.run(Main.class, "search", "--data", data.toString(), "--json", "--filter", "province=宁夏回族自治区");
        assertEquals(0, fresh.exit(), fresh.stdout());
        assertFalse(fresh.stdout().isBlank());
        assertTrue(fresh.loaded().contains("org.apache.lucene.index.DirectoryReader"));
        assertFalse(fresh.loaded().stream().anyMatch(c -> c.startsWith("com.hankcs.hanlp.dictionary.")), "a HanLP dictionary was loaded");
    }
}
