package org.gkml.index.analysis;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.gkml.index.IndexFields;

/**
 * BM25, with weak length normalisation on the short name fields (item, category): a long item name such as
 * 办理基本医疗保险参保人员异地就医备案业务 names its subject as surely as a short one, and should still outrank a
 * mention deep in the content column.
 */
public final class CatalogSimilarity extends PerFieldSimilarityWrapper {

    private final Similarity names = new BM25Similarity(1.2f, 0.3f);
    private final Similarity text = new BM25Similarity();

    @Override
    public Similarity get(String field) {
        return field.startsWith(IndexFields.ITEM + ".") || field.startsWith(IndexFields.CATEGORY + ".") ? names : text;
    }
}
