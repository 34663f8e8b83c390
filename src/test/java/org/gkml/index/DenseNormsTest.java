package org.gkml.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text field has a norm on every document (index format 4): a search reads a dense norm directly instead of
 * finding it through the skip structure of sparse norms. The empty values that make them dense add no terms, so
 * each field's statistics (the documents with text in it, on which BM25's average length and every score depend)
 * are those of the entries that have its text.
 */
class DenseNormsTest {

    @TempDir
    Path data;

    @Test
    void everyTextFieldHasANormOnEveryDocumentAndItsStatisticsCountOnlyTheTexts() throws Exception {
        TestCorpus.index(data);
        try (Directory dir = FSDirectory.open(LuceneCatalogStore.indexDir(data)); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            for (String name : IndexFields.TEXT_FIELDS) {
                int withText = 0;
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (stored.document(doc, java.util.Set.of(name + IndexFields.BIGRAMS)).get(name + IndexFields.BIGRAMS) != null) withText++;
                }
                assertTrue(withText > 0, name);
                for (String field : new String[]{name + IndexFields.WORDS, name + IndexFields.BIGRAMS}) {
                    int docCount = 0;
                    for (LeafReaderContext leaf : reader.leaves()) {
                        NumericDocValues norms = leaf.reader().getNormValues(field);
                        assertNotNull(norms, field);
                        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) assertTrue(norms.advanceExact(doc), field + ": no norm on document " + doc);
                        Terms terms = leaf.reader().terms(field);
                        if (terms != null) docCount += terms.getDocCount();
                    }
                    assertEquals(withText, docCount, field + ": documents with terms");
                }
            }
        }
    }
}
