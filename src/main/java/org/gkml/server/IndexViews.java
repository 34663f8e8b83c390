package org.gkml.server;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.analysis.Synonyms;
import org.gkml.index.solr.SolrCatalogSearcher;
import org.gkml.index.solr.SolrCatalogs;
import org.gkml.index.solr.SolrTarget;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Lucene's {@link ReferenceManager} over {@link IndexView}s: requests {@link #acquire} the current view and
 * {@link #release} it; {@link #maybeRefresh} opens a new view when an ingest has committed since, and the old one
 * closes when its last request ends. So the server sees a nightly ingest's commits without a restart, and a request
 * never sees half of one.
 */
final class IndexViews extends ReferenceManager<IndexView> {

    /** Where views come from: the store's current commit generation, a view of it, and what to close at the end. */
    private interface Source extends Closeable {
        long generation() throws IOException;

        IndexView open() throws IOException;
    }

    private final Source source;

    private IndexViews(Source source, IndexView first) {
        this.source = source;
        this.current = first;
    }

    /** Opens the data folder's index; fails with {@link org.gkml.index.IndexMissingException} when nothing was ingested. */
    static IndexViews open(Path dataDir, Synonyms synonyms) throws IOException {
        // Opening the searcher first gives the same clear "run gkml ingest first" error as `gkml search`.
        CatalogSearcher.open(dataDir, synonyms).close();
        Directory directory = FSDirectory.open(LuceneIndexView.indexDir(dataDir));
        Source source = new Source() {
            @Override
            public long generation() throws IOException {
                return SegmentInfos.getLastCommitGeneration(directory);
            }

            @Override
            public IndexView open() throws IOException {
                return LuceneIndexView.open(dataDir, directory, synonyms);
            }

            @Override
            public void close() throws IOException {
                directory.close();
            }
        };
        return start(source);
    }

    /**
     * Opens a SolrCloud collection ({@code spec}: ZooKeeper hosts or Solr URLs); fails with an IOException naming the
     * cluster when it cannot be reached or has no such collection. {@link SolrCatalogs.State} says what the generation is.
     */
    static IndexViews solr(String spec, String collection) throws IOException {
        SolrTarget target = SolrTarget.connect(spec);
        SolrCatalogs catalogs = new SolrCatalogs(target, collection);
        SolrCatalogSearcher searcher = new SolrCatalogSearcher(target, collection, false);
        Source source = new Source() {
            @Override
            public long generation() throws IOException {
                return catalogs.state().generation();
            }

            @Override
            public IndexView open() throws IOException {
                return SolrIndexView.open(catalogs, searcher);
            }

            @Override
            public void close() throws IOException {
                target.close();
            }
        };
        return start(source);
    }

    private static IndexViews start(Source source) throws IOException {
        try {
            return new IndexViews(source, source.open());
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override
    protected void decRef(IndexView view) throws IOException {
        view.decRef();
    }

    @Override
    protected IndexView refreshIfNeeded(IndexView current) throws IOException {
        if (source.generation() == current.generation()) return null;
        return source.open();
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
        source.close();
    }
}
