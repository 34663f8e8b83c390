package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One commit of the index as the server answers from it: its searcher, and its catalogs and entries by id. The
 * embedded index ({@link LuceneIndexView}) and a SolrCloud collection ({@link SolrIndexView}) each give the same
 * answers through it. Reference-counted by {@link IndexViews}; closed when the last request using it ends after a
 * newer commit replaced it.
 */
abstract class IndexView {

    /** A catalog in the index: its API id, index id (the file's path), content hash and entry count. */
    record Catalog(String id, String docId, String hash, int entries) {
    }

    /** One entry: its position in the catalog and its stored record. */
    record StoredEntry(int ordinal, ObjectNode record) {
    }

    private static final int CACHED_CATALOGS = 1024;
    private static final int CACHED_ANSWERS = 512;

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

    /** @param catalogs every catalog of the commit, in index order */
    protected IndexView(List<Catalog> catalogs, long entryCount) {
        Map<String, Catalog> byId = new LinkedHashMap<>();
        for (Catalog c : catalogs) byId.put(c.id(), c);
        this.catalogs = Collections.unmodifiableMap(byId);
        this.entryCount = entryCount;
    }

    /** Stands for the commit: a newer commit has another. */
    abstract long generation();

    abstract SearchResult search(SearchRequest request) throws IOException;

    abstract List<SearchResult.FacetCount> values(String key, int max) throws IOException;

    /** The catalog's first {@code n} entries, in order. */
    protected abstract List<StoredEntry> entries(Catalog c, int n) throws IOException;

    /** The user data stored with the commit (for a collection: its state document); ingest names its run there. */
    abstract Map<String, String> commitData();

    /** Adds what {@code GET /api/health} says about the store beside the counts. */
    abstract void describe(ObjectNode index);

    /** Frees what the view holds, once no request uses it. */
    protected abstract void free() throws IOException;

    int documents() {
        return catalogs.size();
    }

    long entries() {
        return entryCount;
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

    /** The catalog's entries in order. */
    List<StoredEntry> entries(Catalog c) throws IOException {
        return entries(c, Math.max(1, c.entries()));
    }

    /** The catalog's first entry, or null when it has none. */
    StoredEntry firstEntry(Catalog c) throws IOException {
        List<StoredEntry> first = c.entries() == 0 ? List.of() : entries(c, 1);
        return first.isEmpty() ? null : first.get(0);
    }

    /**
     * The position of a hit's record in its catalog, or -1 when the record is not (or no longer) there: for a hit
     * that came without its position. Records are compared as the one mapper writes them.
     */
    int ordinalOf(ObjectNode record) throws IOException {
        Catalog c = catalogOfDoc(record.path("doc_id").asText(null));
        if (c == null) return -1;
        Map<String, Integer> byRecord = ordinals.get(c.id());
        if (byRecord == null) {
            byRecord = new HashMap<>();
            for (StoredEntry e : entries(c)) byRecord.putIfAbsent(CatalogJson.MAPPER.writeValueAsString(e.record()), e.ordinal());
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
        if (refs.decrementAndGet() == 0) free();
    }
}
