package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.store.LockObtainFailedException;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneCatalogStoreTest {

    @TempDir
    Path data;

    static Entry entry(int seq, String category, String item) {
        return new Entry(seq, null, category, item, item + "的内容", null, List.of(), "20个工作日内", 20, DeadlineUnit.WORKING_DAY,
                null, List.of("政府网站", "公开栏"), null, List.of("全社会"), List.of("主动公开"), List.of("办公室"),
                List.of(), null, List.of(), null, Map.of(), null);
    }

    static CatalogDocument catalog(String source, String... items) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.length; i++) entries.add(entry(i + 1, "服务公开", items[i]));
        return new CatalogDocument(source, "txt", source + "目录", "某某县医疗保障局", new Region("宁夏回族自治区", "银川市", "某某县"),
                Level.COUNTY, Map.of(), EnumSet.of(Field.SEQ, Field.CATEGORY, Field.ITEM, Field.CONTENT, Field.CHANNELS),
                entries, List.of());
    }

    static List<JsonNode> records(LuceneCatalogStore store) throws IOException {
        StringWriter out = new StringWriter();
        store.writeRecords(out);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isEmpty()) nodes.add(CatalogJson.MAPPER.readTree(line));
        return nodes;
    }

    @Test
    void changesBecomeVisibleAtCommitAndReplaceLeavesNoDuplicates() throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            assertEquals(Map.of(), store.versions());
            store.replace("a/one.txt", "h1", catalog("one.txt", "异地就医备案", "年度报告", "领导信息"));
            store.replace("b/empty.txt", "h2", catalog("empty.txt"));
            assertEquals(Map.of(), store.versions(), "nothing is visible before commit");

            store.commit(Map.of("run", "1"));
            assertEquals(Map.of("a/one.txt", "h1", "b/empty.txt", "h2"), store.versions());
            assertEquals(Map.of("run", "1"), store.lastCommitData());
            List<JsonNode> recs = records(store);
            assertEquals(3, recs.size());
            JsonNode first = recs.get(0);
            assertEquals("a/one.txt", first.get("doc_id").asText());
            assertEquals("one.txt", first.get("source").asText());
            assertEquals("某某县医疗保障局", first.get("agency").asText());
            assertEquals("宁夏回族自治区", first.get("region").get("province").asText());
            assertEquals("county", first.get("level").asText());
            assertEquals("异地就医备案", first.get("item").asText());
            assertEquals("政府网站", first.get("channels").get(0).asText());
            assertTrue(!first.has("basis"), "only the catalog's own fields are exported");

            store.replace("a/one.txt", "h3", catalog("one.txt", "异地就医备案", "年度报告"));
            store.commit(Map.of("run", "2"));
            assertEquals("h3", store.versions().get("a/one.txt"));
            assertEquals(List.of("异地就医备案", "年度报告"), records(store).stream().map(r -> r.get("item").asText()).toList());
        }
    }

    @Test
    void rollbackAndCloseWithoutCommitDropPendingChanges() throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.replace("one.txt", "h1", catalog("one.txt", "机构职能"));
            store.commit(Map.of());
            store.delete("one.txt");
            store.rollback();
            assertEquals(Map.of("one.txt", "h1"), store.versions());
            store.replace("two.txt", "h2", catalog("two.txt", "财政预决算"));
            store.rollback();
            store.delete("one.txt");
            store.commit(Map.of());
            assertEquals(Map.of(), store.versions());
            assertEquals(0, records(store).size());
            store.replace("three.txt", "h3", catalog("three.txt", "政策解读"));
        }
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            assertEquals(Map.of(), store.versions(), "closing without commit keeps the last commit");
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsRefused() throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            assertThrows(LockObtainFailedException.class, () -> LuceneCatalogStore.open(data));
        }
    }

    /**
     * A re-run commits a few documents and closes; the merges its commit started were aborted by the close (the
     * writer closes without committing), so every run left one or two more segments for good. finishMerges lets them
     * end and commits them, with the documents and the commit data unchanged.
     */
    @Test
    void runsThatCommitAFewDocumentsEachDoNotPileUpSegments() throws IOException {
        int runs = 24;
        String[] items = {"异地就医备案", "年度报告"};
        for (int run = 1; run <= runs; run++) {
            try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
                store.replace("d/" + run + ".txt", "h" + run, catalog(run + ".txt", items));
                store.commit(Map.of("run", String.valueOf(run)));
                store.finishMerges();
            }
        }
        int segments;
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(LuceneCatalogStore.indexDir(data))) {
            segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size();
        }
        assertTrue(segments <= 12, runs + " runs of one document each left " + segments + " segments");
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            assertEquals(runs, store.versions().size());
            assertEquals(Map.of("run", String.valueOf(runs)), store.lastCommitData());
            assertEquals(runs * items.length, records(store).size());
        }
    }
}
