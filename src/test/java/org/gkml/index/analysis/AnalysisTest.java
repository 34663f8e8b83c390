package org.gkml.index.analysis;

import org.gkml.vocabulary.Mappings;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTest {

    record Token(String term, int start, int end) {
    }

    static List<Token> tokens(Analyzer a, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().map(Token::term).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "参保人员异地就医登记备案|异地,地就,就医",
            "办理基本医疗保险参保人员异地就医备案业务|异地,地就,就医",
            "部门（单位）“三公”经费预算|三公,经费",
    })
    void bigramsCoverEveryPairOfNeighbouringCharacters(String text, String expected) throws IOException {
        List<String> terms = terms(new BigramAnalyzer(), text);
        for (String e : expected.split(",")) assertTrue(terms.contains(e), e + " missing from " + terms);
    }

    @Test
    void zeroWidthAndControlCharactersAreFoldedAwayOnBothSides() throws IOException {
        for (Analyzer a : List.of(new BigramAnalyzer(), new HanLPAnalyzer())) {
            assertEquals(terms(a, "文件名称"), terms(a, "文件\u200B名称"), a.toString());
            assertEquals(terms(a, "文件名称"), terms(a, "\uFEFF文件\u200D名\u00AD称\u0007"), a.toString());
        }
        List<Token> t = tokens(new BigramAnalyzer(), "文件\u200B名称");
        assertEquals(5, t.get(t.size() - 1).end(), "offsets point into the stored text: " + t);
    }

    /** A catalog served in traditional characters is found by a simplified query, and the reverse. */
    @Test
    void traditionalCharactersReadAsSimplifiedOnBothSides() throws IOException {
        for (Analyzer a : new Analyzer[]{new BigramAnalyzer(), new HanLPAnalyzer()}) {
            assertEquals(terms(a, "参保人员异地就医医疗报销"), terms(a, "參保人員異地就醫醫療報銷"), a.toString());
            assertEquals(terms(a, "公开时限"), terms(a, "公開時限"), a.toString());
        }
        List<Token> t = tokens(new BigramAnalyzer(), "異地就醫");
        assertEquals(0, t.get(0).start());
        assertEquals(2, t.get(0).end());
    }

    @Test
    void bigramsDoNotCrossPunctuation() throws IOException {
        assertFalse(terms(new BigramAnalyzer(), "“三公”经费").contains("公经"));
    }

    @Test
    void hanlpWordsHaveOffsetsIntoTheOriginalText() throws IOException {
        String text = "参保人员异地就医登记备案，咨询电话公开。";
        List<Token> tokens = tokens(new HanLPAnalyzer(), text);
        assertFalse(tokens.isEmpty());
        for (Token t : tokens) assertEquals(t.term(), text.substring(t.start(), t.end()), "offsets of " + t);
        assertTrue(tokens.stream().noneMatch(t -> t.term().equals("，") || t.term().equals("。")), "punctuation is dropped: " + tokens);
        assertTrue(terms(new HanLPAnalyzer(), text).contains("异地"), tokens.toString());
    }

    @Test
    void hanlpReadsTheWholeFieldNotAFixedBuffer() throws IOException {
        // The old plugin segmented 512-character chunks; a word straddling the edge was cut in two.
        String filler = "公开".repeat(255) + "信";   // 511 characters
        String text = filler + "异地就医登记备案";
        List<Token> tokens = tokens(new HanLPAnalyzer(), text);
        for (Token t : tokens) assertEquals(t.term(), text.substring(t.start(), t.end()), "offsets of " + t);
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("异地") && t.start() == 511), tokens.subList(tokens.size() - 4, tokens.size()).toString());
        assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
    }

    @Test
    void oneAnalyzerServesManyThreads() throws Exception {
        Analyzer a = new HanLPAnalyzer();
        List<String> texts = List.of("参保人员异地就医登记备案", "政府信息公开年度工作报告", "部门预算整体支出绩效评价", "医疗保险个人权益查询");
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) expected.add(terms(a, t));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % texts.size();
                runs.add(pool.submit(() -> terms(a, texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : runs) assertTrue(f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void synonymsRewriteInsideATermButNeverChainVariants() {
        Synonyms s = new Synonyms(List.of(new String[]{"医保", "医疗保障"}, new String[]{"两微一端", "微博", "微信", "客户端"}));
        assertEquals(List.of("医保基金", "医疗保障基金"), s.variants("医保基金"));
        assertEquals(List.of("医疗保障", "医保"), s.variants("医疗保障"));
        assertEquals(List.of("微博", "两微一端"), s.variants("微博"));
    }

    @Test
    void theSynonymFileHasTheCommonAbbreviations() {
        Synonyms s = Synonyms.of(Mappings.builtIn());
        assertTrue(s.variants("年报").containsAll(List.of("年度报告", "年度工作报告")));
        assertTrue(s.variants("三公经费").contains("“三公”经费"));
        assertTrue(s.variants("两微一端").containsAll(List.of("微博", "微信", "客户端")));
    }

    @Test
    void aQueryTermBecomesPhrasesNotLooseCharacters() {
        Query q = new CatalogQueryBuilder(new Synonyms(List.of())).build("异地就医");
        String s = q.toString();
        assertTrue(s.contains("item.bigrams:\"异地 地就 就医\""), s);
        assertTrue(s.contains("item.words:\"异地 就医\""), s);
        assertFalse(s.contains("item.bigrams:异 "), s);
    }
}
