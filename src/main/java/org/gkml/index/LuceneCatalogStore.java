package org.gkml.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.gkml.catalog.CatalogDocument;
import org.gkml.index.analysis.CatalogAnalyzers;
import org.gkml.index.analysis.CatalogSimilarity;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Lucene index under {@code dataDir/index}. Readers opened here see only the last commit, so versions()
 * and writeRecords() report what is committed, never pending changes. Holding the store holds Lucene's write
 * lock; a second store on the same folder fails with {@link org.apache.lucene.store.LockObtainFailedException}.
 */
public final class LuceneCatalogStore implements CatalogStore {

    /** The index folder inside a data folder. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    private final Directory directory;
    private final FacetsConfig facetsConfig = EntryDocuments.facetsConfig();
    private IndexWriter writer;

    private LuceneCatalogStore(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = newWriter();
    }

    /** Opens the index at {@code dataDir/index}, creating an empty committed index if there is none. */
    public static LuceneCatalogStore open(Path dataDir) throws IOException {
        Path dir = indexDir(dataDir);
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            LuceneCatalogStore store = new LuceneCatalogStore(directory);
            if (!DirectoryReader.indexExists(directory)) store.writer.commit();
            return store;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CatalogAnalyzers.create());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // Closing without commit() must drop pending changes: only commit() makes them visible.
        config.setCommitOnClose(false);
        config.setSimilarity(new CatalogSimilarity());
        return new IndexWriter(directory, config);
    }

    @Override
    public Map<String, String> versions() throws IOException {
        Map<String, String> versions = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            TermQuery markers = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CATALOG));
            for (ScoreDoc sd : searcher.search(markers, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(sd.doc);
                versions.put(d.get(IndexFields.DOC_ID), d.get(IndexFields.HASH));
            }
        }
        return versions;
    }

    @Override
    public void replace(String docId, String hash, CatalogDocument doc) throws IOException {
        if (docId == null || hash == null || doc == null) throw new IllegalArgumentException("replace needs docId, hash and doc: " + docId);
        writer.updateDocuments(new Term(IndexFields.DOC_ID, docId), EntryDocuments.build(docId, hash, doc, facetsConfig));
    }

    @Override
    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.DOC_ID, docId));
    }

    @Override
    public void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(new TreeMap<>(userData).entrySet());
        writer.commit();
    }

    /** The user data stored with the last commit. */
    public Map<String, String> lastCommitData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return Map.copyOf(reader.getIndexCommit().getUserData());
        }
    }

    @Override
    public void writeRecords(Writer out) throws IOException {
        record Stored(String docId, int ordinal, String json) {
        }
        List<Stored> records = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    Document d = stored.document(i);
                    String json = d.get(IndexFields.RECORD);
                    if (json == null) continue; // a catalog marker
                    records.add(new Stored(d.get(IndexFields.DOC_ID), d.getField(IndexFields.ORDINAL).numericValue().intValue(), json));
                }
            }
        }
        records.sort(Comparator.comparing(Stored::docId).thenComparingInt(Stored::ordinal));
        for (Stored r : records) {
            out.write(r.json());
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public void rollback() throws IOException {
        // IndexWriter.rollback closes the writer; the store stays usable with a fresh one on the last commit.
        writer.rollback();
        writer = newWriter();
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) writer.close();
        } finally {
            directory.close();
        }
    }
}
