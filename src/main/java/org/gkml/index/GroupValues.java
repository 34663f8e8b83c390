package org.gkml.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.List;

/** A group key's values over one reader, numbered across its segments by an {@link OrdinalMap}. */
final class GroupValues implements HitCollectors.GroupOrdinals {

    private final List<LeafReaderContext> leaves;
    private final String field;
    /** Null when the reader has at most one segment: then a segment's ordinals are the global ones. */
    private final OrdinalMap map;
    private final int count;

    private GroupValues(List<LeafReaderContext> leaves, String field, OrdinalMap map, int count) {
        this.leaves = leaves;
        this.field = field;
        this.map = map;
        this.count = count;
    }

    static GroupValues of(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() <= 1) {
            int count = leaves.isEmpty() ? 0 : DocValues.getSorted(leaves.get(0).reader(), field).getValueCount();
            return new GroupValues(leaves, field, null, count);
        }
        SortedDocValues[] perLeaf = new SortedDocValues[leaves.size()];
        for (int i = 0; i < perLeaf.length; i++) perLeaf[i] = DocValues.getSorted(leaves.get(i).reader(), field);
        OrdinalMap map = OrdinalMap.build(reader.getReaderCacheHelper().getKey(), perLeaf, PackedInts.DEFAULT);
        return new GroupValues(leaves, field, map, Math.toIntExact(map.getValueCount()));
    }

    @Override
    public int missing() {
        return count;
    }

    @Override
    public HitCollectors.LeafOrds leaf(LeafReaderContext context) throws IOException {
        SortedDocValues values = DocValues.getSorted(context.reader(), field);
        LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
        return HitCollectors.leafOrds(values, toGlobal, count);
    }

    @Override
    public String value(int ordinal) throws IOException {
        int leaf = map == null ? 0 : map.getFirstSegmentNumber(ordinal);
        long ord = map == null ? ordinal : map.getFirstSegmentOrd(ordinal);
        return DocValues.getSorted(leaves.get(leaf).reader(), field).lookupOrd(Math.toIntExact(ord)).utf8ToString();
    }
}
