package org.gkml.index;

import org.gkml.bench.ScaleBenchmark;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a search answers over an index larger than the seed corpus, checked against answers found another way: facet
 * counts against the totals of the searches filtered to each value, grouping against grouping the full hit list, hits
 * and totals with facets against those without. A change that makes search cheaper (counting apart from scoring,
 * skipping hits that cannot rank) must keep these. The index is the seed corpus five times over, each time under
 * another agency and county with every third item varied (so that scores differ and tie), plus a copy of one catalog
 * from a second file (so that folding plays its part).
 */
class LargerIndexAnswersTest {

    static final int ROUNDS = 5;

    @TempDir
    static Path data;
    static CatalogSearcher searcher;
    static List<SearchRequest> judged;

    @BeforeAll
    static void index() throws Exception {
        List<CatalogDocument> docs = TestCorpus.documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (int r = 0; r < ROUNDS; r++) {
                for (CatalogDocument d : docs) {
                    CatalogDocument v = varied(d, r);
                    store.replace(v.source(), "test", v);
                }
            }
            CatalogDocument d = docs.get(0);
            String source = "copy-" + d.source();
            store.replace(source, "test", new CatalogDocument(source, d.format(), d.title(), d.agency(), d.region(), d.level(),
                    d.meta(), d.fields(), d.entries(), d.warnings()));
            store.commit(Map.of());
        }
        searcher = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()));
        judged = new ArrayList<>();
        for (ScaleBenchmark.Judged j : ScaleBenchmark.judged()) {
            judged.add(new SearchRequest(j.query(), j.filters(), 10, null).withFacets(false));
            judged.add(new SearchRequest(j.query(), Map.of(), 10, null).withFacets(false));
        }
        judged.add(new SearchRequest("", Map.of(), 10, null).withFacets(false));
        judged.add(new SearchRequest("公开", Map.of(), 3, null).withFacets(false));
        judged.add(new SearchRequest("公开", Map.of(), 50, null, false).withFacets(false));
    }

    /** Round {@code r}: another agency and county; round 0 is the corpus as read. Every third item gains the round. */
    static CatalogDocument varied(CatalogDocument d, int r) {
        if (r == 0) return d;
        Region region = d.region() == null ? Region.UNKNOWN : d.region();
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (Entry e : d.entries()) {
            String item = e.item() == null || i++ % 3 != 0 ? e.item() : e.item() + "（第" + r + "批）";
            entries.add(new Entry(e.seq(), e.domain(), e.category(), item, e.content(), e.basis(), e.laws(), e.timeLimit(),
                    e.deadlineDays(), e.deadlineUnit(), e.subject(), e.channels(), e.webColumn(), e.audience(), e.disclosureMode(),
                    e.responsible(), e.publicityType(), e.updateFrequency(), e.levels(), e.remarks(), e.extra(), e.source()));
        }
        String county = "第" + r + "区";
        return new CatalogDocument("r" + r + "/" + d.source(), d.format(), d.title(), county + (d.agency() == null ? "某局" : d.agency()),
                new Region(region.province(), region.city(), county), d.level(), d.meta(), d.fields(), entries, d.warnings());
    }

    @AfterAll
    static void close() throws IOException {
        if (searcher != null) searcher.close();
    }

    /** A hit as far as ranking goes: which entry, its score, the copies folded into it. */
    static List<String> ranked(SearchResult r) {
        return r.hits().stream().map(h -> h.source() + "#" + h.item() + "@" + h.score() + h.copies()).toList();
    }

    /** Counting the facets leaves the hits and the total as the search without facets finds them. */
    @Test
    void facetsLeaveHitsAndTotalsAlone() throws IOException {
        for (SearchRequest request : judged) {
            SearchResult without = searcher.search(request);
            SearchResult with = searcher.search(request.withFacets(true));
            assertEquals(ranked(without), ranked(with), request.toString());
            assertEquals(without.totalHits(), with.totalHits(), request.toString());
            assertFalse(with.facets().isEmpty() && without.totalHits() > 0, request.toString());
        }
    }

    /** Each facet value's count is what a search filtered to that value finds; a filtered key's own counts ignore its filter. */
    @Test
    void facetCountsAreThoseOfTheFilteredSearches() throws IOException {
        int compared = 0;
        for (String q : List.of("公开", "年报", "异地就医", "")) {
            SearchResult r = searcher.search(new SearchRequest(q, Map.of(), 5, null));
            for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
                for (SearchResult.FacetCount c : f.getValue()) {
                    SearchRequest narrowed = new SearchRequest(q, Map.of(f.getKey(), List.of(c.value())), 1, null).withFacets(false);
                    assertEquals(searcher.search(narrowed).totalHits(), c.count(), q + " " + f.getKey() + "=" + c.value());
                    compared++;
                }
                if (f.getKey().equals("agency")) {
                    String first = f.getValue().get(0).value();
                    SearchResult drilled = searcher.search(new SearchRequest(q, Map.of("agency", List.of(first)), 5, null));
                    assertEquals(f.getValue(), drilled.facets().get("agency"), "the filtered key counts as if unfiltered");
                }
            }
        }
        assertTrue(compared > 50, "facet values compared: " + compared);
    }

    /** Grouping gives what grouping the full hit list gives, for few and many groups of one and three hits. */
    @Test
    void groupingAsBeforeOverTheLargerIndex() throws IOException {
        for (String q : List.of("公开", "年报", "异地就医", "领导信息", "")) {
            SearchResult all = searcher.search(new SearchRequest(q, Map.of(), 10_000, null, false).withFacets(false));
            assertTrue(all.totalHits() < 10_000);
            for (int groups : List.of(1, 3, 100)) {
                for (int limit : List.of(1, 3)) {
                    for (String key : List.of("agency", "county")) {
                        SearchRequest request = new SearchRequest(q, Map.of(), limit, key).withGroups(groups);
                        List<FoldingAndGroupingTest.SeenGroup> expected = FoldingAndGroupingTest.groupedTheOldWay(all, request);
                        SearchResult r = searcher.search(request);
                        assertEquals(expected.subList(0, Math.min(groups, expected.size())), FoldingAndGroupingTest.grouped(r),
                                q + " by " + key + ", " + groups + " groups of " + limit);
                        assertEquals(expected.size(), r.groupsTotal());
                        assertEquals(all.totalHits(), r.totalHits());
                    }
                }
            }
        }
    }
}
