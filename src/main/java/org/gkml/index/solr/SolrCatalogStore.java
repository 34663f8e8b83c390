package org.gkml.index.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.Entry;
import org.gkml.index.CatalogFacts;
import org.gkml.index.CatalogStore;
import org.gkml.index.EntryDocuments;
import org.gkml.index.FilterKey;
import org.gkml.index.IndexFields;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The catalog index in a SolrCloud collection made by {@code gkml solr init}, with the embedded store's
 * documents: one per entry (the same stored record as records.jsonl, the same text and key fields), one marker
 * per catalog carrying its content hash and its facts ({@link CatalogFacts}, as the embedded store's marker), and
 * one document holding the last commit's user data (Solr keeps none with a commit).
 *
 * <p>Commit policy. Changes are held here until {@link #commit}, then sent, each catalog's in one update (delete
 * its documents from earlier runs + add its new ones), and made visible by one explicit commit. The collection
 * opens no searcher on its own (no soft autoCommit), so searchers see whole runs or whole checkpoints, never a
 * catalog half-replaced. {@link #rollback} drops what was not yet sent. A run that dies while sending leaves the
 * catalogs sent so far as they were sent, each whole: the next commit (the next run's) shows them, and the next
 * run reads the rest. Solr has no multi-request transaction, so that is the one difference from the embedded
 * store, whose failed run leaves nothing of itself.
 *
 * <p>The delete of a replace removes the catalog's documents written by any other run ({@code run} field), so it
 * cannot hit the documents it arrives with, whichever order Solr applies the two in. Document ids are
 * {@code doc_id} plus the entry's position, so a repeated add overwrites instead of duplicating.
 */
public final class SolrCatalogStore implements CatalogStore {

    static final String TYPE_STATE = "state";
    static final String STATE_ID = "_gkml_state";
    static final String RUN = "run";
    static final String STATE = "state";
    static final String ID = "id";
    /** Catalogs per update request when sending: enough to keep the cluster busy, little enough to hold. */
    private static final int CATALOGS_PER_REQUEST = 50;
    private static final int PAGE = 1000;

    private final SolrTarget solr;
    private final String collection;
    private final boolean ownsTarget;
    /** This store's run: what it writes carries it, and a replace deletes the catalog's documents of other runs. */
    private final String run = UUID.randomUUID().toString();
    private final List<UpdateRequest> pending = new ArrayList<>();

    public SolrCatalogStore(SolrTarget solr, String collection, boolean ownsTarget) {
        if (collection == null || collection.isBlank()) throw new IllegalArgumentException("a Solr collection name is needed, got '" + collection + "'");
        this.solr = solr;
        this.collection = collection;
        this.ownsTarget = ownsTarget;
    }

    /** Connects to {@code spec} (see {@link SolrTarget}) and the collection; closing the store disconnects. */
    public static SolrCatalogStore open(String spec, String collection) throws IOException {
        return new SolrCatalogStore(SolrTarget.connect(spec), collection, true);
    }

    public String collection() {
        return collection;
    }

    /** The entry document's id: its catalog's id and position ('!' would route by prefix in SolrCloud). */
    static String entryId(String docId, int ordinal) {
        return docId.replace("!", "%21") + "#" + ordinal;
    }

    static String markerId(String docId) {
        return docId.replace("!", "%21");
    }

    static String term(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }

    @Override
    public synchronized Map<String, String> versions() throws IOException {
        Map<String, String> versions = new TreeMap<>();
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(term(IndexFields.TYPE, IndexFields.TYPE_CATALOG))
                .setFields(IndexFields.DOC_ID, IndexFields.HASH);
        each(q, d -> versions.put((String) d.getFieldValue(IndexFields.DOC_ID), (String) d.getFieldValue(IndexFields.HASH)));
        return versions;
    }

    @Override
    public synchronized void replace(String docId, String hash, CatalogDocument doc) throws IOException {
        replace(docId, hash, doc, null, null);
    }

    /**
     * {@link #replace(String, String, CatalogDocument)} with the stored records given as they were exported
     * (records.jsonl lines, one per entry in order) instead of serialised from {@code doc}, and the catalog's facts
     * as catalogs.jsonl keeps them (null: the facts of {@code doc}, read now): a collection rebuilt from
     * records.jsonl stores the very lines it was rebuilt from.
     */
    public synchronized void replace(String docId, String hash, CatalogDocument doc, List<String> records, String facts) throws IOException {
        if (docId == null || hash == null || doc == null) throw new IllegalArgumentException("replace needs docId, hash and doc: " + docId);
        if (records != null && records.size() != doc.entries().size()) {
            throw new IllegalArgumentException(docId + ": " + records.size() + " records for " + doc.entries().size() + " entries");
        }
        UpdateRequest u = new UpdateRequest();
        u.deleteByQuery("+" + term(IndexFields.DOC_ID, docId) + " -" + term(RUN, run));
        SolrInputDocument marker = new SolrInputDocument();
        marker.setField(ID, markerId(docId));
        marker.setField(IndexFields.TYPE, IndexFields.TYPE_CATALOG);
        marker.setField(IndexFields.DOC_ID, docId);
        marker.setField(IndexFields.HASH, hash);
        marker.setField(IndexFields.FACTS, facts != null ? facts : CatalogFacts.json(docId, doc, java.time.Instant.now().toString()));
        marker.setField(RUN, run);
        u.add(marker);
        int ordinal = 0;
        for (Entry e : doc.entries()) {
            u.add(entry(docId, doc, e, ordinal, records == null ? null : records.get(ordinal)));
            ordinal++;
        }
        pending.add(u);
    }

    private SolrInputDocument entry(String docId, CatalogDocument doc, Entry e, int ordinal, String record) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ID, entryId(docId, ordinal));
        d.setField(IndexFields.TYPE, IndexFields.TYPE_ENTRY);
        d.setField(IndexFields.DOC_ID, docId);
        d.setField(IndexFields.ORDINAL, ordinal);
        d.setField(RUN, run);
        try {
            d.setField(IndexFields.RECORD, record != null ? record : CatalogJson.MAPPER.writeValueAsString(EntryDocuments.record(docId, doc, e)));
        } catch (JsonProcessingException ex) {
            throw new IOException("cannot serialise an entry of " + docId, ex);
        }
        for (Map.Entry<String, String> t : EntryDocuments.texts(doc, e).entrySet()) {
            d.setField(t.getKey() + IndexFields.WORDS, t.getValue());
            d.setField(t.getKey() + IndexFields.BIGRAMS, t.getValue());
        }
        for (Map.Entry<FilterKey, List<String>> k : EntryDocuments.keys(doc, e).entrySet()) d.setField(k.getKey().field(), k.getValue());
        return d;
    }

    @Override
    public synchronized void delete(String docId) throws IOException {
        UpdateRequest u = new UpdateRequest();
        u.deleteByQuery(term(IndexFields.DOC_ID, docId));
        pending.add(u);
    }

    @Override
    public synchronized void commit(Map<String, String> userData) throws IOException {
        // several catalogs per request; each catalog's delete and adds stay in one request
        UpdateRequest batch = new UpdateRequest();
        int inBatch = 0;
        for (UpdateRequest u : pending) {
            if (u.getDeleteQuery() != null) u.getDeleteQuery().forEach(batch::deleteByQuery);
            if (u.getDocuments() != null) batch.add(u.getDocuments());
            if (++inBatch == CATALOGS_PER_REQUEST) {
                send(batch);
                batch = new UpdateRequest();
                inBatch = 0;
            }
        }
        SolrInputDocument state = new SolrInputDocument();
        state.setField(ID, STATE_ID);
        state.setField(IndexFields.TYPE, TYPE_STATE);
        state.setField(STATE, CatalogJson.MAPPER.writeValueAsString(new TreeMap<>(userData)));
        batch.add(state);
        send(batch);
        pending.clear();
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        send(commit);
    }

    private void send(UpdateRequest u) throws IOException {
        solr.request(u, collection);
    }

    @Override
    public synchronized Map<String, String> lastCommitData() throws IOException {
        SolrQuery q = new SolrQuery(term(ID, STATE_ID)).setFields(STATE).setRows(1);
        QueryResponse r = solr.request(new QueryRequest(q), collection);
        if (r.getResults().isEmpty()) return Map.of();
        String json = (String) r.getResults().get(0).getFieldValue(STATE);
        return Map.copyOf(CatalogJson.MAPPER.readValue(json, new TypeReference<Map<String, String>>() {
        }));
    }

    @Override
    public synchronized void writeCatalogs(Writer out) throws IOException {
        // one line per catalog, held whole to be written in document order (the cursor pages in id order)
        Map<String, String> facts = new TreeMap<>();
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(term(IndexFields.TYPE, IndexFields.TYPE_CATALOG))
                .setFields(IndexFields.DOC_ID, IndexFields.FACTS);
        each(q, d -> {
            // a marker written by a gkml that kept no facts has none: that catalog's come from the run reports
            if (d.getFieldValue(IndexFields.FACTS) instanceof String json) facts.put((String) d.getFieldValue(IndexFields.DOC_ID), json);
        });
        for (String json : facts.values()) {
            out.write(json);
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public synchronized <E extends Exception> void forEachRecord(RecordVisitor<E> visitor) throws IOException, E {
        // one pass over every entry in document order, paged with a cursor: memory holds a page, not the collection
        eachEntry(new SolrQuery("*:*"), visitor);
    }

    /** A query per document: the collection has no reader to hold open. */
    @Override
    public Records records() {
        return new Records() {
            @Override
            public <E extends Exception> void forEachRecord(String docId, RecordVisitor<E> visitor) throws IOException, E {
                synchronized (SolrCatalogStore.this) {
                    eachEntry(new SolrQuery(term(IndexFields.DOC_ID, docId)), visitor);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private <E extends Exception> void eachEntry(SolrQuery q, RecordVisitor<E> visitor) throws IOException, E {
        q.addFilterQuery(term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)).setFields(IndexFields.RECORD);
        q.addSort(IndexFields.DOC_ID, SolrQuery.ORDER.asc).addSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
        each(q, d -> visitor.record((String) d.getFieldValue(IndexFields.RECORD)));
    }

    interface Visitor<E extends Exception> {
        void visit(SolrDocument d) throws IOException, E;
    }

    private <E extends Exception> void each(SolrQuery q, Visitor<E> visitor) throws IOException, E {
        each(solr, collection, q, visitor);
    }

    /** Visits every document {@code q} matches in its order, a page at a time (a cursor wants the unique key last). */
    static <E extends Exception> void each(SolrTarget solr, String collection, SolrQuery q, Visitor<E> visitor) throws IOException, E {
        q.setRows(PAGE).addSort(ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.request(new QueryRequest(q), collection);
            for (SolrDocument d : r.getResults()) visitor.visit(d);
            String nextCursor = r.getNextCursorMark();
            if (nextCursor == null || nextCursor.equals(cursor)) return;
            cursor = nextCursor;
        }
    }

    @Override
    public synchronized long recordCount() throws IOException {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(term(IndexFields.TYPE, IndexFields.TYPE_ENTRY)).setRows(0);
        return solr.request(new QueryRequest(q), collection).getResults().getNumFound();
    }

    @Override
    public synchronized void rollback() {
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        if (ownsTarget) solr.close();
    }
}
