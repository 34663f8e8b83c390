package org.gkml.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
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
import java.util.Set;
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

    /**
     * Memory for documents not yet flushed to a segment (Lucene's default is 16 MB). Larger flushed segments mean
     * fewer of them to merge, which at a province's size (a million entries) is a good part of indexing; it fits a
     * 512 MB heap beside HanLP's dictionaries and the analysis memory.
     */
    static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final FacetsConfig facetsConfig = EntryDocuments.facetsConfig();
    private IndexWriter writer;
    /**
     * The index format of the last commit when it is not {@link IndexFields#FORMAT} ("" for none) and the index holds
     * documents; null when the index is current. Until the next commit the store reads as empty and every committed
     * document is deleted, so an ingest reads every file again and its commit replaces the old layout whole.
     */
    private String staleFormat;

    private LuceneCatalogStore(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = newWriter();
    }

    /**
     * Opens the index at {@code dataDir/index}, creating an empty committed index if there is none. An index written
     * in another layout is rebuilt: see {@link #rebuilding()}.
     */
    public static LuceneCatalogStore open(Path dataDir) throws IOException {
        Path dir = indexDir(dataDir);
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            LuceneCatalogStore store = new LuceneCatalogStore(directory);
            if (!DirectoryReader.indexExists(directory)) store.commit(Map.of());
            else store.checkFormat();
            return store;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private void checkFormat() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String format = reader.getIndexCommit().getUserData().get(IndexFields.FORMAT_KEY);
            staleFormat = reader.maxDoc() > 0 && !IndexFields.FORMAT.equals(format) ? (format == null ? "" : format) : null;
        }
        if (staleFormat != null) writer.deleteAll();
    }

    /**
     * The index format of the committed index when this store is rebuilding it ("" when it names none: an older
     * gkml), or null. While rebuilding, {@link #versions()} is empty and the next commit holds only what was added
     * since; the old index stands until then.
     */
    @Override
    public String rebuilding() {
        return staleFormat;
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CatalogAnalyzers.forIndexing());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // Closing without commit() must drop pending changes: only commit() makes them visible.
        config.setCommitOnClose(false);
        config.setSimilarity(new CatalogSimilarity());
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        // A commit does not wait for merges of its small segments (Lucene's default waits up to 500 ms, and whether
        // they made it then depended on the machine's load): merges run on their own threads, and a run's end waits
        // for them and commits them (finishMerges).
        config.setMaxFullFlushMergeWaitMillis(0);
        return new IndexWriter(directory, config);
    }

    @Override
    public Map<String, String> versions() throws IOException {
        if (staleFormat != null) return Map.of();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return versions(new IndexSearcher(reader));
        }
    }

    /** A catalog marker's id and hash, without its facts. */
    private static final Set<String> VERSION_FIELDS = Set.of(IndexFields.DOC_ID, IndexFields.HASH);

    private static Map<String, String> versions(IndexSearcher searcher) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        StoredFields stored = searcher.storedFields();
        for (int doc : withTerm(searcher, new Term(IndexFields.TYPE, IndexFields.TYPE_CATALOG))) {
            Document d = stored.document(doc, VERSION_FIELDS);
            versions.put(d.get(IndexFields.DOC_ID), d.get(IndexFields.HASH));
        }
        return versions;
    }

    @Override
    public void replace(String docId, String hash, CatalogDocument doc) throws IOException {
        if (docId == null || hash == null || doc == null) throw new IllegalArgumentException("replace needs docId, hash and doc: " + docId);
        writer.updateDocuments(new Term(IndexFields.DOC_ID, docId),
                EntryDocuments.build(docId, hash, doc, java.time.Instant.now().toString(), facetsConfig));
    }

    @Override
    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.DOC_ID, docId));
    }

    @Override
    public void commit(Map<String, String> userData) throws IOException {
        if (userData.containsKey(IndexFields.FORMAT_KEY)) throw new IllegalArgumentException("the store writes " + IndexFields.FORMAT_KEY + " itself: " + userData);
        Map<String, String> data = new TreeMap<>(userData);
        data.put(IndexFields.FORMAT_KEY, IndexFields.FORMAT);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        staleFormat = null;
    }

    /**
     * A commit starts the merges the merge policy picks, on threads of their own; closing the writer without a commit
     * (commitOnClose is off, so that only a commit shows changes) aborts them. A re-run that committed a few
     * documents and closed ended every merge that way, after it had cost the CPU it had so far, so an index kept up to
     * date by re-runs only ever grew segments (two per run). Here they finish and their result is committed.
     */
    @Override
    public void finishMerges() throws IOException {
        // the merge threads take on merges picked after one finishes too (a cascade) before they end
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler threads) threads.sync();
        if (writer.hasUncommittedChanges()) writer.commit();   // the live commit data stays that of the last commit
    }

    /**
     * The commit's segments file (its generation) with its user data (the run's start time and checkpoint): a
     * generation alone starts again at 1 in an index folder deleted and written anew. Null while rebuilding.
     */
    @Override
    public String commitName() throws IOException {
        if (staleFormat != null) return null;
        // the commit point alone (the segments file), without opening the segments as a reader would
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        return commit.getSegmentsFileName() + " " + new TreeMap<>(commit.getUserData());
    }

    /** The commit's user data as given to {@link #commit}, without the store's own format key. */
    @Override
    public Map<String, String> lastCommitData() throws IOException {
        Map<String, String> data = new TreeMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
        data.remove(IndexFields.FORMAT_KEY);
        return Map.copyOf(data);
    }

    @Override
    public <E extends Exception> void forEachRecord(RecordVisitor<E> visitor) throws IOException, E {
        if (staleFormat != null) return;
        // one document at a time, so memory holds one document's records, not the index's
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String docId : versions(searcher).keySet()) forEachRecord(searcher, docId, visitor);
        }
    }

    @Override
    public Records records() throws IOException {
        DirectoryReader reader = staleFormat != null ? null : DirectoryReader.open(directory);
        IndexSearcher searcher = reader == null ? null : new IndexSearcher(reader);
        return new Records() {
            @Override
            public <E extends Exception> void forEachRecord(String docId, RecordVisitor<E> visitor) throws IOException, E {
                if (searcher != null) LuceneCatalogStore.forEachRecord(searcher, docId, visitor);
            }

            @Override
            public String facts(String docId) throws IOException {
                if (searcher == null) return null;
                StoredFields stored = searcher.storedFields();
                for (int doc : withTerm(searcher, new Term(IndexFields.DOC_ID, docId))) {
                    Document d = stored.document(doc, FACT_FIELDS);
                    String json = d.get(IndexFields.FACTS);
                    if (json != null) return json;
                }
                return null;
            }

            @Override
            public long recordCount() throws IOException {
                return searcher == null ? 0 : searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)));
            }

            @Override
            public void close() throws IOException {
                if (reader != null) reader.close();
            }
        };
    }

    /** What a catalog's line in catalogs.jsonl is made of. */
    private static final Set<String> FACT_FIELDS = Set.of(IndexFields.DOC_ID, IndexFields.FACTS);

    /** Only what a record line is made of: the entry documents also store their texts for snippets. */
    private static final Set<String> RECORD_FIELDS = Set.of(IndexFields.RECORD, IndexFields.ORDINAL);

    private static <E extends Exception> void forEachRecord(IndexSearcher searcher, String docId, RecordVisitor<E> visitor) throws IOException, E {
        record Stored(int ordinal, String json) {
        }
        List<Stored> records = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int doc : withTerm(searcher, new Term(IndexFields.DOC_ID, docId))) {
            Document d = stored.document(doc, RECORD_FIELDS);
            String json = d.get(IndexFields.RECORD);
            if (json != null) records.add(new Stored(d.getField(IndexFields.ORDINAL).numericValue().intValue(), json)); // not the catalog marker
        }
        records.sort(Comparator.comparingInt(Stored::ordinal));
        for (Stored r : records) visitor.record(r.json());
    }

    /**
     * The live documents holding a term, in index order, read from the postings: a search for "all hits" sized its
     * priority queue by the index (a million slots allocated and sorted per call), once per document written to
     * records.jsonl, which made writing it grow with the square of the index.
     */
    private static List<Integer> withTerm(IndexSearcher searcher, Term term) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) docs.add(leaf.docBase + d);
            }
        }
        return docs;
    }

    @Override
    public void writeCatalogs(Writer out) throws IOException {
        if (staleFormat != null) return;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            Map<String, String> facts = new TreeMap<>();
            for (int doc : withTerm(searcher, new Term(IndexFields.TYPE, IndexFields.TYPE_CATALOG))) {
                Document d = stored.document(doc, FACT_FIELDS);
                String json = d.get(IndexFields.FACTS);
                if (json != null) facts.put(d.get(IndexFields.DOC_ID), json);
            }
            for (String json : facts.values()) {
                out.write(json);
                out.write('\n');
            }
        }
        out.flush();
    }

    @Override
    public long recordCount() throws IOException {
        if (staleFormat != null) return 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)));
        }
    }

    @Override
    public void rollback() throws IOException {
        // IndexWriter.rollback closes the writer; the store stays usable with a fresh one on the last commit.
        writer.rollback();
        writer = newWriter();
        if (staleFormat != null) writer.deleteAll();
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
