package org.gkml.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of a query that searches one field: what the highlighter needs to mark that field, without the terms and
 * phrases of the eleven other fields, which it would otherwise sort out again for every field.
 */
final class FieldQueries {

    private FieldQueries() {
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
            if (fieldsOf(q).equals(Set.of(field))) out.add(q);
        }
    }

    /** The fields a query searches. */
    static Set<String> fieldsOf(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                fields.add(f);
                return false;
            }
        });
        return fields;
    }
}
