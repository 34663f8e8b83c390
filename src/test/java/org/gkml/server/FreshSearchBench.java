package org.gkml.server;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.IndexFields;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.index.SearchResult;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What one {@code /api/search} that misses the kept answers costs its thread (not a test: run by hand over the
 * index {@link ServeBenchmark} builds). Thread CPU of the server's path (parameters, search, JSON body), medians and
 * p90 over many distinct requests, so the figures hold on a shared machine.
 * <ul>
 * <li>{@code serve}: {@link ServeBenchmark}'s "distinct" requests (its 12 texts, limits 10–59: 600 requests; the
 * texts' queries and weights kept after the warm-up, as in the server);</li>
 * <li>{@code one}: its one-character requests (6 characters, limits 10–59, pages 1 and 2);</li>
 * <li>{@code mixed}: texts with filters, grouping, later pages and a facet listed in full ({@link #mixed});</li>
 * <li>{@code texts}: 1,200 texts taken from the index's own items, each searched for the first time (its query
 * built, its weight made).</li>
 * </ul>
 * {@code dump} writes every request of those sets and its JSON body, one a line, to compare two builds byte for byte.
 * <p>
 * Run: java -cp target/test-classes:target/classes:$(deps) org.gkml.server.FreshSearchBench cpu|dump DATA_DIR [ROUNDS|OUT_FILE] [SETS]
 */
public final class FreshSearchBench {

    private FreshSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        List<String> texts = texts(data, 1_400);
        try (IndexViews views = IndexViews.open(data, Synonyms.of(Mappings.builtIn()))) {
            IndexView v = views.acquire();
            try {
                Map<String, List<Map<String, List<String>>>> sets = new LinkedHashMap<>();
                sets.put("serve", serve());
                sets.put("one", one());
                sets.put("mixed", mixed(v, texts.subList(200, 260)));
                sets.put("texts", texts.subList(200, texts.size()).stream().map(t -> Map.of("q", List.of(t))).toList());
                if (args.length > 3) sets.keySet().retainAll(List.of(args[3].split(",")));
                if (mode.equals("dump")) {
                    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
                        for (Map.Entry<String, List<Map<String, List<String>>>> s : sets.entrySet()) {
                            for (Map<String, List<String>> p : s.getValue()) {
                                out.println(s.getKey() + "\t" + new java.util.TreeMap<>(p) + "\t" + new String(answer(v, p), StandardCharsets.UTF_8));
                            }
                        }
                    }
                    return;
                }
                int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                // warm-up: the JIT, and the kept queries of the repeated texts (as a running server has them)
                for (int w = 0; w < 2; w++) {
                    for (Map<String, List<String>> p : serve()) answer(v, p);
                    for (Map<String, List<String>> p : one()) answer(v, p);
                    for (String t : texts.subList(0, 200)) answer(v, Map.of("q", List.of(t)));
                }
                System.out.printf("thread CPU per request (ms), %d rounds: p50 / p90 / mean (n)%n", rounds);
                for (Map.Entry<String, List<Map<String, List<String>>>> s : sets.entrySet()) {
                    // fresh texts are measured once each: a second round would find their queries kept
                    int n = s.getKey().equals("texts") ? 1 : rounds;
                    long[] ns = new long[n * s.getValue().size()];
                    int i = 0;
                    for (int r = 0; r < n; r++) {
                        for (Map<String, List<String>> p : s.getValue()) {
                            long t0 = cpu.getCurrentThreadCpuTime();
                            answer(v, p);
                            ns[i++] = cpu.getCurrentThreadCpuTime() - t0;
                        }
                    }
                    print(s.getKey(), ns);
                }
            } finally {
                views.release(v);
            }
        }
    }

    /** As the server answers a search it has not kept. */
    static byte[] answer(IndexView v, Map<String, List<String>> params) throws Exception {
        SearchParams p = SearchParams.parse(params);
        SearchResult r = v.search(p.request());
        return CatalogJson.MAPPER.writeValueAsBytes(ApiJson.search(p, r, v));
    }

    static List<Map<String, List<String>>> serve() {
        List<Map<String, List<String>>> out = new ArrayList<>();
        List<String> q = ServeBenchmark.QUERIES;
        for (int i = 0; i < 600; i++) out.add(Map.of("q", List.of(q.get(i % q.size())), "limit", List.of("" + (10 + (i / q.size()) % 50))));
        return out;
    }

    static List<Map<String, List<String>>> one() {
        List<Map<String, List<String>>> out = new ArrayList<>();
        List<String> q = ServeBenchmark.ONE_CHARACTER;
        for (int i = 0; i < 600; i++) {
            out.add(Map.of("q", List.of(q.get(i % q.size())), "limit", List.of("" + (10 + (i / q.size()) % 50)),
                    "offset", List.of("" + (i / (q.size() * 50)) % 2 * 20)));
        }
        return out;
    }

    /**
     * Texts with the index's own facet values as filters (one key, two values of one key, two keys), grouped by each
     * group key, a later page, and a facet listed in full; and a filter alone.
     */
    static List<Map<String, List<String>>> mixed(IndexView v, List<String> texts) throws Exception {
        List<String> all = new ArrayList<>(ServeBenchmark.QUERIES);
        all.addAll(ServeBenchmark.ONE_CHARACTER);
        all.addAll(texts);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String key : List.of("province", "city", "agency", "channel", "disclosure_mode", "level", "category")) {
            List<String> vs = v.values(key, 4).stream().map(SearchResult.FacetCount::value).toList();
            if (!vs.isEmpty()) values.put(key, vs);
        }
        List<String> keys = new ArrayList<>(values.keySet());
        List<String> groupKeys = org.gkml.index.SearchRequest.GROUP_KEYS;
        List<Map<String, List<String>>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String q = all.get(i);
            String k = keys.get(i % keys.size()), k2 = keys.get((i + 3) % keys.size());
            List<String> vk = values.get(k), vk2 = values.get(k2);
            out.add(Map.of("q", List.of(q), "filter", List.of(k + ":" + vk.get(i % vk.size()))));
            out.add(Map.of("q", List.of(q), "filter", List.of(k + ":" + vk.get(0), k + ":" + vk.get(vk.size() - 1)), "limit", List.of("15")));
            out.add(Map.of("q", List.of(q), "filter", List.of(k + ":" + vk.get(0), k2 + ":" + vk2.get(0)), "offset", List.of("20"), "limit", List.of("20")));
            out.add(Map.of("q", List.of(q), "group_by", List.of(groupKeys.get(i % groupKeys.size())), "limit", List.of("" + (1 + i % 4)),
                    "groups", List.of("" + (5 + i % 20))));
            out.add(Map.of("q", List.of(q), "group_by", List.of("agency"), "limit", List.of("3"), "filter", List.of(k + ":" + vk.get(0))));
            out.add(Map.of("q", List.of(q), "offset", List.of("" + (i % 3) * 10), "limit", List.of("30"), "facet_more", List.of(k)));
            if (i % 4 == 0) out.add(Map.of("filter", List.of(k + ":" + vk.get(i % vk.size())), "limit", List.of("" + (5 + i % 30))));
        }
        return out;
    }

    /**
     * Distinct texts of two to four Chinese characters cut from the index's items and contents at fixed random
     * places: what analysts might type, each new to a searcher.
     */
    static List<String> texts(Path data, int n) throws Exception {
        Random random = new Random(6);
        Set<String> out = new LinkedHashSet<>();
        try (FSDirectory dir = FSDirectory.open(LuceneCatalogStore.indexDir(data)); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            for (int tries = 0; out.size() < n && tries < n * 50; tries++) {
                int doc = random.nextInt(reader.maxDoc());
                String field = (random.nextBoolean() ? IndexFields.ITEM : IndexFields.CONTENT) + IndexFields.BIGRAMS;
                String text = stored.document(doc, Set.of(field)).get(field);
                if (text == null || text.length() < 4) continue;
                int len = 2 + random.nextInt(3);
                int at = random.nextInt(text.length() - len + 1);
                String t = text.substring(at, at + len);
                if (t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    private static void print(String name, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        System.out.printf("  %-8s %7.2f / %7.2f / %7.2f  (%d)%n", name, s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6, mean, s.length);
    }
}
