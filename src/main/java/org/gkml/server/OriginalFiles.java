package org.gkml.server;

import org.gkml.catalog.CatalogDocument;
import org.gkml.ingest.ContentHash;
import org.gkml.ingest.GuardedReader;
import org.gkml.pipeline.CatalogReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The original files behind indexed catalogs. A file is found only through the index (its id there is its path),
 * never through anything a client sends, and is served only while its bytes are the ones that were ingested.
 */
final class OriginalFiles implements AutoCloseable {

    private static final int CACHED = 32;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, CatalogDocument> read = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CatalogDocument> eldest) {
            return size() > CACHED;
        }
    };
    private GuardedReader reader;
    private final org.gkml.vocabulary.Mappings mappings;

    /** @param mappings what a catalog is read again with: the mappings it was ingested with */
    OriginalFiles(org.gkml.vocabulary.Mappings mappings) {
        this.mappings = mappings;
    }

    /** The file as ingested; 404 when it is gone, 409 when it changed since (the index describes the old bytes). */
    Path file(IndexView.Catalog c) throws IOException {
        Path p = Path.of(c.docId());
        if (!Files.isRegularFile(p)) {
            throw ApiException.notFound("the original file of catalog " + c.id() + " is no longer where it was ingested from");
        }
        if (!ContentHash.of(p).equals(c.hash())) {
            throw new ApiException(409, "the original file of catalog " + c.id() + " changed since it was ingested; the next ingest will catch up");
        }
        return p;
    }

    /** The catalog read again from its file, as {@code gkml extract} prints it; one read at a time, recent ones kept. */
    synchronized CatalogDocument catalog(IndexView.Catalog c) throws IOException {
        String key = c.docId() + "\n" + c.hash();
        CatalogDocument doc = read.get(key);
        if (doc != null) return doc;
        Path p = file(c);
        if (reader == null) reader = new GuardedReader(() -> new CatalogReader(mappings)::read, READ_TIMEOUT);
        GuardedReader.Outcome outcome = reader.read(p, p.toString());
        if (!outcome.ok()) {
            throw new ApiException(502, "catalog " + c.id() + " could not be read again: " + outcome.failure().kind() + ": " + outcome.failure().reason());
        }
        read.put(key, outcome.document());
        return outcome.document();
    }

    @Override
    public synchronized void close() {
        if (reader != null) reader.close();
    }
}
