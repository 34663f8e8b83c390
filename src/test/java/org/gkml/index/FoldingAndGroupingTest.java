package org.gkml.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Folding copies and grouping hits in the index (content hash and group values as doc values), and the index format
 * that announces them.
 */
class FoldingAndGroupingTest {

    static final int COPIES = 47;

    @TempDir
    Path data;

    static Synonyms synonyms() {
        return Synonyms.of(Mappings.builtIn());
    }

    /** 30 different entries on 异地就医, each catalog ingested from 47 files (one catalog in many renditions). */
    @Test
    void manyCopiesOfEachCatalogStillFillTheLimitWithDistinctEntries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(CatalogSearcherTest.entry("异地就医备案第" + i + "项", "异地就医办理流程" + i, List.of("政府网站"), 20));
        }
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (int c = 0; c < COPIES; c++) {
                String source = "copy" + c + ".txt";
                store.replace(source, "1", CatalogSearcherTest.catalog(source, "甲县医疗保障局", new Region("宁夏回族自治区", "银川市", "甲县"),
                        entries.toArray(Entry[]::new)));
            }
            store.commit(Map.of());
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, synonyms())) {
            SearchResult r = s.search(SearchRequest.of("异地就医", 20));
            assertEquals(30L * COPIES, r.totalHits());
            assertEquals(20, r.hits().size(), "the limit is filled with distinct entries");
            assertEquals(20, r.hits().stream().map(SearchResult.Hit::item).distinct().count());
            for (SearchResult.Hit h : r.hits()) {
                assertEquals(COPIES - 1, h.copies().size(), "every other file of the entry is named: " + h.item());
                assertTrue(!h.copies().contains(h.source()));
            }
            SearchResult grouped = s.search(new SearchRequest("异地就医", Map.of(), 25, "agency"));
            assertEquals(1, grouped.groups().size());
            assertEquals(30, grouped.groups().get(0).totalHits(), "a group counts an entry once, not once per copy");
            assertEquals(25, grouped.groups().get(0).hits().size());
            SearchResult all = s.search(new SearchRequest("异地就医", Map.of(), 100, null, false));
            assertEquals(100, all.hits().size(), "asked for copies, they come apart");
        }
    }

    /** A hit as the old implementation and this one both describe it. */
    record Seen(String source, String item, float score, List<String> copies) {
        static Seen of(SearchResult.Hit h) {
            return new Seen(h.source(), h.item(), h.score(), h.copies());
        }
    }

    record SeenGroup(String value, long total, List<Seen> hits) {
    }

    /**
     * Grouping as it was done before the index held group values: the best 2,000 hits in rank order, copies folded
     * into the best-ranked one, then grouped by the value in the stored record, groups in the order of their best hit.
     */
    static List<SeenGroup> groupedTheOldWay(SearchResult all, SearchRequest request) {
        Map<String, SearchResult.Hit> firstOfContent = new LinkedHashMap<>();
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (SearchResult.Hit h : all.hits()) {
            ObjectNode content = h.record().deepCopy();
            content.remove(List.of("doc_id", "source", "source_ref"));
            String key = content.toString();
            if (firstOfContent.putIfAbsent(key, h) == null) copies.put(key, new ArrayList<>());
            else copies.get(key).add(h.source());
        }
        Map<String, List<Seen>> byValue = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, SearchResult.Hit> e : firstOfContent.entrySet()) {
            SearchResult.Hit h = e.getValue();
            String value = FilterKey.of(request.groupBy()).valueIn(h.record()) == null || FilterKey.of(request.groupBy()).valueIn(h.record()).isNull()
                    ? "" : FilterKey.of(request.groupBy()).valueIn(h.record()).asText();
            counts.merge(value, 1, Integer::sum);
            List<Seen> g = byValue.computeIfAbsent(value, k -> new ArrayList<>());
            if (g.size() < request.limit()) g.add(new Seen(h.source(), h.item(), h.score(), copies.get(e.getKey())));
        }
        List<SeenGroup> out = new ArrayList<>();
        byValue.forEach((v, hits) -> out.add(new SeenGroup(v.isBlank() ? null : v, counts.get(v), hits)));
        return out;
    }

    static List<SeenGroup> grouped(SearchResult r) {
        return r.groups().stream().map(g -> new SeenGroup(g.value(), g.totalHits(), g.hits().stream().map(Seen::of).toList())).toList();
    }

    @Test
    void groupingInTheIndexEqualsGroupingStoredRecords() throws Exception {
        List<CatalogDocument> docs = TestCorpus.documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (CatalogDocument d : docs) store.replace(d.source(), "test", d);
            // the first two catalogs also come from a second file each, so that folding plays its part
            for (CatalogDocument d : docs.subList(0, 2)) {
                String source = "copy-" + d.source();
                store.replace(source, "test", new CatalogDocument(source, d.format(), d.title(), d.agency(), d.region(), d.level(),
                        d.meta(), d.fields(), d.entries(), d.warnings()));
            }
            store.commit(Map.of());
        }
        int compared = 0;
        try (CatalogSearcher s = CatalogSearcher.open(data, synonyms())) {
            for (String q : List.of("异地就医", "领导信息", "年报", "三公经费", "行政处罚", "机构职能", "", "公开")) {
                SearchResult all = s.search(new SearchRequest(q, Map.of(), 2000, null, false).withFacets(false));
                assertTrue(all.totalHits() < 2000, "the old way saw every hit of the test index");
                for (String key : List.of("agency", "province", "city", "county", "level", "category")) {
                    for (int limit : List.of(1, 3, 10)) {
                        SearchRequest request = new SearchRequest(q, Map.of(), limit, key);
                        List<SeenGroup> expected = groupedTheOldWay(all, request);
                        SearchResult r = s.search(request);
                        assertEquals(expected, grouped(r), q + " by " + key + " limit " + limit);
                        assertEquals(expected.size(), r.groupsTotal());
                        compared += expected.size();
                        if (expected.size() > 2) {
                            SearchResult two = s.search(request.withGroups(2));
                            assertEquals(expected.subList(0, 2), grouped(two), "fewer groups asked, the best ones given");
                            assertEquals(expected.size(), two.groupsTotal(), "and the count of all of them");
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100, "the queries give groups to compare: " + compared);
    }

    @Test
    void facetsCanBeLeftUncounted() throws Exception {
        TestCorpus.index(data);
        try (CatalogSearcher s = CatalogSearcher.open(data, synonyms())) {
            SearchRequest request = SearchRequest.of("年报", 5);
            SearchResult with = s.search(request);
            SearchResult without = s.search(request.withFacets(false));
            assertTrue(!with.facets().isEmpty());
            assertEquals(Map.of(), without.facets());
            assertEquals(with.totalHits(), without.totalHits());
            assertEquals(with.hits().stream().map(Seen::of).toList(), without.hits().stream().map(Seen::of).toList());
        }
    }

    /** An index as gkml wrote it before the format was named in the commit: one entry document, no format key. */
    void writeUnnamedFormatIndex() throws IOException {
        try (Directory dir = FSDirectory.open(LuceneCatalogStore.indexDir(data));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ENTRY, Field.Store.NO));
            d.add(new StringField(IndexFields.DOC_ID, "old.txt", Field.Store.YES));
            w.addDocument(d);
            w.setLiveCommitData(Map.of("gkml.reading", "1/x").entrySet());
            w.commit();
        }
    }

    @Test
    void anIndexOfAnOlderFormatIsRefusedBySearchAndRebuiltByTheStore() throws IOException {
        writeUnnamedFormatIndex();
        IndexFormatException refused = assertThrows(IndexFormatException.class, () -> CatalogSearcher.open(data, synonyms()));
        assertTrue(refused.getMessage().contains("gkml ingest"), refused.getMessage());
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            assertEquals("", store.rebuilding(), "no format named: an older gkml");
            assertEquals(Map.of(), store.versions(), "every file is read again");
            store.replace("a.txt", "1", CatalogSearcherTest.catalog("a.txt", "甲县医疗保障局", Region.UNKNOWN,
                    CatalogSearcherTest.entry("异地就医备案", "备案渠道", List.of("政府网站"), 20)));
            store.commit(Map.of());
            assertNull(store.rebuilding());
            assertEquals(Map.of("a.txt", "1"), store.versions(), "the old documents are gone with the commit");
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, synonyms())) {
            assertEquals(1, s.search(SearchRequest.of("异地就医", 5)).hits().size());
        }
    }

    @Test
    void aRebuildThatIsRolledBackLeavesTheOldIndexAndStaysARebuild() throws IOException {
        writeUnnamedFormatIndex();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.replace("a.txt", "1", CatalogSearcherTest.catalog("a.txt", null, Region.UNKNOWN,
                    CatalogSearcherTest.entry("异地就医备案", "备案渠道", List.of("政府网站"), 20)));
            store.rollback();
            assertNotNull(store.rebuilding());
            store.commit(Map.of());
            assertEquals(Map.of(), store.versions(), "the old layout's documents do not survive into the new format");
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, synonyms())) {
            assertEquals(0, s.search(SearchRequest.of("", 5)).totalHits());
        }
    }
}
