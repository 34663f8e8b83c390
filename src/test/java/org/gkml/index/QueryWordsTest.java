package org.gkml.index;

import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries typed as analysts speak them, over corpus/*.txt: function and question words need not match
 * (mappings/query-stop-words.tsv), a single Chinese character finds every entry holding it, and common abbreviations
 * find their full forms (mappings/search-synonyms.tsv).
 */
class QueryWordsTest {

    @TempDir
    static Path data;
    static CatalogSearcher searcher;
    /** Every entry of the corpus. */
    static List<SearchResult.Hit> all;

    @BeforeAll
    static void indexCorpus() throws Exception {
        TestCorpus.index(data);
        searcher = CatalogSearcher.open(data, Synonyms.of(Mappings.builtIn()));
        all = searcher.search(SearchRequest.of("", 100_000)).hits();
    }

    static Set<String> items(String query) throws IOException {
        return searcher.search(SearchRequest.of(query, 100_000)).hits().stream()
                .map(h -> h.source() + "#" + h.item()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A question finds what its content words typed alone find, and finds something. */
    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            时限是什么              | 时限
            异地就医 的时限          | 异地就医 时限
            三公经费有哪些           | 三公经费
            生育保险的时限是多少      | 生育保险 时限
            备案如何办理             | 备案 办理
            什么是三公经费           | 三公经费
            """)
    void stopWordsNeedNotMatch(String typed, String contentWords) throws IOException {
        Set<String> expected = items(contentWords);
        assertFalse(expected.isEmpty(), "the corpus has entries for " + contentWords);
        assertEquals(expected, items(typed));
    }

    /** Every entry whose item (二级事项) holds the character is found, not only those where it stands alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"医", "保", "险", "务", "醫"})
    void oneCharacterFindsEveryEntryHoldingIt(String c) throws IOException {
        String folded = c.equals("醫") ? "医" : c;
        Set<String> holding = all.stream().filter(h -> h.item() != null && h.item().contains(folded))
                .map(h -> h.source() + "#" + h.item()).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(holding.isEmpty(), "the corpus has items holding " + folded);
        Set<String> found = items(c);
        assertTrue(found.containsAll(holding), () -> "missed: " + holding.stream().filter(h -> !found.contains(h)).toList());
    }

    /** An abbreviation finds entries that spell the words out (社保 → 社会保险). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"社保, 社会保险", "社保登记, 社会保险登记"})
    void abbreviationsFindTheirFullForm(String abbreviation, String full) throws IOException {
        Set<String> spelled = items(full);
        assertFalse(spelled.isEmpty(), "the corpus has entries for " + full);
        assertTrue(items(abbreviation).containsAll(spelled));
    }
}
