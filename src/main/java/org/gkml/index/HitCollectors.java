package org.gkml.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Collectors that fold copies and group hits from doc values while the search runs, so that a query reads no stored
 * record but those of the hits it returns. Copies are entries with one {@link IndexFields#CONTENT_HASH}; the best
 * hit of a hash stands for it, ranked as Lucene ranks (higher score first, then lower document number).
 */
final class HitCollectors {

    private HitCollectors() {
    }

    /** One hit standing for its key (a content hash, or the document itself when copies are not folded). */
    static final class Slot {
        final long key;
        float score;
        int doc;

        Slot(long key, float score, int doc) {
            this.key = key;
            this.score = score;
            this.doc = doc;
        }

        boolean isBeatenBy(float s, int d) {
            return s > score || (s == score && d < doc);
        }
    }

    static final Comparator<Slot> BEST_FIRST = (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc);

    /**
     * The best {@code n} distinct keys. A key's rank is that of its best hit, so keeping only the current best
     * {@code n} is exact: a key pushed out can only come back with a better hit, which then is its best.
     */
    static final class DistinctTop {
        private final int n;
        private final Map<Long, Slot> byKey = new HashMap<>();
        private final TreeSet<Slot> ranked = new TreeSet<>(BEST_FIRST);
        /** The last of the best when they are {@code n}, else null: asked for every match, so not looked up each time. */
        private Slot last;

        DistinctTop(int n) {
            this.n = n;
        }

        /** Whether a hit with this score and document could enter (false when full and it is not better than the last). */
        boolean competes(float score, int doc) {
            return last == null || last.isBeatenBy(score, doc);
        }

        void offer(long key, float score, int doc) {
            if (!competes(score, doc)) return;
            Slot s = byKey.get(key);
            if (s != null) {
                if (s.isBeatenBy(score, doc)) {
                    ranked.remove(s);
                    s.score = score;
                    s.doc = doc;
                    ranked.add(s);
                    if (last != null) last = ranked.last();
                }
                return;
            }
            if (ranked.size() == n) byKey.remove(ranked.pollLast().key);
            s = new Slot(key, score, doc);
            byKey.put(key, s);
            ranked.add(s);
            if (ranked.size() == n) last = ranked.last();
        }

        void addAll(DistinctTop other) {
            for (Slot s : other.ranked) offer(s.key, s.score, s.doc);
        }

        /** Best first. */
        List<Slot> best() {
            return new ArrayList<>(ranked);
        }
    }

    /** Reads each hit's fold key: its content hash, or (not folding, or no hash) a key of its own. */
    private abstract static class KeyedCollector extends SimpleCollector {
        private final boolean collapse;
        private NumericDocValues hashes;
        Scorable scorer;
        int docBase;

        KeyedCollector(boolean collapse) {
            this.collapse = collapse;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            hashes = collapse ? DocValues.getNumeric(context.reader(), IndexFields.CONTENT_HASH) : null;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        /** Document numbers sit below 2³¹, far from most 64-bit hashes; an entry without a hash is its own key. */
        long key(int doc) throws IOException {
            if (hashes != null && hashes.advanceExact(doc)) return hashes.longValue();
            return docBase + doc;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** The best {@code n} distinct hits and how many documents matched. */
    record Top(List<Slot> best, long totalHits) {
    }

    static CollectorManager<?, Top> top(int n, boolean collapse) {
        final class C extends KeyedCollector {
            final DistinctTop top = new DistinctTop(n);
            long total;

            C() {
                super(collapse);
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                float s = scorer.score();
                int global = docBase + doc;
                if (top.competes(s, global)) top.offer(key(doc), s, global);
            }
        }
        return new CollectorManager<C, Top>() {
            @Override
            public C newCollector() {
                return new C();
            }

            @Override
            public Top reduce(Collection<C> collectors) {
                DistinctTop all = new DistinctTop(n);
                long total = 0;
                for (C c : collectors) {
                    all.addAll(c.top);
                    total += c.total;
                }
                return new Top(all.best(), total);
            }
        };
    }

    /** Every matching document's key and score, for the documents whose key is in a given set. */
    static CollectorManager<?, List<Slot>> members(Set<Long> keys) {
        final class C extends KeyedCollector {
            final List<Slot> found = new ArrayList<>();

            C() {
                super(true);
            }

            @Override
            public void collect(int doc) throws IOException {
                long k = key(doc);
                if (keys.contains(k)) found.add(new Slot(k, scorer.score(), docBase + doc));
            }
        }
        return new CollectorManager<C, List<Slot>>() {
            @Override
            public C newCollector() {
                return new C();
            }

            @Override
            public List<Slot> reduce(Collection<C> collectors) {
                List<Slot> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.found));
                return all;
            }
        };
    }

    /**
     * A group key's values numbered across the whole index (global ordinals): a search counts groups in arrays, with
     * no string per hit. Built once per reader and key.
     */
    interface GroupOrdinals {
        /** The number of values; a hit without a value falls into this ordinal. */
        int missing();

        /** Per leaf, the global ordinal of each of its documents. */
        LeafOrds leaf(LeafReaderContext context) throws IOException;

        /** The value of a global ordinal below {@link #missing()}. */
        String value(int ordinal) throws IOException;
    }

    interface LeafOrds {
        int ord(int doc) throws IOException;
    }

    static LeafOrds leafOrds(SortedDocValues values, LongValues toGlobal, int missing) {
        return doc -> values.advanceExact(doc) ? (int) toGlobal.get(values.ordValue()) : missing;
    }

    /** Per group (by global ordinal): documents matched and the best hit. */
    record GroupCounts(int[] count, float[] bestScore, int[] bestDoc, long totalHits) {
    }

    static CollectorManager<?, GroupCounts> groupCounts(GroupOrdinals ordinals) {
        int size = ordinals.missing() + 1;
        final class C extends SimpleCollector {
            final int[] count = new int[size];
            final float[] bestScore = new float[size];
            final int[] bestDoc = new int[size];
            long total;
            LeafOrds ords;
            Scorable scorer;
            int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                ords = ordinals.leaf(context);
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                int o = ords.ord(doc);
                float s = scorer.score();
                int global = docBase + doc;
                if (count[o]++ == 0 || s > bestScore[o] || (s == bestScore[o] && global < bestDoc[o])) {
                    bestScore[o] = s;
                    bestDoc[o] = global;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }
        return new CollectorManager<C, GroupCounts>() {
            @Override
            public C newCollector() {
                return new C();
            }

            @Override
            public GroupCounts reduce(Collection<C> collectors) {
                int[] count = new int[size];
                float[] bestScore = new float[size];
                int[] bestDoc = new int[size];
                long total = 0;
                for (C c : collectors) {
                    total += c.total;
                    for (int o = 0; o < size; o++) {
                        if (c.count[o] == 0) continue;
                        boolean better = count[o] == 0 || c.bestScore[o] > bestScore[o] || (c.bestScore[o] == bestScore[o] && c.bestDoc[o] < bestDoc[o]);
                        count[o] += c.count[o];
                        if (better) {
                            bestScore[o] = c.bestScore[o];
                            bestDoc[o] = c.bestDoc[o];
                        }
                    }
                }
                return new GroupCounts(count, bestScore, bestDoc, total);
            }
        };
    }

    /** For each chosen group: its best {@code n} distinct hits and how many distinct entries it has. */
    record GroupHits(List<List<Slot>> best, int[] distinct) {
    }

    /**
     * The second look at a grouped search: only documents of the chosen groups ({@code slotOf} maps a global ordinal
     * to its place among them, or -1) are folded and ranked.
     */
    static CollectorManager<?, GroupHits> groupHits(GroupOrdinals ordinals, int[] slotOf, int groups, int n, boolean collapse) {
        final class C extends KeyedCollector {
            final DistinctTop[] tops = array(groups, i -> new DistinctTop(n));
            final List<Set<Long>> keys = new ArrayList<>();
            LeafOrds ords;

            C() {
                super(collapse);
                for (int i = 0; i < groups; i++) keys.add(new HashSet<>());
            }

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                super.doSetNextReader(context);
                ords = ordinals.leaf(context);
            }

            @Override
            public void collect(int doc) throws IOException {
                int slot = slotOf[ords.ord(doc)];
                if (slot < 0) return;
                long k = key(doc);
                keys.get(slot).add(k);
                tops[slot].offer(k, scorer.score(), docBase + doc);
            }
        }
        return new CollectorManager<C, GroupHits>() {
            @Override
            public C newCollector() {
                return new C();
            }

            @Override
            public GroupHits reduce(Collection<C> collectors) {
                List<List<Slot>> best = new ArrayList<>();
                int[] distinct = new int[groups];
                for (int g = 0; g < groups; g++) {
                    DistinctTop all = new DistinctTop(n);
                    Set<Long> keys = new HashSet<>();
                    for (C c : collectors) {
                        all.addAll(c.tops[g]);
                        keys.addAll(c.keys.get(g));
                    }
                    best.add(all.best());
                    distinct[g] = keys.size();
                }
                return new GroupHits(best, distinct);
            }
        };
    }

    private static DistinctTop[] array(int n, IntFunction<DistinctTop> make) {
        DistinctTop[] a = new DistinctTop[n];
        for (int i = 0; i < n; i++) a[i] = make.apply(i);
        return a;
    }
}
