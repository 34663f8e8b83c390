package org.gkml.index.analysis;

import org.apache.lucene.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.Map;

/**
 * The character folds in front of both of gkml's analyzers (invisible characters removed, traditional read as
 * simplified), for analysis chains written as configuration (a Solr schema).
 */
public final class CatalogCharFilterFactory extends CharFilterFactory {

    /** The SPI name. */
    public static final String NAME = "gkmlFold";

    public CatalogCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("gkmlFold takes no parameters, got " + args.keySet());
    }

    /** For SPI only. */
    public CatalogCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return SimplifiedCharFilter.folded(InvisibleCharacters.removed(input));
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
