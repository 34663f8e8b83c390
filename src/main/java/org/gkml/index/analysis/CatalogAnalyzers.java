package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.gkml.index.IndexFields;

/** Chooses the analysis by the field name's suffix: HanLP words, CJK bigrams, or the value as one keyword. */
public final class CatalogAnalyzers {

    private CatalogAnalyzers() {
    }

    /** The analyzer for writing and for highlighting; thread-safe like every Lucene analyzer. */
    public static Analyzer create() {
        Analyzer words = new HanLPAnalyzer();
        Analyzer bigrams = new BigramAnalyzer();
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
