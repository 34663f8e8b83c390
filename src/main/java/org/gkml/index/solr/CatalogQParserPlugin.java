package org.gkml.index.solr;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.QueryStopWords;
import org.gkml.index.analysis.Synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code {!gkml loose=false}TEXT}: the query the embedded searcher builds for TEXT ({@link CatalogQueryBuilder}),
 * built inside Solr, so that both stores score the same Lucene query. The synonyms are the configset's
 * {@value Synonyms#FILE}, which {@code gkml solr init} copies from the mappings in effect. Blank text matches
 * every document, as in the embedded searcher.
 */
public final class CatalogQParserPlugin extends QParserPlugin {

    /** The name solrconfig.xml registers the parser under. */
    public static final String NAME = "gkml";
    /** Local parameter: the fallback form in which a long term's words may match anywhere in the entry. */
    public static final String LOOSE = "loose";

    // one per core (one plugin instance per core); read on first use, when the core's resource loader is ready
    private volatile CatalogQueryBuilder builder;

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                boolean loose = localParams != null && localParams.getBool(LOOSE, false);
                Query q = builder(req).build(qstr == null ? "" : qstr, loose);
                return q == null ? new MatchAllDocsQuery() : q;
            }
        };
    }

    private CatalogQueryBuilder builder(SolrQueryRequest req) {
        CatalogQueryBuilder b = builder;
        if (b == null) {
            try (InputStream in = req.getCore().getResourceLoader().openResource(Synonyms.FILE)) {
                b = new CatalogQueryBuilder(Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), stopWords(req)));
            } catch (IOException e) {
                throw new UncheckedIOException("the configset has no readable " + Synonyms.FILE, e);
            }
            builder = b;
        }
        return b;
    }

    /** The configset's query stop words; none in a configset uploaded before gkml wrote them. */
    private static QueryStopWords stopWords(SolrQueryRequest req) {
        try (InputStream in = req.getCore().getResourceLoader().openResource(QueryStopWords.FILE)) {
            return QueryStopWords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return QueryStopWords.NONE;
        }
    }

    @Override
    public String getDescription() {
        return "gkml's catalog query: phrases over HanLP words and CJK bigrams, field weights, synonyms";
    }
}
