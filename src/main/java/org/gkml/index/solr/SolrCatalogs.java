package org.gkml.index.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.IndexFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection written by {@link SolrCatalogStore} looked up by id rather than searched: its catalogs (the markers,
 * with their hashes and entry counts), one catalog's stored entries in order, and the state of its last commit.
 * What {@code gkml serve} needs beside the search itself. Each call sees what was committed when it runs.
 */
public final class SolrCatalogs {

    /** A catalog in the collection: its document id (the file's path), content hash and entry count. */
    public record Catalog(String docId, String hash, int entries) {
    }

    /** One stored entry: its position in its catalog and its record as records.jsonl holds it. */
    public record Stored(int ordinal, String record) {
    }

    /**
     * The last commit as searchers see it: the user data stored with it, and a generation that changes whenever what
     * they see changes. The state document's {@code _version_} changes with every commit (Solr gives every add a
     * new one) but lives on one shard; every shard commits on its own, so for a moment a search may see one shard's
     * commit and not another's. The generation therefore also folds in every visible document's count and the sum
     * of their {@code _version_}s: when the late shard's commit shows, the generation changes again.
     */
    public record State(long generation, Map<String, String> commitData) {
    }

    private final SolrTarget solr;
    private final String collection;

    public SolrCatalogs(SolrTarget solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }

    public SolrTarget target() {
        return solr;
    }

    public State state() throws IOException {
        SolrQuery all = new SolrQuery("*:*").setRows(0);
        all.set("json.facet", "{v:\"sum(_version_)\"}");
        QueryResponse seen = solr.request(new QueryRequest(all), collection);
        Object facets = seen.getResponse().get("facets");
        Object sum = facets instanceof org.apache.solr.common.util.NamedList<?> n ? n.get("v") : null;
        long generation = seen.getResults().getNumFound();
        generation = 31 * generation + (sum instanceof Number v ? Double.doubleToLongBits(v.doubleValue()) : 0);

        SolrQuery q = new SolrQuery(SolrCatalogStore.term(SolrCatalogStore.ID, SolrCatalogStore.STATE_ID))
                .setFields("_version_", SolrCatalogStore.STATE).setRows(1);
        QueryResponse r = solr.request(new QueryRequest(q), collection);
        if (r.getResults().isEmpty()) return new State(generation, Map.of());
        SolrDocument d = r.getResults().get(0);
        Map<String, String> data = CatalogJson.MAPPER.readValue((String) d.getFieldValue(SolrCatalogStore.STATE), new TypeReference<>() {
        });
        return new State(31 * generation + ((Number) d.getFieldValue("_version_")).longValue(), Map.copyOf(data));
    }

    /** Every catalog, by document id; its entries counted in one facet request. */
    public List<Catalog> catalogs() throws IOException {
        SolrQuery counts = new SolrQuery("*:*").addFilterQuery(SolrCatalogStore.term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)).setRows(0);
        counts.setFacet(true).setFacetLimit(-1).setFacetMinCount(1).addFacetField(IndexFields.DOC_ID);
        FacetField byDoc = solr.request(new QueryRequest(counts), collection).getFacetField(IndexFields.DOC_ID);
        Map<String, Integer> entries = new HashMap<>();
        if (byDoc != null) for (FacetField.Count c : byDoc.getValues()) entries.put(c.getName(), (int) c.getCount());
        List<Catalog> out = new ArrayList<>();
        SolrQuery markers = new SolrQuery("*:*").addFilterQuery(SolrCatalogStore.term(IndexFields.TYPE, IndexFields.TYPE_CATALOG))
                .setFields(IndexFields.DOC_ID, IndexFields.HASH).addSort(IndexFields.DOC_ID, SolrQuery.ORDER.asc);
        SolrCatalogStore.each(solr, collection, markers, d -> {
            String docId = (String) d.getFieldValue(IndexFields.DOC_ID);
            out.add(new Catalog(docId, (String) d.getFieldValue(IndexFields.HASH), entries.getOrDefault(docId, 0)));
        });
        return out;
    }

    /** The catalog's first {@code max} entries in order. */
    public List<Stored> entries(String docId, int max) throws IOException {
        SolrQuery q = new SolrQuery(SolrCatalogStore.term(IndexFields.DOC_ID, docId))
                .addFilterQuery(SolrCatalogStore.term(IndexFields.TYPE, IndexFields.TYPE_ENTRY))
                .setFields(IndexFields.ORDINAL, IndexFields.RECORD).addSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc).setRows(Math.max(1, max));
        List<Stored> out = new ArrayList<>();
        for (SolrDocument d : solr.request(new QueryRequest(q), collection).getResults()) {
            out.add(new Stored(((Number) d.getFieldValue(IndexFields.ORDINAL)).intValue(), (String) d.getFieldValue(IndexFields.RECORD)));
        }
        return out;
    }
}
