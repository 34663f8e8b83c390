package org.gkml.server;

import org.gkml.index.analysis.Synonyms;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gkml.index.CatalogSearcher;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Lucene's {@link ReferenceManager} over {@link IndexView}s: requests {@link #acquire} the current view and
 * {@link #release} it; {@link #maybeRefresh} opens a new view when an ingest has committed since, and the old one
 * closes when its last request ends. So the server sees a nightly ingest's commits without a restart, and a request
 * never sees half of one.
 */
final class IndexViews extends ReferenceManager<IndexView> {

    private final Path dataDir;
    private final Directory directory;
    private final Synonyms synonyms;

    private IndexViews(Path dataDir, Directory directory, Synonyms synonyms, IndexView first) {
        this.dataDir = dataDir;
        this.directory = directory;
        this.synonyms = synonyms;
        this.current = first;
    }

    /** Opens the data folder's index; fails with {@link org.gkml.index.IndexMissingException} when nothing was ingested. */
    static IndexViews open(Path dataDir, Synonyms synonyms) throws IOException {
        // Opening the searcher first gives the same clear "run gkml ingest first" error as `gkml search`.
        CatalogSearcher.open(dataDir, synonyms).close();
        Directory directory = FSDirectory.open(IndexView.indexDir(dataDir));
        try {
            return new IndexViews(dataDir, directory, synonyms, IndexView.open(dataDir, directory, synonyms));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    protected void decRef(IndexView view) throws IOException {
        view.decRef();
    }

    @Override
    protected IndexView refreshIfNeeded(IndexView current) throws IOException {
        if (SegmentInfos.getLastCommitGeneration(directory) == current.generation()) return null;
        return IndexView.open(dataDir, directory, synonyms);
    }

    @Override
    protected boolean tryIncRef(IndexView view) {
        return view.tryIncRef();
    }

    @Override
    protected int getRefCount(IndexView view) {
        return view.refCount();
    }

    @Override
    protected void afterClose() throws IOException {
        directory.close();
    }
}
