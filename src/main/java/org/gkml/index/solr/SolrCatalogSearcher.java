package org.gkml.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.FilterKey;
import org.gkml.index.IndexFields;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.index.SearchableIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Searches a SolrCloud collection written by {@link SolrCatalogStore}, answering as {@link CatalogSearcher} does
 * on the embedded index: the same query (built inside Solr by {@link CatalogQParserPlugin}), the same scores (the
 * same similarity, term statistics from every shard), the loose fallback when nothing matched, facets that ignore
 * their own key's filter, copies folded, hits grouped. Sees what was committed when each request runs.
 */
public final class SolrCatalogSearcher implements SearchableIndex {

    /** How many of the best hits are grouped when grouping, as in the embedded searcher. */
    private static final int GROUP_SCAN = 2000;
    private static final String SEPARATOR = "\u001f";

    private final SolrTarget solr;
    private final String collection;
    private final boolean ownsTarget;

    public SolrCatalogSearcher(SolrTarget solr, String collection, boolean ownsTarget) {
        this.solr = solr;
        this.collection = collection;
        this.ownsTarget = ownsTarget;
    }

    public static SolrCatalogSearcher open(String spec, String collection) throws IOException {
        return new SolrCatalogSearcher(SolrTarget.connect(spec), collection, true);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        int n = request.groupBy() != null ? GROUP_SCAN
                : request.collapseCopies() ? Math.addExact(Math.multiplyExact(request.limit(), 10), 50) : request.limit();
        QueryResponse r = find(request, false, n);
        if (r.getResults().getNumFound() == 0 && !request.query().isBlank()) r = find(request, true, n);
        long total = r.getResults().getNumFound();
        Map<String, Map<String, List<String>>> snippets = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
        List<SearchResult.Hit> candidates = candidates(r.getResults(), snippets, request.collapseCopies());
        Map<String, List<SearchResult.FacetCount>> facets = facets(r);
        if (request.groupBy() == null) {
            int end = Math.min(request.limit(), candidates.size());
            return new SearchResult(total, candidates.subList(Math.min(request.offset(), end), end), facets, List.of());
        }
        Map<String, List<SearchResult.Hit>> byValue = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SearchResult.Hit h : candidates) {
            JsonNode v = FilterKey.of(request.groupBy()).valueIn(h.record());
            String value = v == null || v.isNull() || v.asText().isBlank() ? "" : v.asText();
            counts.merge(value, 1, Integer::sum);
            List<SearchResult.Hit> g = byValue.computeIfAbsent(value, k -> new ArrayList<>());
            if (g.size() < request.limit()) g.add(h);
        }
        List<SearchResult.Hit> shown = new ArrayList<>();
        List<SearchResult.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<SearchResult.Hit>> g : byValue.entrySet()) {
            shown.addAll(g.getValue());
            groups.add(new SearchResult.Group(g.getKey().isEmpty() ? null : g.getKey(), counts.get(g.getKey()), g.getValue()));
        }
        return new SearchResult(total, shown, facets, groups);
    }

    private QueryResponse find(SearchRequest request, boolean loose, int n) throws IOException {
        SolrQuery q = new SolrQuery("{!" + CatalogQParserPlugin.NAME + " " + CatalogQParserPlugin.LOOSE + "=" + loose + " v=$gkml.q}");
        q.set("gkml.q", request.query());
        q.set("gkml.sep", SEPARATOR);
        // every shard's statistics for every text field, also where no query term occurs (solrconfig.xml says why)
        q.set("solr.stats.fields", String.join("!", IndexFields.TEXT_FIELDS.stream()
                .flatMap(f -> Stream.of(f + IndexFields.WORDS, f + IndexFields.BIGRAMS)).toList()));
        q.addFilterQuery(SolrCatalogStore.term(IndexFields.TYPE, IndexFields.TYPE_ENTRY));
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            FilterKey key = FilterKey.of(f.getKey());
            String values = String.join(SEPARATOR, f.getValue().stream().map(String::strip).toList());
            q.set("gkml.f." + key.key(), values);
            q.addFilterQuery("{!terms tag=" + key.key() + " f=" + key.field() + " separator=$gkml.sep v=$gkml.f." + key.key() + "}");
        }
        q.setRows(n).setFields(SolrCatalogStore.ID, IndexFields.RECORD, IndexFields.ORDINAL, "score");
        q.setFacet(true).setFacetLimit(SearchRequest.FACET_VALUES).setFacetMinCount(1).setFacetSort("count");
        for (FilterKey k : FilterKey.values()) {
            q.addFacetField("{!ex=" + k.key() + " key=" + k.key() + "}" + k.field());
            if (request.facetValues(k.key()) != SearchRequest.FACET_VALUES) q.set("f." + k.field() + ".facet.limit", request.facetValues(k.key()));
        }
        q.setHighlight(true).setHighlightSnippets(2);
        q.set("hl.method", "unified").set("hl.tag.pre", CatalogSearcher.MARK_START).set("hl.tag.post", CatalogSearcher.MARK_END)
                .set("hl.tag.ellipsis", "…").set("hl.defaultSummary", false).set("hl.fragsize", 0);
        for (String f : IndexFields.TEXT_FIELDS) q.addHighlightField(f + IndexFields.BIGRAMS);
        return solr.request(new QueryRequest(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST), collection);
    }

    /** The hits in rank order; with {@code collapse}, an entry identical to a better one is folded into it. */
    private static List<SearchResult.Hit> candidates(List<SolrDocument> docs, Map<String, Map<String, List<String>>> snippets, boolean collapse)
            throws IOException {
        Map<String, Integer> byContent = new LinkedHashMap<>();
        List<SearchResult.Hit> out = new ArrayList<>();
        List<List<String>> copies = new ArrayList<>();
        for (SolrDocument d : docs) {
            ObjectNode record = (ObjectNode) CatalogJson.MAPPER.readTree((String) d.getFieldValue(IndexFields.RECORD));
            if (collapse) {
                ObjectNode content = record.deepCopy();
                content.remove(List.of("doc_id", "source", "source_ref"));
                Integer first = byContent.putIfAbsent(content.toString(), out.size());
                if (first != null) {
                    copies.get(first).add(record.path("source").asText());
                    continue;
                }
            }
            Map<String, String> h = new LinkedHashMap<>();
            Map<String, List<String>> mine = snippets.getOrDefault((String) d.getFieldValue(SolrCatalogStore.ID), Map.of());
            for (String field : IndexFields.TEXT_FIELDS) {
                List<String> s = mine.get(field + IndexFields.BIGRAMS);
                if (s != null && !s.isEmpty() && s.get(0).contains(CatalogSearcher.MARK_START)) h.put(field, String.join("…", s));
            }
            float score = ((Number) d.getFieldValue("score")).floatValue();
            Object ordinal = d.getFieldValue(IndexFields.ORDINAL);
            out.add(new SearchResult.Hit(score, record, h, List.of(), ordinal == null ? -1 : ((Number) ordinal).intValue()));
            copies.add(new ArrayList<>());
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            SearchResult.Hit h = out.get(i);
            hits.add(new SearchResult.Hit(h.score(), h.record(), h.highlights(), copies.get(i), h.ordinal(), h.highlightParts()));
        }
        return hits;
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(QueryResponse r) {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (FilterKey k : FilterKey.values()) {
            FacetField f = r.getFacetField(k.key());
            if (f == null || f.getValueCount() == 0) continue;
            List<SearchResult.FacetCount> values = new ArrayList<>();
            for (FacetField.Count c : f.getValues()) values.add(new SearchResult.FacetCount(c.getName(), (int) c.getCount()));
            out.put(k.key(), values);
        }
        return out;
    }

    @Override
    public List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        FilterKey k = FilterKey.of(key);
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrCatalogStore.term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)).setRows(0);
        q.setFacet(true).setFacetLimit(max).setFacetMinCount(1).setFacetSort("count").addFacetField("{!key=" + k.key() + "}" + k.field());
        FacetField f = solr.request(new QueryRequest(q), collection).getFacetField(k.key());
        List<SearchResult.FacetCount> out = new ArrayList<>();
        if (f != null) for (FacetField.Count c : f.getValues()) out.add(new SearchResult.FacetCount(c.getName(), (int) c.getCount()));
        return out;
    }

    @Override
    public void close() throws IOException {
        if (ownsTarget) solr.close();
    }

    @Override
    public String toString() {
        return Objects.toString(solr) + " collection " + collection;
    }
}
