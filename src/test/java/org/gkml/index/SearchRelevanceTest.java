package org.gkml.index;

import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The judged query set (search/judged-queries.tsv) over the seed corpus as the pipeline reads it: every must-find
 * result is in the top 10, and the first five hits are mostly relevant. A judged result is a catalog file and an
 * item text; a hit is that result when it comes from that file and its item contains the text (after NFKC and
 * white space removal), so that extraction noise around an item does not count against search. Every judged
 * result must name exactly one entry of the corpus, so the containment is never ambiguous.
 */
class SearchRelevanceTest {

    static final int TOP = 10;
    static final int PRECISION_AT = 5;

    record Judged(String query, Map<String, List<String>> filters, Set<String> mustFind, Set<String> alsoRelevant) {
        @Override
        public String toString() {
            return query + (filters.isEmpty() ? "" : " " + filters);
        }
    }

    @TempDir
    static Path data;
    static CatalogSearcher searcher;
    /** Every entry of the corpus as "source#item". */
    static List<String> corpus;

    @BeforeAll
    static void indexCorpus() throws Exception {
        TestCorpus.index(data);
        searcher = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()));
        corpus = searcher.search(SearchRequest.of("", 100_000)).hits().stream().map(SearchRelevanceTest::key).toList();
    }

    static String key(SearchResult.Hit h) {
        return h.source() + "#" + normalise(h.item());
    }

    static String normalise(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Whether a hit key ("source#item") is the judged result ("source#item text"). */
    static boolean is(String hit, String judged) {
        int cut = judged.indexOf('#');
        String source = judged.substring(0, cut + 1);
        return hit.startsWith(source) && hit.substring(source.length()).contains(normalise(judged.substring(cut + 1)));
    }

    static boolean anyIs(String hit, Set<String> judged) {
        return judged.stream().anyMatch(j -> is(hit, j));
    }

    @AfterAll
    static void close() throws IOException {
        if (searcher != null) searcher.close();
    }

    static List<Judged> judged() throws IOException {
        List<Judged> out = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/judged-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                Map<String, List<String>> filters = new LinkedHashMap<>();
                if (!c[1].equals("-")) {
                    for (String kv : c[1].split(";")) {
                        String[] p = kv.split("=", 2);
                        filters.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
                    }
                }
                out.add(new Judged(c[0], filters, results(c[2]), results(c.length > 3 ? c[3] : "-")));
            }
        }
        return out;
    }

    private static Set<String> results(String cell) {
        if (cell.strip().equals("-")) return Set.of();
        return Arrays.stream(cell.split(" \\| ")).map(String::strip).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Each judged query runs once; the per-query tests and the summary share its hits. */
    static final Map<Judged, List<String>> TOPS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> top(Judged j) throws IOException {
        List<String> top = TOPS.get(j);
        if (top == null) {
            SearchResult r = searcher.search(new SearchRequest(j.query(), j.filters(), TOP, null));
            top = r.hits().stream().map(SearchRelevanceTest::key).toList();
            TOPS.put(j, top);
        }
        return top;
    }

    static double precisionAt5(Judged j, List<String> top) {
        List<String> first = top.subList(0, Math.min(PRECISION_AT, top.size()));
        if (first.isEmpty()) return 0;
        long relevant = first.stream().filter(r -> anyIs(r, j.mustFind()) || anyIs(r, j.alsoRelevant())).count();
        return (double) relevant / first.size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judged")
    void everyMustFindResultIsInTheTop10(Judged j) throws IOException {
        List<String> top = top(j);
        List<String> missing = j.mustFind().stream().filter(m -> top.stream().noneMatch(t -> is(t, m))).toList();
        assertEquals(List.of(), missing, "missing from the top " + TOP + " for '" + j + "'; got " + top);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judged")
    void everyJudgedResultNamesExactlyOneEntryOfTheCorpus(Judged j) {
        for (String r : j.mustFind()) assertEquals(1, corpus.stream().filter(e -> is(e, r)).count(), r);
        for (String r : j.alsoRelevant()) assertEquals(1, corpus.stream().filter(e -> is(e, r)).count(), r);
    }

    @Test
    void theJudgedSetHasFullRecallAndPrecisionAt5OfAtLeast08() throws IOException {
        List<Judged> all = judged();
        assertTrue(all.size() >= 20, "the judged set needs at least 20 queries, has " + all.size());
        int must = 0, found = 0;
        double precisionSum = 0;
        StringBuilder report = new StringBuilder("query\trecall\tP@5\n");
        for (Judged j : all) {
            List<String> top = top(j);
            int f = (int) j.mustFind().stream().filter(m -> top.stream().anyMatch(t -> is(t, m))).count();
            double p = precisionAt5(j, top);
            must += j.mustFind().size();
            found += f;
            precisionSum += p;
            report.append(String.format("%s\t%d/%d\t%.2f%n", j, f, j.mustFind().size(), p));
        }
        double recall = (double) found / must;
        double precision = precisionSum / all.size();
        report.append(String.format("ALL (%d queries)\trecall %.3f\tmean P@5 %.3f%n", all.size(), recall, precision));
        System.out.print(report);
        assertEquals(1.0, recall, 1e-9, report.toString());
        assertTrue(precision >= 0.8, report.toString());
    }
}
