package org.gkml.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.CatalogSimilarity;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Temporary: the first pass alone (top 120 collected, every match scored) in each form, search thread CPU. */
public class FirstPassBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args.length > 1 ? args[1] : "3");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CatalogQueryBuilder builder = new CatalogQueryBuilder(Synonyms.of(Mappings.builtIn()));
        List<String> texts = org.gkml.bench.ScaleBenchmark.judged().stream().map(j -> j.query()).distinct().toList();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(LuceneCatalogStore.indexDir(data)))) {
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new CatalogSimilarity());
            for (String spec : List.of("whole", "fields", "all", "all+names", "fields", "all", "count:fields", "count:all", "count:fields", "count:all")) {
                boolean count = spec.startsWith("count:");
                String mode = count ? spec.substring(6) : spec;
                Query[] qs = new Query[texts.size()];
                for (int i = 0; i < qs.length; i++) {
                    Query r = s.rewrite(builder.build(texts.get(i)));
                    Query q = mode.equals("whole") ? r : s.rewrite(CheapQuery.of(r, mode));
                    qs[i] = new ReusedWeightQuery(q, s);
                }
                for (Query q : qs) s.search(q, new TopScoreDocCollectorManager(120, Integer.MAX_VALUE));
                long[] cpu = new long[qs.length * rounds];
                int k = 0;
                long matches = 0;
                for (int r = 0; r < rounds; r++) for (Query q : qs) {
                    long c = threads.getCurrentThreadCpuTime();
                    matches += count ? s.count(q) : s.search(q, new TopScoreDocCollectorManager(120, Integer.MAX_VALUE)).totalHits.value;
                    cpu[k++] = threads.getCurrentThreadCpuTime() - c;
                }
                Arrays.sort(cpu);
                System.out.printf("%-14s CPU p50 %6.2f ms p99 %6.2f ms mean %6.2f (mean matches %,d)%n", spec, cpu[cpu.length / 2] / 1e6,
                        cpu[Math.min(cpu.length - 1, (int) Math.ceil(0.99 * cpu.length) - 1)] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6, matches / cpu.length);
            }
        }
    }
}
