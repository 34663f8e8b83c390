package org.gkml.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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
        return of(query, MODE);
    }

    static Query of(Query query, String mode) {
        if (query instanceof BooleanQuery b) {
            Query pair = pair(b);
            if (pair != null) return pair;
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : b.clauses()) {
                Query m = of(c.getQuery(), mode);
                changed |= m != c.getQuery();
                out.add(m, c.getOccur());
            }
            return changed ? out.build() : query;
        }
        if (query instanceof DisjunctionMaxQuery d) {
            Query all = catchAll(d, mode);
            if (all != null) return all;
            List<Query> subs = new ArrayList<>();
            boolean changed = false;
            for (Query sub : d.getDisjuncts()) {
                Query m = of(sub, mode);
                changed |= m != sub;
                subs.add(m);
            }
            return changed ? new DisjunctionMaxQuery(subs, d.getTieBreakerMultiplier()) : query;
        }
        if (query instanceof BoostQuery b) {
            Query m = of(b.getQuery(), mode);
            return m == b.getQuery() ? query : new BoostQuery(m, b.getBoost());
        }
        return query;
    }

    /** How the catch-all phrase of a term weighs in the first pass's ranking. */
    static final float ALL_BOOST = 1f;

    /** Which first pass (temporary, for measuring): "fields" = phrase per field as before; "all"; "all+names". */
    static final String MODE = System.getProperty("gkml.firstPass", "all+names");

    /**
     * A term's (or its synonym's) phrase in every text field, each weighted ({@code CatalogQueryBuilder.term}): the
     * same phrases in the catch-all pair, which hold every field's text {@link IndexFields#ALL_GAP} positions
     * apart, so they match exactly the entries one of the six fields matches. Null when {@code d} is not such a
     * disjunction, or its phrases span too many positions to be found in the catch-all.
     */
    private static Query catchAll(DisjunctionMaxQuery d, String MODE) {
        if (MODE.equals("fields")) return null;
        java.util.Map<String, Query[]> byField = new java.util.HashMap<>();
        java.util.Map<String, Float> boosts = new java.util.HashMap<>();
        for (Query disjunct : d.getDisjuncts()) {
            float boost = 1f;
            Query inner = disjunct;
            if (inner instanceof BoostQuery b) {
                boost = b.getBoost();
                inner = b.getQuery();
            }
            Query[] pair = new Query[2]; // bigrams, words
            if (inner instanceof BooleanQuery b) {
                if (b.clauses().size() != 2 || b.getMinimumNumberShouldMatch() > 0) return null;
                for (BooleanClause c : b.clauses()) {
                    if (c.getOccur() != BooleanClause.Occur.SHOULD || !place(c.getQuery(), pair)) return null;
                }
            } else if (!place(inner, pair)) {
                return null;
            }
            String base = null;
            for (Query q : pair) {
                if (q == null) continue;
                String f = field(q);
                String b = f.substring(0, f.lastIndexOf('.'));
                if (base != null && !base.equals(b)) return null;
                base = b;
            }
            if (base == null || byField.put(base, pair) != null) return null;
            boosts.put(base, boost);
        }
        if (!byField.keySet().equals(java.util.Set.copyOf(IndexFields.TEXT_FIELDS))) return null;
        Query bigrams = null, words = null;
        boolean first = true;
        for (Query[] pair : byField.values()) {
            Query b = pair[0] == null ? null : onAll(pair[0]), w = pair[1] == null ? null : onAll(pair[1]);
            if ((pair[0] != null && b == null) || (pair[1] != null && w == null)) return null;
            if (first) {
                bigrams = b;
                words = w;
                first = false;
            } else if (!java.util.Objects.equals(bigrams, b) || !java.util.Objects.equals(words, w)) {
                return null; // the fields' phrases differ: not one text's phrase in every field
            }
        }
        Query all = bigrams == null ? words : words == null ? bigrams : new FirstMatchQuery(bigrams, words);
        if (all == null) return null;
        all = new BoostQuery(all, ALL_BOOST);
        if (!MODE.startsWith("all+")) return all;
        // the names (二级事项, 一级事项) rank what the whole query ranks first: scored where they match, not matched
        List<Query> names = new ArrayList<>();
        for (String f : MODE.equals("all+three") ? List.of(IndexFields.ITEM, IndexFields.CATEGORY, IndexFields.CONTENT) : List.of(IndexFields.ITEM, IndexFields.CATEGORY)) {
            Query[] pair = byField.get(f);
            Query q = pair[0] == null ? pair[1] : pair[1] == null ? pair[0] : new FirstMatchQuery(pair[0], pair[1]);
            names.add(new BoostQuery(q, boosts.get(f)));
        }
        return new BooleanQuery.Builder()
                .add(all, BooleanClause.Occur.MUST)
                .add(new DisjunctionMaxQuery(names, d.getTieBreakerMultiplier()), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Puts a field's bigram or word query in its slot; false if it is neither. */
    private static boolean place(Query q, Query[] pair) {
        if (!(q instanceof TermQuery) && !(q instanceof PhraseQuery)) return false;
        String f = field(q);
        if (f == null) return false;
        int slot = f.endsWith(IndexFields.BIGRAMS) ? 0 : f.endsWith(IndexFields.WORDS) ? 1 : -1;
        if (slot < 0 || pair[slot] != null) return false;
        pair[slot] = q;
        return true;
    }

    /** The same term or exact phrase over the catch-all field of its kind; null for a phrase too long for it. */
    static Query onAll(Query q) {
        String f = field(q);
        String all = IndexFields.ALL + f.substring(f.lastIndexOf('.'));
        if (q instanceof TermQuery t) return new TermQuery(new Term(all, t.getTerm().bytes()));
        PhraseQuery p = (PhraseQuery) q;
        int[] positions = p.getPositions();
        if (p.getSlop() != 0 || positions.length == 0 || positions[positions.length - 1] - positions[0] >= IndexFields.ALL_GAP) return null;
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        Term[] terms = p.getTerms();
        for (int i = 0; i < terms.length; i++) b.add(new Term(all, terms[i].bytes()), positions[i]);
        return b.build();
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
