package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own consistency checks on our analyzers: offsets that point into the original text, positions and
 * end state kept by reuse, the same tokens on every pass, on random text of every kind (checkRandomData). Runs
 * on JUnit 4's randomized runner; a failure prints the seed that reproduces it ({@code -Dtests.seed=…}).
 */
public class AnalyzerConsistencyTest extends BaseTokenStreamTestCase {

    public void testHanLPWordsWithOffsetsIntoTheOriginal() throws Exception {
        try (Analyzer a = new HanLPAnalyzer()) {
            // 異地 is folded to 异地 for matching; the offsets still point at the characters as printed
            assertAnalyzesTo(a, "異地就医 备案", new String[]{"异地", "就医", "备案"}, new int[]{0, 2, 5}, new int[]{2, 4, 7});
        }
    }

    public void testHanLPDropsInvisibleCharactersButKeepsOffsets() throws Exception {
        try (Analyzer a = new HanLPAnalyzer()) {
            // a zero-width space inside 文件名称 must not cut a word (HanLP reads 文件名 / 称 across it), offsets count it
            assertAnalyzesTo(a, "文件\u200b名称", new String[]{"文件名", "称"}, new int[]{0, 4}, new int[]{4, 5});
        }
    }

    public void testHanLPOnRandomText() throws Exception {
        try (Analyzer a = new HanLPAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testBigramsOnRandomText() throws Exception {
        try (Analyzer a = new BigramAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testHanLPOnLongRandomText() throws Exception {
        try (Analyzer a = new HanLPAnalyzer()) {
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096);
        }
    }

    public void testRememberedWordsOnRandomText() throws Exception {
        // a small memory, so that texts are forgotten and analysed again while the check runs
        try (Analyzer a = new RememberingAnalyzer(new HanLPAnalyzer(), 20_000)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRememberedBigramsOnRandomText() throws Exception {
        try (Analyzer a = new RememberingAnalyzer(new BigramAnalyzer(), 20_000)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRememberedWordsKeepOffsetsIntoTheOriginal() throws Exception {
        try (Analyzer a = new RememberingAnalyzer(new HanLPAnalyzer(), 1 << 20)) {
            for (int pass = 0; pass < 2; pass++) { // analysed, then replayed
                assertAnalyzesTo(a, "異地就医 备案", new String[]{"异地", "就医", "备案"}, new int[]{0, 2, 5}, new int[]{2, 4, 7});
                assertAnalyzesTo(a, "文件\u200b名称", new String[]{"文件名", "称"}, new int[]{0, 4}, new int[]{4, 5});
            }
        }
    }
}
