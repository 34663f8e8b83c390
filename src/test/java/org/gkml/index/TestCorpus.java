package org.gkml.index;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJsonReader;

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

    static List<CatalogDocument> documents() throws IOException {
        Path gold = Path.of(System.getProperty("gkml.shared", "../shared"), "gold");
        List<CatalogDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) docs.add(CatalogJsonReader.read(f));
        }
        if (docs.isEmpty()) throw new IllegalStateException("no catalogs found in " + gold);
        return docs;
    }

    /** Indexes the corpus into {@code dataDir} and returns the number of catalogs. */
    static int index(Path dataDir) throws IOException {
        List<CatalogDocument> docs = documents();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dataDir)) {
            for (CatalogDocument d : docs) store.replace(d.source(), "test", d);
            store.commit(java.util.Map.of());
        }
        return docs.size();
    }
}
