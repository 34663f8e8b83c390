package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import java.io.Reader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping CJK bigrams (Latin words and numbers stay whole). Independent of any dictionary, so a short query
 * finds every text that contains it, whatever a segmenter would have done with the surrounding characters.
 * Bigrams do not cross punctuation: “三公”经费 gives 三公 | 经费.
 */
public final class BigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
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
