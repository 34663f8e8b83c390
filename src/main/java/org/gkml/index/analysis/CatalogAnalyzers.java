package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.gkml.index.IndexFields;

/** Chooses the analysis by the field name's suffix: HanLP words, CJK bigrams, or the value as one keyword. */
public final class CatalogAnalyzers {

    private CatalogAnalyzers() {
    }

    /**
     * Heap for the words and for the bigrams {@link #forIndexing()} remembers, each: a few thousand distinct cells,
     * which is what a province's catalogs repeat.
     */
    static final long REMEMBERED_BYTES = 16L << 20;

    /** The analyzer for highlighting; thread-safe like every Lucene analyzer. */
    public static Analyzer create() {
        return perField(new HanLPAnalyzer(), new BigramAnalyzer());
    }

    /**
     * The same analysis for writing the index, remembering the tokens of recent texts so that a cell repeated on
     * many rows is segmented once ({@link RememberingAnalyzer}); it writes the same index as {@link #create()}.
     */
    public static Analyzer forIndexing() {
        return perField(new RememberingAnalyzer(new HanLPAnalyzer(), REMEMBERED_BYTES),
                new RememberingAnalyzer(new BigramAnalyzer(), REMEMBERED_BYTES));
    }

    private static Analyzer perField(Analyzer words, Analyzer bigrams) {
        Analyzer keyword = new KeywordAnalyzer();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.endsWith(IndexFields.WORDS)) return words;
                if (fieldName.endsWith(IndexFields.BIGRAMS)) return bigrams;
                return keyword;
            }
        };
    }
}
