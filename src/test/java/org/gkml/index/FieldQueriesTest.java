package org.gkml.index;

import org.apache.lucene.search.Query;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.Synonyms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The part of a query on one field, which the highlighter is given for that field. */
class FieldQueriesTest {

    static final String ITEM = IndexFields.ITEM + IndexFields.BIGRAMS;

    @Test
    void aFieldsQueryIsTheTermsAndPhrasesOnThatFieldAlone() {
        Query q = new CatalogQueryBuilder(new Synonyms(List.of())).build("异地就医 备案");
        Query item = FieldQueries.onField(q, ITEM);
        Set<String> fields = new java.util.HashSet<>();
        item.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                fields.add(f);
                return true;
            }
        });
        assertEquals(Set.of(ITEM), fields);
        assertEquals(2, ((org.apache.lucene.search.BooleanQuery) item).clauses().size(), item.toString());
        assertNull(FieldQueries.onField(q, "nowhere"));
    }
}
