package org.gkml.index.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

import java.util.Map;

/**
 * {@link HanLPTokenizer} for analysis chains written as configuration (a Solr schema): the same words the embedded
 * index's {@link HanLPAnalyzer} gives, so a query ranks alike on both stores.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory {

    /** The SPI name. */
    public static final String NAME = "gkmlHanlp";

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("gkmlHanlp takes no parameters, got " + args.keySet());
    }

    /** For SPI only. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer();
    }
}
