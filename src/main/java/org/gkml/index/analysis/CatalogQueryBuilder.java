package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.gkml.index.IndexFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a user types into a Lucene query. Terms are separated by white space and all must match. Each term
 * (and each synonym variant of it) becomes a phrase: over its CJK bigrams (异地就医 → "异地 地就 就医") and over its
 * HanLP words ("异地 就医"), in every text field, with the more specific fields weighted higher. A bare OR of
 * characters or bigrams would match texts that merely share a character.
 */
public final class CatalogQueryBuilder {

    /** Field weights: the item (二级事项) and category (一级事项) name what a row is about; content details it. */
    public static final Map<String, Float> FIELD_BOOSTS;

    static {
        Map<String, Float> b = new LinkedHashMap<>();
        b.put(IndexFields.ITEM, 4f);
        b.put(IndexFields.CATEGORY, 3f);
        b.put(IndexFields.CONTENT, 2f);
        b.put(IndexFields.BASIS, 1f);
        b.put(IndexFields.OTHER, 1f);
        FIELD_BOOSTS = Map.copyOf(b);
    }

    /** How much of the other fields' scores counts beside the best field's. */
    private static final float FIELD_TIE_BREAKER = 0.2f;

    private final QueryBuilder words;
    private final QueryBuilder bigrams;
    private final Synonyms synonyms;

    public CatalogQueryBuilder(Synonyms synonyms) {
        this(new HanLPAnalyzer(), new BigramAnalyzer(), synonyms);
    }

    CatalogQueryBuilder(Analyzer words, Analyzer bigrams, Synonyms synonyms) {
        this.words = new QueryBuilder(words);
        this.bigrams = new QueryBuilder(bigrams);
        this.synonyms = synonyms;
    }

    /** The query for the user's text, or null when it holds nothing searchable (blank, only punctuation). */
    public Query build(String text) {
        if (text == null) return null;
        List<Query> terms = new ArrayList<>();
        for (String term : text.strip().split("\\s+")) {
            Query q = term.isEmpty() ? null : term(term);
            if (q != null) terms.add(q);
        }
        if (terms.size() <= 1) return terms.isEmpty() ? null : terms.get(0);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query q : terms) all.add(q, BooleanClause.Occur.MUST);
        return all.build();
    }

    /** One term: the best of its variants, each scored by its best field plus a little of the others. */
    Query term(String term) {
        List<Query> variants = new ArrayList<>();
        for (String variant : synonyms.variants(term)) {
            List<Query> fields = new ArrayList<>();
            for (String field : IndexFields.TEXT_FIELDS) {
                Query q = phrase(field, variant);
                if (q != null) fields.add(new BoostQuery(q, FIELD_BOOSTS.get(field)));
            }
            if (!fields.isEmpty()) variants.add(new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER));
        }
        if (variants.isEmpty()) return null;
        return variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0f);
    }

    /** Bigram phrase and word phrase in one field; both count when both match. */
    private Query phrase(String field, String text) {
        Query b = bigrams.createPhraseQuery(field + IndexFields.BIGRAMS, text);
        Query w = words.createPhraseQuery(field + IndexFields.WORDS, text);
        if (b == null) return w;
        if (w == null) return b;
        return new BooleanQuery.Builder()
                .add(b, BooleanClause.Occur.SHOULD)
                .add(w, BooleanClause.Occur.SHOULD)
                .build();
    }
}
