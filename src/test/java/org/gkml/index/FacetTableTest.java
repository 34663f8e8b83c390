package org.gkml.index;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.gkml.catalog.CatalogDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facet values counted while collecting ({@link FacetTable}) against Lucene's own counting over the same matches,
 * on the test corpus three times over, committed round by round so that the index has several segments (global
 * ordinals mapped from each segment's).
 */
class FacetTableTest {

    @TempDir
    Path data;

    @Test
    void countsAsLuceneCountsOverTheSameMatches() throws Exception {
        List<CatalogDocument> docs = TestCorpus.documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (int r = 0; r < 3; r++) {
                for (CatalogDocument d : docs) {
                    CatalogDocument v = LargerIndexAnswersTest.varied(d, r);
                    store.replace(v.source(), "test", v);
                }
                store.commit(Map.of());
            }
        }
        try (FSDirectory dir = FSDirectory.open(LuceneCatalogStore.indexDir(data)); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, EntryDocuments.facetsConfig());
            FacetTable table = FacetTable.of(state);
            Query entries = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY));
            List<Query> queries = List.of(entries,
                    new TermQuery(new Term(IndexFields.ITEM + IndexFields.BIGRAMS, "公开")),
                    new TermQuery(new Term(IndexFields.CONTENT + IndexFields.BIGRAMS, "医疗")),
                    new BooleanQuery.Builder().add(entries, BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(FilterKey.of("level").field(), "county")), BooleanClause.Occur.FILTER).build(),
                    new TermQuery(new Term(IndexFields.ITEM + IndexFields.BIGRAMS, "没有")));
            for (Query q : queries) {
                FacetsCollectorManager.FacetsResult lucene = FacetsCollectorManager.search(searcher, q, 10, new FacetsCollectorManager());
                SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(state, lucene.facetsCollector());
                FacetTable.Counted<HitCollectors.Top> ours = searcher.search(q, table.counting(HitCollectors.top(10, true)));
                for (int n : new int[] {1, 3, 10, 500}) {
                    List<FacetResult> want = expected.getAllDims(n);
                    assertEquals(want, ours.facets().getAllDims(n), q + ", top " + n);
                }
                assertEquals(lucene.topDocs().totalHits.value, ours.result().totalHits(), q.toString());
            }
        }
    }
}
