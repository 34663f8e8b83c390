package org.gkml.index;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.TopOrdAndIntNumberQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every entry's facet values as global ordinals in plain arrays, read from the facet doc values once per reader, so
 * that a search counts its matches' values while it collects them: one array walk per match instead of Lucene's
 * facet collector (a set of the matching documents, then each document's values decoded from doc values and mapped
 * to global ordinals). Decoding the values was two thirds of facet counting and counting a seventh of a fresh search.
 * The counts, and the values and order {@link Facets#getAllDims} gives for them, are those of Lucene's
 * {@code SortedSetDocValuesFacetCounts} over the same matches ({@code FacetTableTest}).
 * <p>
 * Costs four bytes per value of every entry (about twelve values an entry: 4.7 MB for 100,000 entries), held as long
 * as the reader. Dimensions must be flat (no hierarchy), as {@link EntryDocuments#facetsConfig()} makes them.
 */
final class FacetTable {

    private final SortedSetDocValuesReaderState state;
    /** Per leaf: where each document's values start in {@link #ords} (maxDoc + 1 entries). */
    private final int[][] starts;
    /** Per leaf: the documents' values as global ordinals, document after document. */
    private final int[][] ords;

    private FacetTable(SortedSetDocValuesReaderState state, int[][] starts, int[][] ords) {
        this.state = state;
        this.starts = starts;
        this.ords = ords;
    }

    /** The table of the state's reader; null when a dimension is hierarchical (not counted here). */
    static FacetTable of(SortedSetDocValuesReaderState state) throws IOException {
        FacetsConfig config = state.getFacetsConfig() == null ? new FacetsConfig() : state.getFacetsConfig();
        for (String dim : state.getDims()) if (config.getDimConfig(dim).hierarchical) return null;
        IndexReader reader = state.getReader();
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (LeafReaderContext leaf : leaves) values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), state.getField());
        // global ordinals are the values' order over the whole reader: the same whichever map computes them
        OrdinalMap map = leaves.size() > 1 ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null;
        int[][] starts = new int[leaves.size()][];
        int[][] ords = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
            LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
            int[] s = new int[maxDoc + 1];
            int[] o = new int[1024];
            int n = 0;
            int next = 0;
            for (int doc = dv.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                while (next <= doc) s[next++] = n;
                int count = dv.docValueCount();
                if (n + count > o.length) o = java.util.Arrays.copyOf(o, Math.max(o.length * 2, n + count));
                for (int i = 0; i < count; i++) o[n++] = (int) toGlobal.get(dv.nextOrd());
            }
            while (next <= maxDoc) s[next++] = n;
            starts[leaf.ord] = s;
            ords[leaf.ord] = java.util.Arrays.copyOf(o, n);
        }
        return new FacetTable(state, starts, ords);
    }

    /** What a search collected, and the facet counts of the same matches. */
    record Counted<R>(R result, Facets facets) {
    }

    /** {@code inner}'s collectors, each also counting the facet values of the documents it collects. */
    <C extends Collector, R> CollectorManager<CountingCollector<C>, Counted<R>> counting(CollectorManager<C, R> inner) {
        return new CollectorManager<>() {
            @Override
            public CountingCollector<C> newCollector() throws IOException {
                return new CountingCollector<>(inner.newCollector(), new int[state.getSize()]);
            }

            @Override
            public Counted<R> reduce(Collection<CountingCollector<C>> collectors) throws IOException {
                List<C> in = new ArrayList<>();
                int[] counts = null;
                for (CountingCollector<C> c : collectors) {
                    in.add(c.inner);
                    if (counts == null) counts = c.counts;
                    else for (int i = 0; i < counts.length; i++) counts[i] += c.counts[i];
                }
                return new Counted<>(inner.reduce(in), new Counts(counts == null ? new int[state.getSize()] : counts));
            }
        };
    }

    final class CountingCollector<C extends Collector> implements Collector {
        final C inner;
        final int[] counts;

        CountingCollector(C inner, int[] counts) {
            this.inner = inner;
            this.counts = counts;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int[] s = starts[context.ord], o = ords[context.ord];
            int[] c = counts;
            return new FilterLeafCollector(inner.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    for (int i = s[doc], end = s[doc + 1]; i < end; i++) c[o[i]]++;
                    super.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return inner.scoreMode();
        }
    }

    /**
     * Counts per global ordinal, read as Lucene's {@code SortedSetDocValuesFacetCounts} reads its own (the same
     * dimensions, values, ties and order); only {@link #getAllDims} is asked for.
     */
    private final class Counts extends Facets {
        private final int[] counts;

        Counts(int[] counts) {
            this.counts = counts;
        }

        @Override
        public List<FacetResult> getAllDims(int topN) throws IOException {
            if (topN <= 0) throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
            FacetsConfig config = state.getFacetsConfig() == null ? new FacetsConfig() : state.getFacetsConfig();
            SortedSetDocValues dv = state.getDocValues();
            List<FacetResult> results = new ArrayList<>();
            for (String dim : state.getDims()) {
                SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
                if (range == null) continue;
                FacetsConfig.DimConfig dimConfig = config.getDimConfig(dim);
                int first = range.start;
                if (dimConfig.multiValued && dimConfig.requireDimCount) first++; // the dimension's own ordinal
                TopOrdAndIntNumberQueue q = null;
                TopOrdAndIntNumberQueue.OrdAndInt reuse = null;
                int pathCount = 0, childCount = 0;
                for (int ord = first; ord <= range.end; ord++) {
                    int count = counts[ord];
                    if (count <= 0) continue;
                    pathCount += count;
                    childCount++;
                    if (q == null) q = new TopOrdAndIntNumberQueue(topN);
                    if (reuse == null) reuse = (TopOrdAndIntNumberQueue.OrdAndInt) q.newOrdAndValue();
                    reuse.ord = ord;
                    reuse.value = count;
                    reuse = (TopOrdAndIntNumberQueue.OrdAndInt) q.insertWithOverflow(reuse);
                }
                if (dimConfig.multiValued) pathCount = dimConfig.requireDimCount ? counts[range.start] : -1;
                if (childCount == 0) continue;
                LabelAndValue[] labels = new LabelAndValue[q.size()];
                for (int i = labels.length - 1; i >= 0; i--) {
                    TopOrdAndIntNumberQueue.OrdAndInt top = (TopOrdAndIntNumberQueue.OrdAndInt) q.pop();
                    BytesRef term = dv.lookupOrd(top.ord);
                    String[] parts = FacetsConfig.stringToPath(term.utf8ToString());
                    labels[i] = new LabelAndValue(parts[parts.length - 1], top.value);
                }
                results.add(new FacetResult(dim, new String[0], pathCount, labels, childCount));
            }
            results.sort((a, b) -> a.value.intValue() > b.value.intValue() ? -1
                    : b.value.intValue() > a.value.intValue() ? 1 : a.dim.compareTo(b.dim));
            return results;
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            throw new UnsupportedOperationException("only getAllDims is counted here");
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            throw new UnsupportedOperationException("only getAllDims is counted here");
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            throw new UnsupportedOperationException("only getAllDims is counted here");
        }

        @Override
        public List<FacetResult> getTopDims(int topNDims, int topNChildren) {
            throw new UnsupportedOperationException("only getAllDims is counted here");
        }
    }
}
