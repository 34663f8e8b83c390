package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import java.io.Reader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/** HanLP words, width-folded and lower-cased like the bigram analysis. */
public final class HanLPAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanLPTokenizer source = new HanLPTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return SimplifiedCharFilter.folded(InvisibleCharacters.removed(reader));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return SimplifiedCharFilter.folded(InvisibleCharacters.removed(reader));
    }
}
