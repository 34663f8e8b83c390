package org.gkml.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first pass of a text search: the same query, matching the same entries, with each field's pair of phrases
 * (over its bigrams and over its words, both scored) replaced by a {@link FirstMatchQuery} that checks the word
 * phrase only where the bigram phrase misses. Verifying and scoring every word phrase of every match was four fifths
 * of a search; the hits worth showing are then scored again with the whole query ({@link CatalogSearcher}).
 */
final class CheapQuery {

    private CheapQuery() {
    }

    /** The first-pass form of a text query built by {@code CatalogQueryBuilder} (the query itself when nothing changes). */
    static Query of(Query query) {
        if (query instanceof BooleanQuery b) {
            Query pair = pair(b);
            if (pair != null) return pair;
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : b.clauses()) {
                Query m = of(c.getQuery());
                changed |= m != c.getQuery();
                out.add(m, c.getOccur());
            }
            return changed ? out.build() : query;
        }
        if (query instanceof DisjunctionMaxQuery d) {
            List<Query> subs = new ArrayList<>();
            boolean changed = false;
            for (Query sub : d.getDisjuncts()) {
                Query m = of(sub);
                changed |= m != sub;
                subs.add(m);
            }
            return changed ? new DisjunctionMaxQuery(subs, d.getTieBreakerMultiplier()) : query;
        }
        if (query instanceof BoostQuery b) {
            Query m = of(b.getQuery());
            return m == b.getQuery() ? query : new BoostQuery(m, b.getBoost());
        }
        return query;
    }

    /** A field's bigram phrase OR its word phrase (two optional clauses, one on each field of a text field). */
    private static Query pair(BooleanQuery b) {
        if (b.clauses().size() != 2 || b.getMinimumNumberShouldMatch() > 1) return null;
        Query bigrams = null, words = null;
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.SHOULD) return null;
            String field = field(c.getQuery());
            if (field == null) return null;
            if (field.endsWith(IndexFields.BIGRAMS)) bigrams = c.getQuery();
            else if (field.endsWith(IndexFields.WORDS)) words = c.getQuery();
        }
        if (bigrams == null || words == null) return null;
        return new FirstMatchQuery(bigrams, words);
    }

    /** The one field a leaf query searches, or null. */
    private static String field(Query q) {
        if (q instanceof BooleanQuery || q instanceof DisjunctionMaxQuery || q instanceof BoostQuery) return null;
        Set<String> fields = FieldQueries.fieldsOf(q);
        return fields.size() == 1 ? fields.iterator().next() : null;
    }
}
