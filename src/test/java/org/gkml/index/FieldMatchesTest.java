package org.gkml.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.gkml.index.analysis.CatalogAnalyzers;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.Synonyms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which hits a query matches in one field: the highlighter is given only those. */
class FieldMatchesTest {

    static final String ITEM = IndexFields.ITEM + IndexFields.BIGRAMS;
    static final String CONTENT = IndexFields.CONTENT + IndexFields.BIGRAMS;

    @Test
    void aFieldsQueryIsTheTermsAndPhrasesOnThatFieldAlone() {
        Query q = new CatalogQueryBuilder(new Synonyms(List.of())).build("异地就医 备案");
        Query item = FieldMatches.onField(q, ITEM);
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
        assertNull(FieldMatches.onField(q, "nowhere"));
    }

    @Test
    void aHitMatchesInAFieldOnlyWhereItsPhraseIsThere() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(CatalogAnalyzers.create()))) {
                w.addDocument(doc("参保人员异地就医备案", "备案渠道"));     // 0: phrase in the item
                w.addDocument(doc("就医地与异地", "异地就医结算"));       // 1: item has the characters, not the phrase
                w.commit();
                w.addDocument(doc("医疗保险", "查询流程"));              // 2: another segment, no match
                w.addDocument(doc("异地就医登记", "流程"));              // 3
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                Query q = new CatalogQueryBuilder(new Synonyms(List.of())).build("异地就医");
                // hits in rank order, not document order
                int[] hits = {3, 1, 0, 2};
                assertArrayEquals(new boolean[]{true, false, true, false}, FieldMatches.matching(s, FieldMatches.onField(q, ITEM), hits));
                assertArrayEquals(new boolean[]{false, true, false, false}, FieldMatches.matching(s, FieldMatches.onField(q, CONTENT), hits));
            }
        }
    }

    static Document doc(String item, String content) {
        Document d = new Document();
        for (String suffix : List.of(IndexFields.WORDS, IndexFields.BIGRAMS)) {
            d.add(new TextField(IndexFields.ITEM + suffix, item, Field.Store.NO));
            d.add(new TextField(IndexFields.CONTENT + suffix, content, Field.Store.NO));
        }
        return d;
    }
}
