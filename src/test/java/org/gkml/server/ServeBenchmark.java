package org.gkml.server;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Region;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.pipeline.CatalogReader;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load on {@code /api/search} (not a test: speed is measured and printed, not asserted). Builds, once, an index of
 * at least 100,000 entries from copies of the sample corpus (each copy under another agency, so facets have many
 * values), serves it on a free loopback port, and sends 20,000 requests from 32 concurrent clients per scenario.
 * Every scenario stops after its requests or after two minutes, whichever comes first.
 * <p>
 * Run: mvn -q test-compile && java -Xmx2g -cp target/test-classes:target/classes:$(deps) org.gkml.server.ServeBenchmark [DATA_DIR [REQUESTS]]
 * (deps: mvn dependency:build-classpath -Dmdep.outputFile=/dev/stdout -q). DATA_DIR (default /tmp/gkml-serve-bench)
 * is reused when it already holds an index.
 */
public final class ServeBenchmark {

    static final int MIN_ENTRIES = 100_000;
    static final int CLIENTS = 32;
    static final int REQUESTS = 20_000;
    static final Duration TIME_LIMIT = Duration.ofMinutes(2);
    static final List<String> QUERIES = List.of("异地就医", "领导信息", "年报", "行政处罚", "财政预决算", "政策解读", "招聘", "建议提案",
            "医保", "行政许可", "机构职能", "统计信息");
    /** One Chinese character finds every entry holding it anywhere: its query looks at every bigram with it. */
    static final List<String> ONE_CHARACTER = List.of("医", "保", "费", "房", "农", "公");

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/gkml-serve-bench");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : REQUESTS;
        if (!Files.isDirectory(LuceneCatalogStore.indexDir(data))) build(data);
        try (GkmlServer server = GkmlServer.start(new GkmlServer.Options(data, "127.0.0.1", 0, 0, Duration.ofSeconds(1), org.gkml.vocabulary.Mappings.builtIn()),
                new PrintWriter(System.err, true))) {
            System.out.printf("index: %d catalogs, %d entries; %d clients, %d requests per scenario (at most %d s)%n",
                    server.documents(), server.entries(), CLIENTS, requests, TIME_LIMIT.toSeconds());
            if (server.entries() < MIN_ENTRIES) throw new IllegalStateException("the index in " + data + " has fewer than " + MIN_ENTRIES + " entries");
            String base = server.url() + "api/search?";
            run("warm-up (not counted)", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())), 2_000);
            run("query (repeated: answers kept)", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())), requests);
            // 600 distinct requests in turn, more than the 512 answers a view keeps: every one is searched afresh
            run("query, distinct (searched afresh)", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())) + "&limit=" + (10 + (i / QUERIES.size()) % 50), requests);
            // 600 distinct requests in turn (limits 10–59, pages 1 and 2), more than the 512 answers a view keeps
            run("one character, distinct (searched afresh)", base, i -> "q=" + enc(ONE_CHARACTER.get(i % ONE_CHARACTER.size()))
                    + "&limit=" + (10 + (i / ONE_CHARACTER.size()) % 50) + "&offset=" + (i / (ONE_CHARACTER.size() * 50)) % 2 * 20, requests);
            run("query + filter", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())) + "&filter=" + enc("province:宁夏回族自治区"), requests);
            run("query + 2 filters, page 3", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())) + "&filter=" + enc("channel:政府网站")
                    + "&filter=" + enc("disclosure_mode:主动公开") + "&offset=40&limit=20", requests);
            run("no query, filter only (facets over all)", base, i -> "filter=" + enc("level:county"), requests);
            run("query, group by agency", base, i -> "q=" + enc(QUERIES.get(i % QUERIES.size())) + "&group_by=agency&limit=3", requests);
        }
    }

    interface Query {
        String of(int i);
    }

    static void run(String name, String base, Query query, int requests) throws InterruptedException {
        ExecutorService io = Executors.newFixedThreadPool(4, daemon());
        try {
            run(name, base, query, requests, HttpClient.newBuilder().executor(io).build());
        } finally {
            io.shutdownNow();
        }
    }

    /** Daemon threads, so that nothing the load generator started keeps the JVM alive once it is done. */
    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
    }

    static void run(String name, String base, Query query, int requests, HttpClient http) throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        boolean[] answered = new boolean[requests];
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS, daemon());
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests && System.nanoTime() < deadline; ) {
                    HttpRequest r = HttpRequest.newBuilder(URI.create(base + query.of(i))).timeout(Duration.ofSeconds(30)).build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> resp = http.send(r, HttpResponse.BodyHandlers.discarding());
                        if (resp.statusCode() == 200) answered[i] = true;
                        else if (resp.statusCode() == 503) refused.incrementAndGet();
                        else failed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t;
                    done.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(TIME_LIMIT.toSeconds() + 60, TimeUnit.SECONDS);
        clients.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = done.get();
        // latencies of the answered requests; a request turned away (503, the search queue full) is counted apart
        long[] ms = java.util.stream.IntStream.range(0, requests).filter(i -> answered[i]).mapToLong(i -> latencies[i]).sorted().toArray();
        System.out.printf("%-42s %6d requests in %5.1f s: %7.0f answered/s, p50 %6.1f ms, p99 %6.1f ms, max %7.1f ms, refused (503) %d, failed %d%n",
                name, n, seconds, ms.length / seconds, pct(ms, 0.50), pct(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6,
                refused.get(), failed.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Copies of the corpus catalogs, each copy under its own agency name and county, until the index is big enough. */
    static void build(Path data) throws Exception {
        List<CatalogDocument> docs = new ArrayList<>();
        CatalogReader reader = new CatalogReader(org.gkml.vocabulary.Mappings.builtIn());
        try (Stream<Path> s = Files.walk(Path.of("corpus"))) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|docx|xlsx|html|pdf|doc)$"))
                    .filter(p -> !p.toString().contains("/make/") && !p.toString().contains("/scans/")).sorted().toList()) {
                try {
                    CatalogDocument d = reader.read(f);
                    if (!d.entries().isEmpty()) docs.add(d);
                } catch (Exception e) {
                    System.err.println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        int perRound = docs.stream().mapToInt(d -> d.entries().size()).sum();
        int rounds = (MIN_ENTRIES + perRound - 1) / perRound;
        System.out.printf("building %s: %d catalogs × %d copies (%d entries each round)%n", data, docs.size(), rounds, perRound);
        long t = System.nanoTime();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            for (int r = 0; r < rounds; r++) {
                for (CatalogDocument d : docs) {
                    String agency = (d.agency() == null ? "某局" : d.agency()) + "（副本" + r + "）";
                    Region region = d.region() == null ? Region.UNKNOWN : d.region();
                    CatalogDocument copy = new CatalogDocument("copy" + r + "/" + d.source(), d.format(), d.title(), agency,
                            region, d.level(), d.meta(), d.fields(), d.entries(), d.warnings());
                    store.replace("/bench/copy" + r + "/" + d.source(), "bench", copy);
                }
                if (r % 10 == 9) store.commit(Map.of());
            }
            store.commit(Map.of());
        }
        System.out.printf("built in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }
}
