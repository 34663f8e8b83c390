package org.gkml.index;

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
 * The judged query set (search/judged-queries.tsv) over the seed corpus: every must-find result is in the top
 * 10, and the first five hits are mostly relevant. Results are identified by catalog file and item text.
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

    @BeforeAll
    static void indexCorpus() throws IOException {
        TestCorpus.index(data);
        searcher = CatalogSearcher.open(data);
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

    static List<String> top(Judged j) throws IOException {
        SearchResult r = searcher.search(new SearchRequest(j.query(), j.filters(), TOP, null));
        return r.hits().stream().map(h -> h.source() + "#" + h.item()).toList();
    }

    static double precisionAt5(Judged j, List<String> top) {
        List<String> first = top.subList(0, Math.min(PRECISION_AT, top.size()));
        if (first.isEmpty()) return 0;
        long relevant = first.stream().filter(r -> j.mustFind().contains(r) || j.alsoRelevant().contains(r)).count();
        return (double) relevant / first.size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judged")
    void everyMustFindResultIsInTheTop10(Judged j) throws IOException {
        List<String> top = top(j);
        List<String> missing = j.mustFind().stream().filter(m -> !top.contains(m)).toList();
        assertEquals(List.of(), missing, "missing from the top " + TOP + " for '" + j + "'; got " + top);
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
            int f = (int) j.mustFind().stream().filter(top::contains).count();
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
