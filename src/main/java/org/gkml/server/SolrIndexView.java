package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.index.solr.SolrCatalogSearcher;
import org.gkml.index.solr.SolrCatalogs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One commit of a SolrCloud collection, as far as Solr has one: the catalogs (ids, hashes, entry counts) are read
 * when the view opens, after the generation ({@link SolrCatalogs.State}); searches and entries are asked of the
 * collection as it is when they run. Ingest commits whole runs or checkpoints only (no soft autoCommit), and the
 * view is replaced within a second of a new generation, so a hit whose catalog came with a newer commit is answered
 * without its ids until then, never with wrong ones.
 *
 * <p>A collection that cannot be reached answers 503 with a general message; the server log gets the detail.
 */
final class SolrIndexView extends IndexView {

    private final SolrCatalogs collection;
    private final SolrCatalogSearcher searcher;
    private final SolrCatalogs.State state;

    private SolrIndexView(SolrCatalogs collection, SolrCatalogSearcher searcher, SolrCatalogs.State state, List<Catalog> catalogs, long entries) {
        super(catalogs, entries);
        this.collection = collection;
        this.searcher = searcher;
        this.state = state;
    }

    /** Reads the state first: a commit landing while the catalogs are read then shows as a newer generation. */
    static SolrIndexView open(SolrCatalogs collection, SolrCatalogSearcher searcher) throws IOException {
        SolrCatalogs.State state = collection.state();
        List<Catalog> catalogs = new ArrayList<>();
        long entries = 0;
        for (SolrCatalogs.Catalog c : collection.catalogs()) {
            catalogs.add(new Catalog(CatalogId.of(c.docId()), c.docId(), c.hash(), c.entries()));
            entries += c.entries();
        }
        return new SolrIndexView(collection, searcher, state, catalogs, entries);
    }

    @Override
    long generation() {
        return state.generation();
    }

    @Override
    SearchResult search(SearchRequest request) throws IOException {
        try {
            return searcher.search(request);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        try {
            return searcher.values(key, max);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    protected List<StoredEntry> entries(Catalog c, int n) throws IOException {
        List<StoredEntry> out = new ArrayList<>();
        try {
            for (SolrCatalogs.Stored s : collection.entries(c.docId(), n)) {
                out.add(new StoredEntry(s.ordinal(), (ObjectNode) CatalogJson.MAPPER.readTree(s.record())));
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
        return out;
    }

    private ApiException unreachable(IOException e) {
        return new ApiException(503, "the SolrCloud collection does not answer just now; try again in a moment", e);
    }

    @Override
    void describe(ObjectNode index) {
        index.put("store", "solr");
        index.put("solr", collection.target().toString());
        index.put("collection", collection.collection());
    }

    @Override
    Map<String, String> commitData() {
        return state.commitData();
    }

    /** The searcher and the connection belong to {@link IndexViews}: they outlive every view. */
    @Override
    protected void free() {
    }
}
