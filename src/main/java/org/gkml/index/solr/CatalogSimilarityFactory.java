package org.gkml.index.solr;

import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.schema.SimilarityFactory;
import org.gkml.index.analysis.CatalogSimilarity;

/** The embedded index's scoring ({@link CatalogSimilarity}) as the schema's similarity. */
public final class CatalogSimilarityFactory extends SimilarityFactory {

    @Override
    public Similarity getSimilarity() {
        return new CatalogSimilarity();
    }
}
