package org.gkml.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.Entry;
import org.gkml.index.analysis.CatalogAnalyzers;
import org.gkml.index.analysis.CatalogSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's indexing shortcuts (remembered analysis, its writer settings, the cheaper content hash) write the
 * index that plain analysis of the same documents writes: every term of every field in the same documents at the
 * same positions, the same norms, the same content hashes.
 */
class IndexingIdentityTest {

    @Test
    void theStoreWritesWhatPlainAnalysisWrites(@TempDir Path data) throws Exception {
        List<CatalogDocument> docs = TestCorpus.documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (int round = 0; round < 2; round++) { // the second round is replayed from memory
                for (CatalogDocument d : docs) store.replace(round + "/" + d.source(), "test", d);
            }
            store.commit(java.util.Map.of());
        }
        FacetsConfig facets = EntryDocuments.facetsConfig();
        try (Directory plain = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(CatalogAnalyzers.create()).setSimilarity(new CatalogSimilarity());
            try (IndexWriter w = new IndexWriter(plain, config)) {
                for (int round = 0; round < 2; round++) {
                    for (CatalogDocument d : docs) w.addDocuments(EntryDocuments.build(round + "/" + d.source(), "test", d, "2026-12-02T00:00:00Z", facets));
                }
                w.forceMerge(1);
            }
            try (Directory written = org.apache.lucene.store.FSDirectory.open(LuceneCatalogStore.indexDir(data));
                 DirectoryReader a = DirectoryReader.open(plain); DirectoryReader b = DirectoryReader.open(written)) {
                assertEquals(describe(a), describe(b));
            }
        }
    }

    /** Every field's postings (term, document, frequency, positions), norms and content hashes, by document id. */
    private static List<String> describe(DirectoryReader reader) throws Exception {
        List<String> out = new ArrayList<>();
        int fields = 0;
        for (var leafContext : reader.leaves()) {
            LeafReader leaf = leafContext.reader();
            int base = leafContext.docBase;
            List<String> ids = new ArrayList<>();
            var stored = leaf.storedFields();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                Document d = stored.document(doc);
                ids.add(d.get(IndexFields.DOC_ID) + "#" + d.get(IndexFields.ORDINAL));
            }
            for (FieldInfo fi : leaf.getFieldInfos()) {
                Terms terms = leaf.terms(fi.name);
                if (terms != null) {
                    fields++;
                    TermsEnum te = terms.iterator();
                    for (BytesRef t; (t = te.next()) != null; ) {
                        PostingsEnum p = te.postings(null, PostingsEnum.POSITIONS);
                        for (int doc; (doc = p.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                            StringBuilder s = new StringBuilder(fi.name).append(' ').append(t.utf8ToString()).append(' ').append(ids.get(doc)).append(' ').append(p.freq());
                            if (fi.getIndexOptions().compareTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                                for (int i = 0; i < p.freq(); i++) s.append(' ').append(p.nextPosition());
                            }
                            out.add(s.toString());
                        }
                    }
                }
                NumericDocValues norms = leaf.getNormValues(fi.name);
                if (norms != null) {
                    for (int doc; (doc = norms.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) out.add("norm " + fi.name + " " + ids.get(doc) + " " + norms.longValue());
                }
            }
            NumericDocValues hashes = leaf.getNumericDocValues(IndexFields.CONTENT_HASH);
            if (hashes != null) {
                for (int doc; (doc = hashes.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) out.add("hash " + ids.get(doc) + " " + hashes.longValue());
            }
            assertTrue(base >= 0);
        }
        assertTrue(fields > 12, "the index has its text fields");
        out.sort(null);
        return out;
    }

    @Test
    void theContentHashIsTheRecordsWithoutWhereItWasRead() throws Exception {
        for (CatalogDocument d : TestCorpus.documents()) {
            for (Entry e : d.entries()) {
                ObjectNode record = EntryDocuments.record("some/file.docx", d, e);
                ObjectNode content = record.deepCopy();
                content.remove(List.of("doc_id", "source", "source_ref"));
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(CatalogJson.MAPPER.writeValueAsBytes(content));
                assertEquals(ByteBuffer.wrap(digest).getLong(), EntryDocuments.contentHash(record));
            }
        }
    }

    /** The record and hash written in one pass equal the record's tree serialised and its content copy hashed. */
    @Test
    void theRecordWrittenInOnePassIsTheTreesJsonAndHash() throws Exception {
        int entries = 0;
        for (CatalogDocument d : TestCorpus.documents()) {
            for (Entry e : d.entries()) {
                ObjectNode record = EntryDocuments.record("some/file.docx", d, e);
                EntryDocuments.Written w = EntryDocuments.written("some/file.docx", d, e);
                assertEquals(CatalogJson.MAPPER.writeValueAsString(record), w.record());
                assertEquals(EntryDocuments.contentHash(record), w.contentHash());
                entries++;
            }
        }
        assertTrue(entries > 50, "the corpus has entries: " + entries);
        // the unusual values too: empty values, no region, no level, extra columns, odd characters
        CatalogDocument odd = TestCorpus.documents().get(0);
        Entry e = odd.entries().get(0);
        Entry strange = new Entry(null, null, "类\u0001\"别", null, "内容\n二行", null, List.of("法", ""), null, 0,
                org.gkml.catalog.DeadlineUnit.WORKING_DAY, null, List.of(), null, List.of("全社会"), List.of(), List.of(), List.of(), null,
                List.of(), null, java.util.Map.of("z列", "1", "a列", "\uD83D\uDE00"), null);
        CatalogDocument bare = new CatalogDocument(odd.source(), odd.format(), odd.title(), null, null, null, odd.meta(),
                java.util.EnumSet.allOf(org.gkml.catalog.Field.class), List.of(strange, e), odd.warnings());
        for (Entry x : bare.entries()) {
            ObjectNode record = EntryDocuments.record("x", bare, x);
            EntryDocuments.Written w = EntryDocuments.written("x", bare, x);
            assertEquals(CatalogJson.MAPPER.writeValueAsString(record), w.record());
            assertEquals(EntryDocuments.contentHash(record), w.contentHash());
        }
    }
}
