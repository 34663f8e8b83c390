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

    /**
     * Writes every committed record (one JSON object per entry, schema keys plus source/agency/region) as JSON
     * Lines, ordered by document id, then entry order.
     */
    void writeRecords(java.io.Writer out) throws IOException;

    /** Writes the committed records of one document, in entry order; nothing when it has none. */
    void writeRecords(String docId, java.io.Writer out) throws IOException;

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
}
