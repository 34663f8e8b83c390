package org.gkml.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a few documents a query matches in one field, asked of the index. The highlighter analyses a field's text
 * again for every hit it is given (and, for phrases, builds an index of that text in memory): a third of a search
 * when every hit's six fields were highlighted, though a hit matches in one or two of them. Asking the postings first
 * leaves out the fields where the highlighter could mark nothing, since it marks exactly what the field's own
 * terms and phrases match.
 */
final class FieldMatches {

    private FieldMatches() {
    }

    /** The term and phrase queries of {@code query} that search {@code field}, as one disjunction; null when none does. */
    static Query onField(Query query, String field) {
        List<Query> leaves = new ArrayList<>();
        collect(query, field, leaves);
        if (leaves.isEmpty()) return null;
        if (leaves.size() == 1) return leaves.get(0);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : leaves) any.add(q, BooleanClause.Occur.SHOULD);
        return any.build();
    }

    private static void collect(Query q, String field, List<Query> out) {
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) if (c.getOccur() != BooleanClause.Occur.MUST_NOT) collect(c.getQuery(), field, out);
        } else if (q instanceof DisjunctionMaxQuery d) {
            for (Query sub : d.getDisjuncts()) collect(sub, field, out);
        } else if (q instanceof BoostQuery b) {
            collect(b.getQuery(), field, out);
        } else if (q instanceof ConstantScoreQuery c) {
            collect(c.getQuery(), field, out);
        } else if (q instanceof ReusedWeightQuery r) {
            collect(r.query(), field, out);
        } else if (q != null) {
            Set<String> fields = new HashSet<>();
            q.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String f) {
                    fields.add(f);
                    return false;
                }
            });
            if (fields.equals(Set.of(field))) out.add(q);
        }
    }

    /** For each of {@code docs} (global document numbers, any order), whether {@code query} matches it. */
    static boolean[] matching(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        boolean[] out = new boolean[docs.length];
        if (docs.length == 0) return out;
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        DocIdSetIterator approximation = null;
        TwoPhaseIterator twoPhase = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                Scorer scorer = weight.scorer(leaf);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            }
            if (approximation == null) continue;
            int target = doc - leaf.docBase;
            int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
            out[i] = at == target && (twoPhase == null || twoPhase.matches());
        }
        return out;
    }
}
