package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one fresh {@code /api/search} costs its thread, part by part (not a test: run by hand over the index
 * {@link ServeBenchmark} builds): the search the server asks for, the JSON built from it, and beside them the search
 * {@code gkml search} asks for with the same page size. Thread CPU, so the figures hold on a loaded machine.
 * <p>
 * Run: java -cp target/test-classes:target/classes:$(deps) org.gkml.server.ServePathBench [DATA_DIR [ROUNDS [one-character]]]
 * (the last: the one-character texts instead of the others)
 */
public final class ServePathBench {

    private ServePathBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/gkml-serve-bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> queries = new ArrayList<>(ServeBenchmark.QUERIES);
        if (args.length > 2 && args[2].equals("one-character")) queries = ServeBenchmark.ONE_CHARACTER;
        try (IndexViews views = IndexViews.open(data, Synonyms.of(Mappings.builtIn()))) {
            IndexView v = views.acquire();
            try {
                int n = queries.size() * rounds;
                long[] search = new long[n], json = new long[n], cli = new long[n], page3 = new long[n];
                for (int warm = 0; warm < 3; warm++) {
                    for (String q : queries) once(v, q, cpu, new long[1], new long[1], new long[1], new long[1], 0);
                }
                int i = 0;
                for (int r = 0; r < rounds; r++) {
                    for (String q : queries) once(v, q, cpu, search, json, cli, page3, i++);
                }
                System.out.printf("%d queries × %d rounds, thread CPU per request (ms): p50 / mean / p90%n", queries.size(), rounds);
                print("serve: search", search);
                print("serve: JSON", json);
                print("gkml search (limit 20)", cli);
                print("serve: page 3, with JSON", page3);
                for (String q : queries) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    SearchParams p = SearchParams.parse(Map.of("q", List.of(q)));
                    SearchResult res = v.search(p.request());
                    CatalogJson.MAPPER.writeValueAsBytes(ApiJson.search(p, res, v));
                    System.out.printf("  %-8s %6.1f ms, %d hits, total %d%n", q, (cpu.getCurrentThreadCpuTime() - t0) / 1e6, res.hits().size(), res.totalHits());
                }
            } finally {
                views.release(v);
            }
        }
    }

    private static void once(IndexView v, String q, ThreadMXBean cpu, long[] search, long[] json, long[] cli, long[] page3, int i)
            throws Exception {
        SearchParams p = SearchParams.parse(Map.of("q", List.of(q)));
        long t0 = cpu.getCurrentThreadCpuTime();
        SearchResult r = v.search(p.request());
        long t1 = cpu.getCurrentThreadCpuTime();
        ObjectNode o = ApiJson.search(p, r, v);
        CatalogJson.MAPPER.writeValueAsBytes(o);
        long t2 = cpu.getCurrentThreadCpuTime();
        v.search(new SearchRequest(q, Map.of(), p.limit(), null, true));
        long t3 = cpu.getCurrentThreadCpuTime();
        SearchParams third = SearchParams.parse(Map.of("q", List.of(q), "offset", List.of("40")));
        CatalogJson.MAPPER.writeValueAsBytes(ApiJson.search(third, v.search(third.request()), v));
        long t4 = cpu.getCurrentThreadCpuTime();
        search[i] = t1 - t0;
        json[i] = t2 - t1;
        cli[i] = t3 - t2;
        page3[i] = t4 - t3;
    }

    private static void print(String name, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        System.out.printf("  %-24s %6.2f / %6.2f / %6.2f%n", name, s[s.length / 2] / 1e6, mean, s[(int) (s.length * 0.9)] / 1e6);
    }
}
