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

/**
 * The matching part of a text search alone, over an index kept by {@code scripts/bench-scale.sh} ({@code KEEP=DIR}):
 * for the judged texts, the search thread's CPU time to collect the best 120 with the whole query, with the first
 * pass ({@link CheapQuery}), and to count the matches alone (what exact totals and facet counts cost at least).
 * No highlighting, stored records, facets or second pass: the rest of a search is what {@code ScaleBenchmark}
 * measures beyond these. Run (test classpath): {@code java -Xmx512m -cp … org.gkml.index.FirstPassBench DATA [ROUNDS]}.
 */
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
            // each twice: the second figures are the warmer ones
            for (String form : List.of("whole", "first pass", "count", "whole", "first pass", "count")) {
                Query[] qs = new Query[texts.size()];
                for (int i = 0; i < qs.length; i++) {
                    Query whole = s.rewrite(builder.build(texts.get(i)));
                    qs[i] = new ReusedWeightQuery(form.equals("whole") ? whole : s.rewrite(CheapQuery.of(whole)), s);
                }
                boolean count = form.equals("count");
                for (Query q : qs) s.search(q, new TopScoreDocCollectorManager(120, Integer.MAX_VALUE));
                long[] cpu = new long[qs.length * rounds];
                int k = 0;
                long matches = 0;
                for (int r = 0; r < rounds; r++) {
                    for (Query q : qs) {
                        long c = threads.getCurrentThreadCpuTime();
                        matches += count ? s.count(q) : s.search(q, new TopScoreDocCollectorManager(120, Integer.MAX_VALUE)).totalHits.value;
                        cpu[k++] = threads.getCurrentThreadCpuTime() - c;
                    }
                }
                Arrays.sort(cpu);
                System.out.printf("%-12s %4d searches: CPU p50 %6.2f ms, p99 %6.2f ms, mean %6.2f ms (mean matches %,d)%n", form, cpu.length,
                        cpu[cpu.length / 2] / 1e6, cpu[Math.min(cpu.length - 1, (int) Math.ceil(0.99 * cpu.length) - 1)] / 1e6,
                        Arrays.stream(cpu).average().orElse(0) / 1e6, matches / cpu.length);
            }
        }
    }
}
