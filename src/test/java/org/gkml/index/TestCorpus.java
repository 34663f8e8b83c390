package org.gkml.index;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.UnreadableFileException;
import org.gkml.pipeline.CatalogReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus as catalog documents, indexed once into a data folder for search tests. */
final class TestCorpus {

    private TestCorpus() {
    }

    /** corpus/*.txt read by the real pipeline, as `gkml ingest` would read them. */
    static List<CatalogDocument> documents() throws IOException, UnreadableFileException {
        Path corpus = Path.of("corpus");
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        List<CatalogDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                docs.add(reader.read(f));
            }
        }
        if (docs.isEmpty()) throw new IllegalStateException("no catalogs found in " + corpus.toAbsolutePath());
        return docs;
    }

    /** Indexes the corpus into {@code dataDir} and returns the number of catalogs. */
    static int index(Path dataDir) throws IOException, UnreadableFileException {
        List<CatalogDocument> docs = documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dataDir)) {
            for (CatalogDocument d : docs) store.replace(d.source(), "test", d);
            store.commit(java.util.Map.of());
        }
        return docs.size();
    }
}
