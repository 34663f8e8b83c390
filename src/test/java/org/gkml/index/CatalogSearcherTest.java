package org.gkml.index;

import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters, facets and grouping on a small hand-made index. */
class CatalogSearcherTest {

    @TempDir
    Path data;

    static Entry entry(String item, String content, List<String> channels, Integer days) {
        return new Entry(null, null, "公共服务", item, content, null, List.of(), null, days, days == null ? null : DeadlineUnit.WORKING_DAY,
                null, channels, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), null);
    }

    static CatalogDocument catalog(String source, String agency, Region region, Entry... entries) {
        return new CatalogDocument(source, "txt", null, agency, region, Level.COUNTY, Map.of(),
                EnumSet.of(Field.CATEGORY, Field.ITEM, Field.CONTENT, Field.CHANNELS, Field.DEADLINE_DAYS), List.of(entries), List.of());
    }

    void index() throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.replace("a.txt", "1", catalog("a.txt", "甲县医疗保障局", new Region("宁夏回族自治区", "银川市", "甲县"),
                    entry("异地就医备案", "备案渠道", List.of("政府网站", "公示栏"), 20),
                    entry("医疗保险个人权益查询", "查询流程", List.of("政府网站"), 5)));
            store.replace("b.txt", "1", catalog("b.txt", null, Region.UNKNOWN,
                    entry("异地就医结算", "结算流程", List.of("两微一端"), 20)));
            store.commit(Map.of());
        }
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws IOException {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.commit(Map.of());
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult r = s.search(SearchRequest.of("异地就医", 10));
            assertEquals(0, r.totalHits());
            assertEquals(Map.of(), r.facets());
        }
    }

    @Test
    void noIndexIsReportedAsMissing() {
        assertThrows(IndexMissingException.class, () -> CatalogSearcher.open(data.resolve("none"), Synonyms.of(Mappings.builtIn())));
    }

    @Test
    void twoFilteredKeysWithoutAnySidewaysHitCountNoFacets() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            // no 异地就医 entry has a 5-day deadline, so the channel key's sideways count has no hit at all
            SearchResult r = s.search(new SearchRequest("异地就医", Map.of("channel", List.of("两微一端"), "deadline_days", List.of("5")), 10, null));
            assertEquals(0, r.totalHits());
            assertEquals(List.of("deadline_days"), List.copyOf(r.facets().keySet()));
        }
    }

    @Test
    void valuesOfOneKeyAreAlternativesAndKeysCombine() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult either = s.search(new SearchRequest("", Map.of("channel", List.of("公示栏", "两微一端")), 10, null));
            assertEquals(List.of("异地就医备案", "异地就医结算"), either.hits().stream().map(SearchResult.Hit::item).sorted().toList());
            SearchResult both = s.search(new SearchRequest("", Map.of("channel", List.of("政府网站"), "deadline_days", List.of("5")), 10, null));
            assertEquals(List.of("医疗保险个人权益查询"), both.hits().stream().map(SearchResult.Hit::item).toList());
        }
    }

    @Test
    void facetsCountEveryMatchingEntry() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult r = s.search(SearchRequest.of("异地就医", 1));
            assertEquals(2, r.totalHits());
            assertEquals(1, r.hits().size());
            Map<String, Integer> channels = new java.util.HashMap<>();
            r.facets().get("channel").forEach(c -> channels.put(c.value(), c.count()));
            assertEquals(Map.of("政府网站", 1, "公示栏", 1, "两微一端", 1), channels);
            assertEquals(List.of(new SearchResult.FacetCount("20", 2)), r.facets().get("deadline_days"));
        }
    }

    @Test
    void aFilteredKeysFacetShowsTheOtherValuesItCouldTake() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult r = s.search(new SearchRequest("异地就医", Map.of("channel", List.of("两微一端")), 10, null));
            assertEquals(List.of("异地就医结算"), r.hits().stream().map(SearchResult.Hit::item).toList());
            Map<String, Integer> channels = new java.util.HashMap<>();
            r.facets().get("channel").forEach(c -> channels.put(c.value(), c.count()));
            assertEquals(Map.of("政府网站", 1, "公示栏", 1, "两微一端", 1), channels, "sideways: as if channel were not filtered");
            assertEquals(List.of(new SearchResult.FacetCount("20", 1)), r.facets().get("deadline_days"), "other keys count the filtered hits");
        }
    }

    @Test
    void groupingKeepsEntriesWithoutAnAgencyApart() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult r = s.search(new SearchRequest("异地就医", Map.of(), 5, "agency"));
            assertEquals(2, r.groups().size());
            SearchResult.Group unknown = r.groups().stream().filter(g -> g.value() == null).findFirst().orElseThrow();
            assertEquals("b.txt", unknown.hits().get(0).source());
            assertTrue(r.groups().stream().anyMatch(g -> "甲县医疗保障局".equals(g.value())));
        }
    }

    @Test
    void oneCatalogReadFromTwoFilesGivesOneHitUnlessAskedForCopies() throws IOException {
        index();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            CatalogDocument copy = catalog("a.docx", "甲县医疗保障局", new Region("宁夏回族自治区", "银川市", "甲县"),
                    entry("异地就医备案", "备案渠道", List.of("政府网站", "公示栏"), 20));
            store.replace("a.docx", "2", copy);
            store.commit(Map.of());
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult folded = s.search(SearchRequest.of("异地就医备案", 10));
            assertEquals(1, folded.hits().size());
            assertEquals(1, folded.hits().get(0).copies().size());
            SearchResult all = s.search(new SearchRequest("异地就医备案", Map.of(), 10, null, false));
            assertEquals(List.of("a.docx", "a.txt"), all.hits().stream().map(SearchResult.Hit::source).sorted().toList());
        }
    }

    @Test
    void matchesAreHighlightedInTheFieldTheyOccurIn() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult.Hit h = s.search(SearchRequest.of("权益查询", 5)).hits().get(0);
            assertEquals("医疗保险个人【权益查询】", h.highlights().get("item"));
            assertNull(h.highlights().get("content"));
        }
    }

    @Test
    void eachTermIsMarkedInEveryFieldItMatchesAndOnlyThere() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult r = s.search(SearchRequest.of("异地就医 备案", 5));
            assertEquals(1, r.hits().size());
            Map<String, String> h = r.hits().get(0).highlights();
            assertEquals("【备案】渠道", h.get("content"));
            assertTrue(h.get("item").startsWith("【异地就医"), h.toString());
            assertEquals(java.util.Set.of("item", "content"), h.keySet());
            // asked again (the query and its weight are kept): the same answer
            assertEquals(h, s.search(SearchRequest.of("异地就医 备案", 5)).hits().get(0).highlights());
        }
    }

    /** A later page: the hits after the offset, as the first page of the whole ranking has them, with the same counts. */
    @Test
    void anOffsetLeavesOutTheEarlierPagesHits() throws IOException {
        index();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            SearchResult all2 = s.search(new SearchRequest("异地就医", Map.of(), 3, null, true, 1, true, Map.of()));
            assertEquals(2, all2.hits().size());
            SearchResult later = s.search(new SearchRequest("异地就医", Map.of(), 3, null, true, 1, true, Map.of(), 1));
            assertEquals(all2.totalHits(), later.totalHits());
            assertEquals(all2.facets(), later.facets());
            assertEquals(List.of(all2.hits().get(1).item()), later.hits().stream().map(SearchResult.Hit::item).toList());
            assertEquals(all2.hits().get(1).highlights(), later.hits().get(0).highlights());
            assertThrows(IllegalArgumentException.class, () -> new SearchRequest("异地就医", Map.of(), 3, null, true, 1, true, Map.of(), 3));
            assertThrows(IllegalArgumentException.class, () -> new SearchRequest("异地就医", Map.of(), 3, "agency", true, 1, true, Map.of(), 1));
        }
    }
}
