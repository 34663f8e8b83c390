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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One commit of the index as the server answers from it: the searcher {@code gkml search} uses, plus a reader of the
 * same commit for catalogs and entries by id. Reference-counted by {@link IndexViews}; closed when the last request
 * using it ends after a newer commit replaced it.
 */
final class IndexView {

    /** A catalog in the index: its index id (the file's path), content hash and entry count. */
    record Catalog(String id, String docId, String hash, int entries) {
    }

    /** One entry: its position in the catalog and its stored record. */
    record StoredEntry(int ordinal, ObjectNode record) {
    }

    private static final int CACHED_CATALOGS = 1024;
    private static final int CACHED_ANSWERS = 512;

    private final CatalogSearcher searcher;
    private final DirectoryReader reader;
    private final IndexSearcher lucene;
    private final long generation;
    private final Map<String, Catalog> catalogs;
    private final long entryCount;
    private final AtomicInteger refs = new AtomicInteger(1);
    /** Per catalog, its records by their JSON, to give a record without its position its entry id. */
    private final Map<String, Map<String, Integer>> ordinals = lru(CACHED_CATALOGS);

    /**
     * Search answers of this commit by their request: analysts repeat searches (a shared link, paging back), and a
     * commit never changes, so an answer holds until the next commit replaces the whole view.
     */
    private final Map<String, byte[]> answers = lru(CACHED_ANSWERS);

    private static <V> Map<String, V> lru(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        });
    }

    private IndexView(CatalogSearcher searcher, DirectoryReader reader) throws IOException {
        this.searcher = searcher;
        this.reader = reader;
        this.lucene = new IndexSearcher(reader);
        this.generation = reader.getIndexCommit().getGeneration();
        StoredFields stored = lucene.storedFields();
        this.entryCount = lucene.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)));
        Map<String, Catalog> byId = new LinkedHashMap<>();
        TermQuery markers = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CATALOG));
        for (ScoreDoc sd : lucene.search(markers, Math.max(1, reader.maxDoc())).scoreDocs) {
            Document d = stored.document(sd.doc);
            String docId = d.get(IndexFields.DOC_ID);
            String id = CatalogId.of(docId);
            // every document of a catalog carries its id: the marker and one per entry
            int entries = lucene.count(new TermQuery(new Term(IndexFields.DOC_ID, docId))) - 1;
            byId.put(id, new Catalog(id, docId, d.get(IndexFields.HASH), entries));
        }
        this.catalogs = Collections.unmodifiableMap(byId);
    }

    /**
     * Opens the newest commit. The searcher and the reader are opened one after the other; when an ingest commits
     * between the two, both are opened again, so that every id a search returns resolves in the same view.
     */
    static IndexView open(Path dataDir, Directory directory, org.gkml.index.analysis.Synonyms synonyms) throws IOException {
        // one reader of one commit serves searches and lookups by id alike, so every id a search returns resolves here
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            return new IndexView(CatalogSearcher.over(reader, dataDir, synonyms), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    static Path indexDir(Path dataDir) {
        return LuceneCatalogStore.indexDir(dataDir);
    }

    long generation() {
        return generation;
    }

    int documents() {
        return catalogs.size();
    }

    long entries() {
        return entryCount;
    }

    SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        return searcher.values(key, max);
    }

    Catalog catalog(String id) {
        return catalogs.get(id);
    }

    Catalog catalogOfDoc(String docId) {
        return docId == null ? null : catalogs.get(CatalogId.of(docId));
    }

    /** Every catalog, in index order. */
    List<Catalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    /** The catalog's entries in document order. */
    List<StoredEntry> entries(Catalog c) throws IOException {
        return entries(c, Math.max(1, c.entries()));
    }

    /** The catalog's first entry, or null when it has none. */
    StoredEntry firstEntry(Catalog c) throws IOException {
        List<StoredEntry> first = c.entries() == 0 ? List.of() : entries(c, 1);
        return first.isEmpty() ? null : first.get(0);
    }

    /** The first {@code n} entries: a catalog's documents are one block, its entries in order within it. */
    private List<StoredEntry> entries(Catalog c, int n) throws IOException {
        BooleanQuery q = entriesOf(c);
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

    private static BooleanQuery entriesOf(Catalog c) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.DOC_ID, c.docId())), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The position of a hit's record in its catalog, or -1 when the record is not (or no longer) there. A hit carries
     * only its record, which the store wrote with the same mapper; so the stored text is compared, nothing parsed.
     */
    int ordinalOf(ObjectNode record) throws IOException {
        Catalog c = catalogOfDoc(record.path("doc_id").asText(null));
        if (c == null) return -1;
        Map<String, Integer> byRecord = ordinals.get(c.id());
        if (byRecord == null) {
            byRecord = new HashMap<>();
            BooleanQuery q = entriesOf(c);
            StoredFields stored = lucene.storedFields();
            for (ScoreDoc sd : lucene.search(q, Math.max(1, c.entries())).scoreDocs) {
                Document d = stored.document(sd.doc, java.util.Set.of(IndexFields.ORDINAL, IndexFields.RECORD));
                byRecord.putIfAbsent(d.get(IndexFields.RECORD), d.getField(IndexFields.ORDINAL).numericValue().intValue());
            }
            ordinals.put(c.id(), byRecord);
        }
        return byRecord.getOrDefault(CatalogJson.MAPPER.writeValueAsString(record), -1);
    }

    /** A search answer already given on this commit, or null. */
    byte[] answer(String request) {
        return answers.get(request);
    }

    void remember(String request, byte[] answer) {
        answers.put(request, answer);
    }

    boolean tryIncRef() {
        for (int n; (n = refs.get()) > 0; ) {
            if (refs.compareAndSet(n, n + 1)) return true;
        }
        return false;
    }

    int refCount() {
        return refs.get();
    }

    void decRef() throws IOException {
        if (refs.decrementAndGet() == 0) {
            // the searcher holds its own reference to the reader
            try (reader) {
                searcher.close();
            }
        }
    }
}
