package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.analysis.CatalogAnalyzers;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.CatalogSimilarity;
import org.gkml.index.analysis.Synonyms;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Searches the committed index of a data folder. Thread-safe; sees the index as it was when opened.
 */
public final class CatalogSearcher implements Closeable {

    public static final String MARK_START = "【";
    public static final String MARK_END = "】";
    /** How many of the best hits are grouped when grouping. */
    private static final int GROUP_SCAN = 2000;
    private static final int FACET_VALUES = 10;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Analyzer analyzer = CatalogAnalyzers.create();
    private final CatalogQueryBuilder queryBuilder;

    private CatalogSearcher(Directory directory, Synonyms synonyms) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new CatalogSimilarity());
        this.facetState = facetState(reader);
        this.queryBuilder = new CatalogQueryBuilder(synonyms);
    }

    /** Opens the index of {@code dataDir}; fails with {@link IndexMissingException} when nothing was ingested. */
    public static CatalogSearcher open(Path dataDir) throws IOException {
        Path dir = LuceneCatalogStore.indexDir(dataDir);
        if (!Files.isDirectory(dir)) throw new IndexMissingException(dataDir);
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) throw new IndexMissingException(dataDir);
            return new CatalogSearcher(directory, Synonyms.load());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, EntryDocuments.facetsConfig());
        } catch (IllegalArgumentException noFacetField) {
            return null; // an index without entries has no facet values
        }
    }

    /** The query actually run for a request (for --explain style debugging and tests). */
    public Query query(SearchRequest request) {
        return query(request, false);
    }

    private Query query(SearchRequest request, boolean loose) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)), BooleanClause.Occur.FILTER);
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : f.getValue()) any.add(new TermQuery(new Term(IndexFields.keyword(f.getKey()), v.strip())), BooleanClause.Occur.SHOULD);
            q.add(any.build(), BooleanClause.Occur.FILTER);
        }
        Query text = queryBuilder.build(request.query(), loose);
        q.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        return q.build();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Query query = query(request);
        int n = request.groupBy() == null ? request.limit() : GROUP_SCAN;
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
        if (found.topDocs().totalHits.value == 0 && !request.query().isBlank()) {
            // Nothing matched as phrases: let two-word terms (宁夏年报) match word by word.
            query = query(request, true);
            found = FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
        }
        TopDocs top = found.topDocs();
        Map<String, List<SearchResult.FacetCount>> facets = facets(found);

        StoredFields stored = searcher.storedFields();
        List<ScoreDoc> shown = new ArrayList<>();
        List<SearchResult.Group> groups = new ArrayList<>();
        if (request.groupBy() == null) {
            shown.addAll(List.of(top.scoreDocs));
        } else {
            Map<String, List<ScoreDoc>> byValue = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String value = groupValue(record(stored, sd.doc), request.groupBy());
                counts.merge(Objects.toString(value, ""), 1, Integer::sum);
                List<ScoreDoc> g = byValue.computeIfAbsent(Objects.toString(value, ""), k -> new ArrayList<>());
                if (g.size() < request.limit()) g.add(sd);
            }
            byValue.values().forEach(shown::addAll);
            Map<Integer, SearchResult.Hit> hits = new LinkedHashMap<>();
            List<SearchResult.Hit> made = hits(query, shown, stored);
            for (int i = 0; i < shown.size(); i++) hits.put(shown.get(i).doc, made.get(i));
            for (Map.Entry<String, List<ScoreDoc>> g : byValue.entrySet()) {
                groups.add(new SearchResult.Group(g.getKey().isEmpty() ? null : g.getKey(), counts.get(g.getKey()),
                        g.getValue().stream().map(sd -> hits.get(sd.doc)).toList()));
            }
            return new SearchResult(top.totalHits.value, made, facets, groups);
        }
        return new SearchResult(top.totalHits.value, hits(query, shown, stored), facets, groups);
    }

    private List<SearchResult.Hit> hits(Query query, List<ScoreDoc> docs, StoredFields stored) throws IOException {
        int[] ids = docs.stream().mapToInt(sd -> sd.doc).toArray();
        Map<String, String[]> snippets = highlight(query, ids);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Map<String, String> h = new LinkedHashMap<>();
            for (String field : IndexFields.TEXT_FIELDS) {
                String[] s = snippets.get(field + IndexFields.BIGRAMS);
                if (s != null && s[i] != null && s[i].contains(MARK_START)) h.put(field, s[i]);
            }
            hits.add(new SearchResult.Hit(docs.get(i).score, record(stored, ids[i]), h));
        }
        return hits;
    }

    private Map<String, String[]> highlight(Query query, int[] ids) throws IOException {
        if (ids.length == 0) return Map.of();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, "…", false))
                .withMaxNoHighlightPassages(0)
                .build();
        String[] fields = IndexFields.TEXT_FIELDS.stream().map(f -> f + IndexFields.BIGRAMS).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 2);
        return highlighter.highlightFields(fields, query, ids, passages);
    }

    private static ObjectNode record(StoredFields stored, int doc) throws IOException {
        String json = stored.document(doc, java.util.Set.of(IndexFields.RECORD)).get(IndexFields.RECORD);
        return (ObjectNode) CatalogJson.MAPPER.readTree(json);
    }

    private static String groupValue(ObjectNode record, String key) {
        JsonNode n = switch (key) {
            case "province", "city", "county" -> record.path("region").get(key);
            default -> record.get(key);
        };
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollectorManager.FacetsResult found) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (facetState == null || found.topDocs().totalHits.value == 0) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, found.facetsCollector());
        Map<String, FacetResult> byDim = new LinkedHashMap<>();
        for (FacetResult r : counts.getAllDims(FACET_VALUES)) byDim.put(r.dim, r);
        for (String key : IndexFields.KEYS) {
            FacetResult r = byDim.get(key);
            if (r == null) continue;
            List<SearchResult.FacetCount> values = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
            out.put(key, values);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
