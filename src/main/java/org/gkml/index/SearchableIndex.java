package org.gkml.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * What `gkml search` asks of an index, whichever store holds it: the embedded Lucene index
 * ({@link CatalogSearcher}) or a SolrCloud collection ({@link org.gkml.index.solr.SolrCatalogSearcher}).
 */
public interface SearchableIndex extends Closeable {

    SearchResult search(SearchRequest request) throws IOException;

    /** The values a filter key has in the index, most frequent first (at most {@code max}). */
    List<SearchResult.FacetCount> values(String key, int max) throws IOException;
}
