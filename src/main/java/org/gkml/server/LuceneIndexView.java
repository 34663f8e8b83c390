package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.IndexFields;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One commit of the embedded index: the searcher {@code gkml search} uses, plus a reader of the same commit for
 * catalogs and entries by id.
 */
final class LuceneIndexView extends IndexView {

    private final CatalogSearcher searcher;
    private final DirectoryReader reader;
    private final IndexSearcher lucene;
    private final long generation;
    private final Map<String, String> commitData;

    private LuceneIndexView(CatalogSearcher searcher, DirectoryReader reader, IndexSearcher lucene, List<Catalog> catalogs, long entries)
            throws IOException {
        super(catalogs, entries);
        this.searcher = searcher;
        this.reader = reader;
        this.lucene = lucene;
        this.generation = reader.getIndexCommit().getGeneration();
        this.commitData = Map.copyOf(reader.getIndexCommit().getUserData());
    }

    /**
     * Opens the newest commit: one reader of one commit serves searches and lookups by id alike, so every id a
     * search returns resolves here.
     */
    static LuceneIndexView open(Path dataDir, Directory directory, org.gkml.index.analysis.Synonyms synonyms) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            IndexSearcher lucene = new IndexSearcher(reader);
            StoredFields stored = lucene.storedFields();
            long entries = lucene.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)));
            List<Catalog> catalogs = new ArrayList<>();
            TermQuery markers = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CATALOG));
            for (ScoreDoc sd : lucene.search(markers, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(sd.doc);
                String docId = d.get(IndexFields.DOC_ID);
                // every document of a catalog carries its id: the marker and one per entry
                int n = lucene.count(new TermQuery(new Term(IndexFields.DOC_ID, docId))) - 1;
                catalogs.add(new Catalog(CatalogId.of(docId), docId, d.get(IndexFields.HASH), n));
            }
            return new LuceneIndexView(CatalogSearcher.over(reader, dataDir, synonyms), reader, lucene, catalogs, entries);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    static Path indexDir(Path dataDir) {
        return LuceneCatalogStore.indexDir(dataDir);
    }

    @Override
    long generation() {
        return generation;
    }

    @Override
    SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    @Override
    List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        return searcher.values(key, max);
    }

    /** A catalog's documents are one block, its entries in order within it. */
    @Override
    protected List<StoredEntry> entries(Catalog c, int n) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.DOC_ID, c.docId())), BooleanClause.Occur.FILTER)
                .build();
        StoredFields stored = lucene.storedFields();
        List<StoredEntry> out = new ArrayList<>();
        for (ScoreDoc sd : lucene.search(q, n, Sort.INDEXORDER).scoreDocs) {
            Document d = stored.document(sd.doc, java.util.Set.of(IndexFields.ORDINAL, IndexFields.RECORD));
            ObjectNode record = (ObjectNode) CatalogJson.MAPPER.readTree(d.get(IndexFields.RECORD));
            out.add(new StoredEntry(d.getField(IndexFields.ORDINAL).numericValue().intValue(), record));
        }
        out.sort(Comparator.comparingInt(StoredEntry::ordinal));
        return out;
    }

    @Override
    Map<String, String> commitData() {
        return commitData;
    }

    @Override
    void describe(ObjectNode index) {
        index.put("store", "embedded");
    }

    @Override
    protected void free() throws IOException {
        // the searcher holds its own reference to the reader
        try (reader) {
            searcher.close();
        }
    }
}
