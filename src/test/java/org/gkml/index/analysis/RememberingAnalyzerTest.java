package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RememberingAnalyzerTest {

    static final List<String> CELLS = List.of(
            "《中华人民共和国政府信息公开条例》第二十条",
            "政府网站\n政务微博\n政务微信",
            "異地就醫備案辦理",
            "文件\u200b名称 and 2024年度 Report-1",
            "“三公”经费预决算",
            "",
            "   ",
            "办理基本医疗保险参保人员异地就医备案业务".repeat(300)); // longer than RememberingAnalyzer.LONGEST_TEXT

    /** Everything indexing reads of a text's tokens, in order, and the end state. */
    static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "+" + posInc.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
            ts.end();
            out.add("end+" + posInc.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }

    @Test
    void theIndexingAnalysisGivesEveryFieldTheSameTokensAnalysedOrReplayed() throws IOException {
        try (Analyzer plain = CatalogAnalyzers.create(); Analyzer remembering = CatalogAnalyzers.forIndexing()) {
            for (int pass = 0; pass < 3; pass++) {
                for (String field : List.of("item.words", "content.bigrams", "kw.agency")) {
                    for (String cell : CELLS) assertEquals(tokens(plain, field, cell), tokens(remembering, field, cell), field + ": " + cell);
                }
            }
        }
    }

    @Test
    void aRepeatedCellIsAnalysedOnceAndALongOneEveryTime() throws IOException {
        try (RememberingAnalyzer a = new RememberingAnalyzer(new HanLPAnalyzer(), 1 << 20)) {
            for (int i = 0; i < 5; i++) tokens(a, "basis.words", CELLS.get(0));
            assertArrayEquals(new long[]{4, 1}, a.hitsAndMisses());
            for (int i = 0; i < 3; i++) tokens(a, "basis.words", CELLS.get(CELLS.size() - 1));
            assertArrayEquals(new long[]{4, 1}, a.hitsAndMisses(), "a text over the limit is neither looked up nor kept");
        }
    }

    @Test
    void theMemoryForgetsTheLeastRecentlyUsedTextsPastItsBudget() throws IOException {
        // room for two of these cells (about 360, 360 and 400 bytes as counted): a third pushes out the one used least recently
        String a = "政府信息公开指南", b = "政府信息公开制度", c = "政府信息公开年度报告";
        try (RememberingAnalyzer r = new RememberingAnalyzer(new BigramAnalyzer(), 800)) {
            tokens(r, "f", a);
            tokens(r, "f", b);
            tokens(r, "f", a);               // a is now the most recent
            tokens(r, "f", c);               // b goes
            assertArrayEquals(new long[]{1, 3}, r.hitsAndMisses());
            tokens(r, "f", a);
            assertArrayEquals(new long[]{2, 3}, r.hitsAndMisses());
            tokens(r, "f", b);
            assertArrayEquals(new long[]{2, 4}, r.hitsAndMisses());
        }
    }

    @Test
    void aMemoryWithoutRoomIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new RememberingAnalyzer(new BigramAnalyzer(), 0));
    }
}
