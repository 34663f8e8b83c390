package org.gkml.bench;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.index.analysis.Synonyms;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Indexing and search at a province's scale (not a test: figures are printed, not asserted). Reads the sample corpus
 * once, then indexes ENTRIES entries made from its catalogs by varying their text, not by copying them: each round
 * gives every catalog another county and agency, and each entry's item, content and basis take a piece of another
 * entry's text, so no two entries of different rounds are equal (none folds into another). Prints entries indexed
 * per second, the index's size and the heap peak, then warm search p50 / p99 over the judged queries
 * (src/test/resources/search/judged-queries.tsv) with and without their filters, facet counts and grouping.
 * <p>
 * Run it with {@code scripts/bench-scale.sh [ENTRIES] [THREADS]} (default 1,000,000 entries, 2 indexing threads,
 * heap -Xmx512m); the script's header says more.
 */
public final class ScaleBenchmark {

    static final int ROUNDS_OF_QUERIES = Integer.getInteger("rounds", 20);
    static final int LIMIT = 20;
    /** The search thread's own CPU time: on a shared machine, wall time also counts the other processes' turns. */
    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long target = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path data = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("gkml-scale-bench");
        HeapPeak heap = HeapPeak.start();
        System.out.printf("heap limit %d MB, %d cores, data in %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), data);

        if (Files.isDirectory(LuceneCatalogStore.indexDir(data))) {
            System.out.println("searching the index already in " + data + " (delete it to index again)");
            search(data);
            return;
        }
        long t0 = System.nanoTime();
        List<CatalogDocument> corpus = corpus();
        int perRound = corpus.stream().mapToInt(d -> d.entries().size()).sum();
        System.out.printf("corpus: %d catalogs, %d entries, read in %.1f s%n", corpus.size(), perRound, (System.nanoTime() - t0) / 1e9);
        List<Entry> pool = corpus.stream().flatMap(d -> d.entries().stream()).toList();

        long indexed = index(data, corpus, pool, target, threads);
        System.out.printf("index size: %.1f MB (%d entries)%n", size(LuceneCatalogStore.indexDir(data)) / 1e6, indexed);
        System.out.printf("heap peak while indexing: %d MB%n", heap.peakMb());

        search(data);
        System.out.printf("heap peak over the whole run: %d MB (limit %d MB)%n", heap.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
        heap.stop();
    }

    /** Every catalog of the sample corpus that the pipeline reads with entries. */
    static List<CatalogDocument> corpus() throws IOException {
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        List<CatalogDocument> docs = new ArrayList<>();
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
        return docs;
    }

    /** Round {@code r} of catalog {@code c}: another county and agency, and every entry's text varied. */
    static CatalogDocument vary(CatalogDocument d, int r, int c, List<Entry> pool) {
        if (r == 0) return d;
        SplittableRandom random = new SplittableRandom(r * 1_000_003L + c);
        Region region = d.region() == null ? Region.UNKNOWN : d.region();
        String county = "第" + r + "区";
        Region place = new Region(region.province(), region.city(), county);
        String agency = county + (d.agency() == null ? "某局" : d.agency());
        List<Entry> entries = new ArrayList<>(d.entries().size());
        for (Entry e : d.entries()) {
            Entry other = pool.get(random.nextInt(pool.size()));
            entries.add(new Entry(e.seq(), e.domain(), e.category(), splice(e.item(), other.item(), random),
                    join(e.content(), piece(other.content(), random)), random.nextInt(4) == 0 ? other.basis() : e.basis(),
                    e.laws(), e.timeLimit(), e.deadlineDays(), e.deadlineUnit(), e.subject(), e.channels(), e.webColumn(),
                    e.audience(), e.disclosureMode(), e.responsible(), e.publicityType(), e.updateFrequency(), e.levels(),
                    e.remarks(), e.extra(), e.source()));
        }
        return new CatalogDocument("r" + r + "/" + d.source(), d.format(), d.title(), agency, place, d.level(), d.meta(),
                d.fields(), entries, d.warnings());
    }

    /** Most items stay; one in three gains a few characters of another item, as item wordings differ by bureau. */
    static String splice(String item, String other, SplittableRandom random) {
        if (item == null || other == null || other.length() < 2 || random.nextInt(3) != 0) return item;
        return item + "（" + piece(other, random) + "）";
    }

    static String piece(String text, SplittableRandom random) {
        if (text == null || text.length() < 2) return text;
        int from = random.nextInt(text.length() - 1);
        return text.substring(from, Math.min(text.length(), from + 2 + random.nextInt(12)));
    }

    static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + "；" + b;
    }

    static long index(Path data, List<CatalogDocument> corpus, List<Entry> pool, long target, int threads) throws Exception {
        AtomicLong entries = new AtomicLong();
        AtomicLong workerCpu = new AtomicLong();
        long t = System.nanoTime();
        long cpu = processCpuNanos();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                running.add(workers.submit(() -> {
                    // worker w takes rounds w, w + threads, ...: each catalog of a round is one document
                    for (int r = worker; entries.get() < target; r += threads) {
                        for (int c = 0; c < corpus.size() && entries.get() < target; c++) {
                            CatalogDocument d = vary(corpus.get(c), r, c, pool);
                            store.replace("/bench/" + d.source(), "bench", d);
                            long n = entries.addAndGet(d.entries().size());
                            if (n / 100_000 != (n - d.entries().size()) / 100_000) {
                                System.out.printf("  %,d entries, %.0f s%n", n, (System.nanoTime() - t) / 1e9);
                            }
                        }
                    }
                    workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
            store.commit(Map.of());
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        System.out.printf("indexed %,d entries in %.1f s: %,.0f entries/s (%d threads, commit included)%n", entries.get(), seconds,
                entries.get() / seconds, threads);
        // on a shared machine the process's CPU time (indexing, merging, GC) is the steadier figure
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("indexing CPU %.1f s (all threads, GC and merges included): %,.0f entries per CPU-second, %,.0f entries/s on %d idle cores%n",
                cpuSeconds, entries.get() / cpuSeconds, entries.get() / cpuSeconds * Math.min(cores, threads), Math.min(cores, threads));
        System.out.printf("indexing threads' own CPU %.1f s: %,.0f entries per CPU-second (analysis and adding; without merges, GC, JIT)%n",
                workerCpu.get() / 1e9, entries.get() / (workerCpu.get() / 1e9));
        return entries.get();
    }

    /** One line of search/judged-queries.tsv: the query and its filters (none where the file says -). */
    public record Judged(String query, Map<String, List<String>> filters) {
    }

    public static List<Judged> judged() throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/judged-queries.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            Map<String, List<String>> filters = new LinkedHashMap<>();
            if (!cols[1].equals("-")) {
                for (String kv : cols[1].split(";")) {
                    int eq = kv.indexOf('=');
                    filters.computeIfAbsent(kv.substring(0, eq).strip(), k -> new ArrayList<>()).add(kv.substring(eq + 1).strip());
                }
            }
            out.add(new Judged(cols[0], filters));
        }
        return out;
    }

    interface Request {
        SearchRequest of(Judged j);
    }

    static void search(Path data) throws IOException {
        List<Judged> judged = judged();
        List<Judged> plain = judged.stream().map(j -> new Judged(j.query(), Map.of())).distinct().toList();
        List<Judged> filtered = judged.stream().filter(j -> !j.filters().isEmpty()).toList();
        long t = System.nanoTime();
        try (CatalogSearcher s = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()))) {
            System.out.printf("searcher opened in %.1f s; %d judged queries (%d with filters), limit %d, %d rounds each after one warm-up round%n",
                    (System.nanoTime() - t) / 1e9, plain.size(), filtered.size(), LIMIT, ROUNDS_OF_QUERIES);
            String answers = System.getProperty("answers");
            if (answers != null) answers(s, plain, filtered, Path.of(answers));
            run(s, "query", plain, j -> new SearchRequest(j.query(), j.filters(), LIMIT, null).withFacets(false));
            run(s, "query + facets", plain, j -> new SearchRequest(j.query(), j.filters(), LIMIT, null));
            run(s, "query + filters", filtered, j -> new SearchRequest(j.query(), j.filters(), LIMIT, null).withFacets(false));
            run(s, "query + filters + facets", filtered, j -> new SearchRequest(j.query(), j.filters(), LIMIT, null));
            run(s, "query, grouped by agency (20 groups × 3)", plain,
                    j -> new SearchRequest(j.query(), j.filters(), 3, "agency").withGroups(20).withFacets(false));
            run(s, "query + facets, grouped by agency", plain, j -> new SearchRequest(j.query(), j.filters(), 3, "agency").withGroups(20));
            run(s, "query + filters + facets, grouped", filtered, j -> new SearchRequest(j.query(), j.filters(), 3, "agency").withGroups(20));
        }
    }

    /**
     * Writes what each judged search answers (total, facet counts, the top 20 or the 20 groups × 3: entry and
     * score), one line each, so that two versions of the search (or of the index) can be compared with diff.
     */
    static void answers(CatalogSearcher s, List<Judged> plain, List<Judged> filtered, Path file) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        List<Judged> all = new java.util.ArrayList<>(plain);
        all.addAll(filtered);
        for (Judged j : all) {
            String name = j.query() + " " + new java.util.TreeMap<>(j.filters());
            SearchResult r = s.search(new SearchRequest(j.query(), j.filters(), LIMIT, null));
            lines.add(name + "\ttotal " + r.totalHits() + "\tfacets " + new java.util.TreeMap<>(r.facets()));
            for (int i = 0; i < r.hits().size(); i++) lines.add(name + "\thit " + i + "\t" + hit(r.hits().get(i)));
            SearchResult g = s.search(new SearchRequest(j.query(), j.filters(), 3, "agency").withGroups(20).withFacets(false));
            for (int i = 0; i < g.groups().size(); i++) {
                SearchResult.Group group = g.groups().get(i);
                StringBuilder b = new StringBuilder(name + "\tgroup " + i + " " + group.value() + " " + group.totalHits());
                for (SearchResult.Hit h : group.hits()) b.append("\t").append(hit(h));
                lines.add(b.toString());
            }
        }
        Files.write(file, lines);
        System.out.println("answers written to " + file);
    }

    static String hit(SearchResult.Hit h) {
        return h.record().path("doc_id").asText() + "#" + h.record().path("source_ref").asText() + " " + String.format("%.5f", h.score());
    }

    static void run(CatalogSearcher s, String name, List<Judged> queries, Request request) throws IOException {
        for (Judged j : queries) s.search(request.of(j)); // warm-up
        long[] nanos = new long[queries.size() * ROUNDS_OF_QUERIES];
        long[] cpu = new long[nanos.length];
        long hits = 0;
        int i = 0;
        for (int r = 0; r < ROUNDS_OF_QUERIES; r++) {
            for (Judged j : queries) {
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += s.search(request.of(j)).totalHits();
                nanos[i] = System.nanoTime() - t;
                cpu[i++] = THREADS.getCurrentThreadCpuTime() - c;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%-40s %4d searches: wall p50 %6.1f ms, p99 %6.1f ms | CPU p50 %6.1f ms, p99 %6.1f ms (mean matches %,d)%n",
                name, nanos.length, pct(nanos, 0.50), pct(nanos, 0.99), pct(cpu, 0.50), pct(cpu, 0.99), hits / nanos.length);
    }

    /** CPU time of the whole process, every thread (JIT and GC too). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The largest heap in use, sampled every 20 ms (heap pools' used bytes, so garbage not yet collected counts). */
    static final class HeapPeak {
        private final Thread sampler;
        private volatile long peak;

        private HeapPeak() {
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long used = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
                    if (used > peak) peak = used;
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak h = new HeapPeak();
            h.sampler.start();
            return h;
        }

        long peakMb() {
            return peak >> 20;
        }

        void stop() {
            sampler.interrupt();
        }
    }
}
