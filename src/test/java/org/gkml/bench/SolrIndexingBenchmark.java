package org.gkml.bench;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.gkml.catalog.CatalogDocument;
import org.gkml.index.CatalogStore;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.index.solr.SolrCatalogStore;
import org.gkml.index.solr.SolrCollections;
import org.gkml.index.solr.SolrTarget;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Indexing rate of the two stores for README's figures (not a test: nothing is asserted). The seed catalogs,
 * read once, are stored N times under different ids into the embedded index and into a 2-shard × 2-replica
 * collection on an in-process 2-node MiniSolrCloudCluster, committing every 500 catalogs as ingest does. Reading
 * files is left out: it costs the same for both stores.
 * Run: mvn test -Dtest=SolrIndexingBenchmark -Dgkml.solr.bench=200   (copies of the corpus)
 */
@Tag("solr")
@EnabledIfSystemProperty(named = "gkml.solr.bench", matches = "\\d+")
class SolrIndexingBenchmark {

    @TempDir
    Path tmp;

    @Test
    void indexingRate() throws Exception {
        int copies = Integer.parseInt(System.getProperty("gkml.solr.bench"));
        List<CatalogDocument> docs = new ArrayList<>();
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) docs.add(reader.read(f));
        }
        long entries = (long) copies * docs.stream().mapToInt(d -> d.entries().size()).sum();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(tmp.resolve("embedded"))) {
            report("embedded Lucene index", copies, docs, entries, store);
        }
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).configure();
        try (SolrTarget solr = SolrTarget.connect(cluster.getZkServer().getZkAddress())) {
            SolrCollections.init(solr, Mappings.builtIn(), "bench", "gkml-bench", 2, 2);
            cluster.waitForActiveCollection("bench", 2, 4);
            try (SolrCatalogStore store = new SolrCatalogStore(solr, "bench", false)) {
                report("SolrCloud, 2 nodes, 2 shards x 2 replicas", copies, docs, entries, store);
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static void report(String what, int copies, List<CatalogDocument> docs, long entries, CatalogStore store) throws Exception {
        long t0 = System.nanoTime();
        int n = 0;
        for (int c = 0; c < copies; c++) {
            for (CatalogDocument d : docs) {
                store.replace("copy" + c + "/" + d.source(), "h", d);
                if (++n % 500 == 0) store.commit(Map.of());
            }
        }
        store.commit(Map.of());
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-45s %6d catalogs %8d entries %7.1f s %8.0f entries/s%n", what, n, entries, s, entries / s);
        if (store.recordCount() != entries) throw new IllegalStateException(what + ": " + store.recordCount() + " records, expected " + entries);
    }
}
