package org.gkml.index;

import org.gkml.catalog.CatalogDocument;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * The index as the ingest stage sees it. A document's identity is its path (as given to ingest, normalised);
 * its version is its content hash. Changes become visible to searchers only at {@link #commit}, all at once.
 */
public interface CatalogStore extends Closeable {

    /** Committed documents: id → content hash. */
    Map<String, String> versions() throws IOException;

    /** Removes the records of {@code docId} (if any) and adds those of {@code doc}; visible after commit. */
    void replace(String docId, String hash, CatalogDocument doc) throws IOException;

    /** Removes the records of {@code docId}; visible after commit. */
    void delete(String docId) throws IOException;

    /** Makes every change since the last commit visible at once, with {@code userData} stored in the commit. */
    void commit(Map<String, String> userData) throws IOException;

    /** Takes committed records, one JSON object (without a line end) at a time; may throw its own checked exception. */
    @FunctionalInterface
    interface RecordVisitor<E extends Exception> {
        void record(String json) throws IOException, E;
    }

    /**
     * Hands every committed record (one JSON object per entry, schema keys plus source/agency/region) to {@code visitor},
     * ordered by document id, then entry order: the lines of records.jsonl. What the visitor throws comes out as it is.
     */
    <E extends Exception> void forEachRecord(RecordVisitor<E> visitor) throws IOException, E;

    /** Writes every committed record as JSON Lines, in {@link #forEachRecord} order. */
    default void writeRecords(java.io.Writer out) throws IOException {
        forEachRecord(json -> {
            out.write(json);
            out.write('\n');
        });
        out.flush();
    }

    /**
     * The committed records as of this call, for looking up several documents' records through one view of the
     * index (a Lucene reader opened once, not once per document). Close it when done.
     */
    Records records() throws IOException;

    /** See {@link #records()}. */
    interface Records extends Closeable {
        /** Hands the records of one document to {@code visitor}, in entry order; none when it has none. */
        <E extends Exception> void forEachRecord(String docId, RecordVisitor<E> visitor) throws IOException, E;

        /**
         * The committed facts of one catalog, the line {@link #writeCatalogs} writes for it, or null when it has
         * none (no such catalog, or a marker that keeps none). A store that cannot look them up one by one throws
         * UnsupportedOperationException (then catalogs.jsonl is written whole).
         */
        default String facts(String docId) throws IOException {
            throw new UnsupportedOperationException("no facts by document");
        }

        /** {@link CatalogStore#recordCount()} as of this view, or -1 when the view cannot count them. */
        default long recordCount() throws IOException {
            return -1;
        }
    }

    /**
     * Writes the committed facts of every catalog ({@link CatalogFacts}: one JSON object per line, ordered by
     * document id), as its marker keeps them; a catalog whose marker has none (written by a gkml that kept none) is
     * left out. A store that keeps no facts writes none.
     */
    default void writeCatalogs(java.io.Writer out) throws IOException {
        out.flush();
    }

    /** How many records (entries) are committed in all. */
    long recordCount() throws IOException;

    /**
     * A name for the last commit, or null when the store has none to give: two equal names mean the same committed
     * documents, so what was learnt of the index at one (its {@link #versions()}) still holds at the other.
     */
    default String commitName() throws IOException {
        return null;
    }

    /** The user data stored with the last commit; empty when nothing was ever committed. */
    Map<String, String> lastCommitData() throws IOException;

    /**
     * Non-null when the committed index was written in a layout this gkml no longer reads (the old format's name, ""
     * when unnamed): the store then reads as empty, so that every file is read again, until the next commit.
     */
    default String rebuilding() {
        return null;
    }

    /** Drops every change since the last commit. */
    void rollback() throws IOException;

    /**
     * Waits for the merges the last commit started and commits what they merged: the same documents with the same
     * user data, in fewer segments. For a run's end (its writer then closes, which would drop merges under way). A
     * store that merges on its own does nothing.
     */
    default void finishMerges() throws IOException {
    }
}
