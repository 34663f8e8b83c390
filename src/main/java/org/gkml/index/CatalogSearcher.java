package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
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
public final class CatalogSearcher implements SearchableIndex {

    public static final String MARK_START = "【";
    public static final String MARK_END = "】";
    /** How many of the best hits are grouped when grouping. */
    private static final int GROUP_SCAN = 2000;
    private static final int FACET_VALUES = 10;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig facetsConfig = EntryDocuments.facetsConfig();
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
    public static CatalogSearcher open(Path dataDir, Synonyms synonyms) throws IOException {
        Path dir = LuceneCatalogStore.indexDir(dataDir);
        if (!Files.isDirectory(dir)) throw new IndexMissingException(dataDir);
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) throw new IndexMissingException(dataDir);
            return new CatalogSearcher(directory, synonyms);
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

    /**
     * A plain query matching what {@link #search} matches (filters as keyword clauses rather than drill-down), for
     * {@code IndexSearcher.explain} when tuning weights.
     */
    public Query query(SearchRequest request) {
        return query(request, false);
    }

    private Query query(SearchRequest request, boolean loose) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)), BooleanClause.Occur.FILTER);
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : f.getValue()) any.add(new TermQuery(new Term(FilterKey.of(f.getKey()).field(), v.strip())), BooleanClause.Occur.SHOULD);
            q.add(any.build(), BooleanClause.Occur.FILTER);
        }
        Query text = queryBuilder.build(request.query(), loose);
        q.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        return q.build();
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        // Fetch extra hits so that the limit still fills after copies are folded together.
        int n = request.groupBy() != null ? GROUP_SCAN : request.collapseCopies() ? Math.addExact(Math.multiplyExact(request.limit(), 10), 50) : request.limit();
        Found found = find(request, false, n);
        if (found.top().totalHits.value == 0 && !request.query().isBlank()) {
            // Nothing matched as phrases: let two-word terms (宁夏年报) match word by word.
            found = find(request, true, n);
        }
        Query query = found.query();
        TopDocs top = found.top();
        Map<String, List<SearchResult.FacetCount>> facets = facets(found.facets());
        List<Candidate> candidates = candidates(top.scoreDocs, request.collapseCopies());

        if (request.groupBy() == null) {
            List<Candidate> shown = candidates.subList(0, Math.min(request.limit(), candidates.size()));
            return new SearchResult(top.totalHits.value, hits(query, shown), facets, List.of());
        }
        Map<String, List<Candidate>> byValue = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String value = Objects.toString(groupValue(c.record(), request.groupBy()), "");
            counts.merge(value, 1, Integer::sum);
            List<Candidate> g = byValue.computeIfAbsent(value, k -> new ArrayList<>());
            if (g.size() < request.limit()) g.add(c);
        }
        List<Candidate> shown = new ArrayList<>();
        byValue.values().forEach(shown::addAll);
        List<SearchResult.Hit> made = hits(query, shown);
        List<SearchResult.Group> groups = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Candidate>> g : byValue.entrySet()) {
            List<SearchResult.Hit> inGroup = made.subList(i, i + g.getValue().size());
            i += g.getValue().size();
            groups.add(new SearchResult.Group(g.getKey().isEmpty() ? null : g.getKey(), counts.get(g.getKey()), inGroup));
        }
        return new SearchResult(top.totalHits.value, made, facets, groups);
    }

    /** The hits of a search and the facet counts beside them (null when the index has no facet values). */
    private record Found(Query query, TopDocs top, Facets facets) {
    }

    /**
     * Runs the query with the filters as drill-down: a filtered key's facet counts ignore that key's own filter
     * ("drill sideways"), so they show what choosing another value would give.
     */
    private Found find(SearchRequest request, boolean loose, int n) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)), BooleanClause.Occur.FILTER);
        Query text = queryBuilder.build(request.query(), loose);
        base.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        if (facetState == null) {
            Query q = query(request, loose);
            return new Found(q, searcher.search(q, n), null);
        }
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base.build());
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            for (String v : f.getValue()) drill.add(f.getKey(), v.strip());
        }
        DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, facetsConfig, facetState).search(drill, n);
        return new Found(drill, r.hits, r.facets);
    }

    /** A hit before highlighting; {@code copies} are the sources of identical entries folded into it. */
    private record Candidate(ScoreDoc doc, ObjectNode record, List<String> copies) {
    }

    /**
     * The hits in rank order. With {@code collapse}, an entry identical to a better-ranked one (same agency, region
     * and values: the same catalog ingested from another file, e.g. its DOCX and PDF renditions) is folded into it.
     */
    private List<Candidate> candidates(ScoreDoc[] docs, boolean collapse) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Candidate> byContent = new LinkedHashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (ScoreDoc sd : docs) {
            ObjectNode record = record(stored, sd.doc);
            Candidate c = new Candidate(sd, record, new ArrayList<>());
            if (!collapse) {
                out.add(c);
                continue;
            }
            ObjectNode content = record.deepCopy();
            content.remove(List.of("doc_id", "source", "source_ref"));
            Candidate first = byContent.putIfAbsent(content.toString(), c);
            if (first == null) out.add(c);
            else first.copies().add(record.path("source").asText());
        }
        return out;
    }

    private List<SearchResult.Hit> hits(Query query, List<Candidate> candidates) throws IOException {
        int[] ids = candidates.stream().mapToInt(c -> c.doc().doc).toArray();
        Map<String, String[]> snippets = highlight(query, ids);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Map<String, String> h = new LinkedHashMap<>();
            for (String field : IndexFields.TEXT_FIELDS) {
                String[] s = snippets.get(field + IndexFields.BIGRAMS);
                if (s != null && s[i] != null && s[i].contains(MARK_START)) h.put(field, s[i]);
            }
            Candidate c = candidates.get(i);
            hits.add(new SearchResult.Hit(c.doc().score, c.record(), h, c.copies()));
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
        JsonNode n = FilterKey.of(key).valueIn(record);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    /** The values a filter key has in the index, most frequent first (at most {@code max}). */
    @Override
    public List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        FilterKey.of(key); // rejects unknown keys
        if (facetState == null) return List.of();
        Query entries = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY));
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, entries, 1, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, all.facetsCollector());
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (FacetResult r : counts.getAllDims(max)) {
            if (!r.dim.equals(key)) continue;
            for (LabelAndValue lv : r.labelValues) out.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
        }
        return out;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(Facets counts) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (counts == null) return out;
        Map<String, FacetResult> byDim = new LinkedHashMap<>();
        for (FacetResult r : counts.getAllDims(FACET_VALUES)) byDim.put(r.dim, r);
        for (FilterKey k : FilterKey.values()) {
            String key = k.key();
            FacetResult r = byDim.get(key);
            if (r == null || r.value.intValue() == 0) continue;
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
