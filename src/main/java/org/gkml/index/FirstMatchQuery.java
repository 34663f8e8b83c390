package org.gkml.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * Matches what either of two queries matches, scored by the first where it matches and by the second only where the
 * first does not. Unlike a disjunction, which verifies and scores every clause that matches a document, it verifies
 * the second only when the first fails: a phrase over a field's bigrams stands in for the same phrase over its words
 * in the first pass of a search ({@link CheapQuery}), and the word phrase is checked only where the bigrams miss
 * (across punctuation: “三公”经费).
 */
final class FirstMatchQuery extends Query {

    private final Query first;
    private final Query second;

    FirstMatchQuery(Query first, Query second) {
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
    }

    Query first() {
        return first;
    }

    Query second() {
        return second;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query f = first.rewrite(searcher), s = second.rewrite(searcher);
        return f == first && s == second ? this : new FirstMatchQuery(f, s);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight a = searcher.createWeight(first, scoreMode, boost);
        Weight b = searcher.createWeight(second, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer sa = a.scorer(context);
                Scorer sb = b.scorer(context);
                if (sa == null) return sb;
                if (sb == null) return sa;
                return new FirstMatchScorer(this, sa, sb);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = a.explain(context, doc);
                return e.isMatch() ? e : b.explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return a.isCacheable(context) && b.isCacheable(context);
            }
        };
    }

    /** Positioned on the union of the two approximations; {@code matched} is the scorer that matched the current document. */
    private static final class FirstMatchScorer extends Scorer {
        private final Scorer a;
        private final Scorer b;
        private final DocIdSetIterator aApprox;
        private final DocIdSetIterator bApprox;
        private final TwoPhaseIterator aTwo;
        private final TwoPhaseIterator bTwo;
        private final DocIdSetIterator union;
        private final TwoPhaseIterator twoPhase;
        private Scorer matched;

        FirstMatchScorer(Weight weight, Scorer a, Scorer b) {
            super(weight);
            this.a = a;
            this.b = b;
            aTwo = a.twoPhaseIterator();
            bTwo = b.twoPhaseIterator();
            aApprox = aTwo == null ? a.iterator() : aTwo.approximation();
            bApprox = bTwo == null ? b.iterator() : bTwo.approximation();
            union = new DocIdSetIterator() {
                private int doc = -1;

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() throws IOException {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) throws IOException {
                    int da = aApprox.docID(), db = bApprox.docID();
                    if (da < target) da = aApprox.advance(target);
                    if (db < target) db = bApprox.advance(target);
                    return doc = Math.min(da, db);
                }

                @Override
                public long cost() {
                    return aApprox.cost() + bApprox.cost();
                }
            };
            twoPhase = new TwoPhaseIterator(union) {
                @Override
                public boolean matches() throws IOException {
                    int doc = union.docID();
                    if (aApprox.docID() == doc && (aTwo == null || aTwo.matches())) {
                        matched = FirstMatchScorer.this.a;
                        return true;
                    }
                    if (bApprox.docID() == doc && (bTwo == null || bTwo.matches())) {
                        matched = FirstMatchScorer.this.b;
                        return true;
                    }
                    matched = null;
                    return false;
                }

                @Override
                public float matchCost() {
                    return (aTwo == null ? 0 : aTwo.matchCost()) + (bTwo == null ? 0 : bTwo.matchCost());
                }
            };
        }

        @Override
        public int docID() {
            return union.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            return matched.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return Math.min(a.advanceShallow(target), b.advanceShallow(target));
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return Math.max(a.getMaxScore(upTo), b.getMaxScore(upTo));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        first.visit(v);
        second.visit(v);
    }

    @Override
    public String toString(String field) {
        return "first(" + first.toString(field) + " else " + second.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && first.equals(((FirstMatchQuery) other).first) && second.equals(((FirstMatchQuery) other).second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), first, second);
    }
}
