package org.gkml.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text query whose scoring {@link Weight} is built once per searcher and then reused. Building a weight looks every
 * phrase term up in every field and segment of the index (six fields, words and bigrams, each variant): a sixth of a
 * search over 100,000 entries. A commit never changes, so the weight of a text holds as long as its searcher; Lucene
 * shares one weight among threads anyway. Weights that do not score load their term states lazily (not safe to share)
 * and are built afresh.
 */
final class ReusedWeightQuery extends Query {

    private final Query query;
    private final IndexSearcher owner;
    private final Map<String, Weight> weights = new ConcurrentHashMap<>();

    /** {@code query} must already be rewritten by {@code owner}. */
    ReusedWeightQuery(Query query, IndexSearcher owner) {
        this.query = query;
        this.owner = owner;
    }

    Query query() {
        return query;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (searcher != owner || !scoreMode.needsScores()) return searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
        String key = scoreMode.name() + "/" + boost;
        Weight w = weights.get(key);
        if (w == null) {
            // two threads may both build it; either weight is right
            w = searcher.createWeight(query, scoreMode, boost);
            weights.put(key, w);
        }
        return w;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReusedWeightQuery r && r.query.equals(query) && r.owner == owner;
    }

    @Override
    public int hashCode() {
        return query.hashCode();
    }
}
