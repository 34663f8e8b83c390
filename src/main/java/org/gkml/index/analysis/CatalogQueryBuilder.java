package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.gkml.index.IndexFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a user types into a Lucene query. Terms are separated by white space and all must match. Each term
 * (and each synonym variant of it) becomes a phrase: over its CJK bigrams (异地就医 → "异地 地就 就医") and over its
 * HanLP words ("异地 就医"), in every text field, with the more specific fields weighted higher. A bare OR of
 * characters or bigrams would match texts that merely share a character. Query stop words (的 谁 如何 …, see
 * {@link QueryStopWords}) split a term and are left out; a term of one Chinese character matches any bigram holding it.
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
        b.put(IndexFields.PLACE, 0.5f);
        FIELD_BOOSTS = Map.copyOf(b);
    }

    /** How much of the other fields' scores counts beside the best field's. */
    private static final float FIELD_TIE_BREAKER = 0.2f;

    /** A long term whose exact phrase misses may still match word by word, at this fraction of the weight. */
    private static final float LOOSE_WEIGHT = 0.3f;

    /** A synonym counts a little less than the words the user typed. */
    private static final float VARIANT_WEIGHT = 0.6f;

    private final Analyzer wordAnalyzer;
    private final Analyzer bigramAnalyzer;
    private final QueryBuilder words;
    private final QueryBuilder bigrams;
    private final Synonyms synonyms;

    public CatalogQueryBuilder(Synonyms synonyms) {
        this(new HanLPAnalyzer(), new BigramAnalyzer(), synonyms);
    }

    CatalogQueryBuilder(Analyzer words, Analyzer bigrams, Synonyms synonyms) {
        this.wordAnalyzer = words;
        this.bigramAnalyzer = bigrams;
        this.words = new QueryBuilder(words);
        this.bigrams = new QueryBuilder(bigrams);
        this.synonyms = synonyms;
    }

    /** The query for the user's text, or null when it holds nothing searchable (blank, only punctuation). */
    public Query build(String text) {
        return build(text, false);
    }

    /**
     * Without {@code loose}, a term must match as a phrase, or, if it has three or more words, with all its words
     * in one field (异地就医备案 finds 异地就医登记备案). With {@code loose} (the fallback when nothing matched),
     * a term of two or more words may have its words anywhere in the entry (宁夏年报 → 宁夏 in the region, 年报
     * in the item).
     */
    public Query build(String text, boolean loose) {
        if (text == null) return null;
        List<Query> terms = new ArrayList<>();
        for (String term : contentTerms(text)) {
            Query q = term(term, loose);
            if (q != null) terms.add(q);
        }
        if (terms.size() <= 1) return terms.isEmpty() ? null : terms.get(0);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query q : terms) all.add(q, BooleanClause.Occur.MUST);
        return all.build();
    }

    /**
     * The terms to search: the white-space separated terms, each split where the word segmenter finds a query stop
     * word in it (异地就医的时限 → 异地就医, 时限; 谁公开三公经费 → 公开三公经费). The stop words themselves are left out;
     * a query made only of stop words keeps its terms as typed.
     */
    List<String> contentTerms(String text) {
        List<String> typed = new ArrayList<>();
        for (String term : text.strip().split("\\s+")) if (!term.isEmpty()) typed.add(term);
        QueryStopWords stop = synonyms.stopWords();
        List<String> out = new ArrayList<>();
        for (String term : typed) {
            int from = 0;
            try (TokenStream ts = wordAnalyzer.tokenStream(IndexFields.ITEM + IndexFields.WORDS, term)) {
                CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (!stop.contains(t.toString())) continue;
                    int start = Math.max(from, Math.min(o.startOffset(), term.length()));
                    addPiece(out, term.substring(from, start));
                    from = Math.max(start, Math.min(o.endOffset(), term.length()));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse the query term " + term, e);
            }
            addPiece(out, term.substring(from));
        }
        return out.isEmpty() ? typed : out;
    }

    /** A piece of a term between stop words, unless it holds no letter, digit or character (only punctuation). */
    private static void addPiece(List<String> out, String piece) {
        String p = piece.strip();
        if (p.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(p);
    }

    Query term(String term, boolean loose) {
        if (isOneCharacter(term)) return character(term);
        Query strict = term(term);
        List<String> parts = words(term);
        if (parts.size() < (loose ? 2 : 3)) return strict;
        Query wordByWord;
        if (loose) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : parts) {
                Query q = term(w);
                if (q != null) all.add(q, BooleanClause.Occur.MUST);
            }
            wordByWord = all.build();
        } else {
            List<Query> fields = new ArrayList<>();
            // Not in "other" and "place": they join unrelated columns, so their words together mean little.
            for (String field : List.of(IndexFields.ITEM, IndexFields.CATEGORY, IndexFields.CONTENT, IndexFields.BASIS)) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String w : parts) all.add(inField(field, w), BooleanClause.Occur.MUST);
                fields.add(new BoostQuery(all.build(), FIELD_BOOSTS.get(field)));
            }
            wordByWord = new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER);
        }
        Query weighted = new BoostQuery(wordByWord, LOOSE_WEIGHT);
        return strict == null ? weighted : new DisjunctionMaxQuery(List.of(strict, weighted), 0f);
    }

    /** The term's HanLP words, leaving out single characters (particles like 及 和 的 say too little alone). */
    private List<String> words(String term) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = wordAnalyzer.tokenStream(IndexFields.ITEM + IndexFields.WORDS, term)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) if (t.codePoints().count() > 1 && !out.contains(t.toString())) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the query term " + term, e);
        }
        return out;
    }

    /** Whether the term is one Chinese character (医), which a phrase over words or bigrams would find only standing alone. */
    static boolean isOneCharacter(String term) {
        return term.codePointCount(0, term.length()) == 1
                && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * A single Chinese character finds every entry that holds it anywhere in a text field (医 finds 医疗 and 就医):
     * any bigram or lone character containing it, each field at its weight. As a phrase it would find only the
     * texts where it stands alone as a word (保 in 保 密) and miss the rest.
     */
    private Query character(String c) {
        List<Query> fields = new ArrayList<>();
        for (String field : IndexFields.TEXT_FIELDS) {
            String f = field + IndexFields.BIGRAMS;
            BytesRef folded = bigramAnalyzer.normalize(f, c);
            Query q = new WildcardQuery(new Term(f, "*" + folded.utf8ToString() + "*"));
            fields.add(new BoostQuery(q, FIELD_BOOSTS.get(field)));
        }
        return new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER);
    }

    /**
     * The character a query made by {@link #character} finds (folded as the field's analysis folds it), or null for
     * any other query: the highlighter marks that character in the bigrams such a query matches.
     */
    public static String characterOf(Query q) {
        if (!(q instanceof WildcardQuery w)) return null;
        String t = w.getTerm().text();
        if (t.length() < 3 || t.charAt(0) != '*' || t.charAt(t.length() - 1) != '*') return null;
        String c = t.substring(1, t.length() - 1);
        return c.codePointCount(0, c.length()) == 1 ? c : null;
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
            if (fields.isEmpty()) continue;
            Query q = new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER);
            variants.add(variant.equals(term) ? q : new BoostQuery(q, VARIANT_WEIGHT));
        }
        if (variants.isEmpty()) return null;
        return variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0f);
    }

    /** The text or one of its synonyms, in one field. */
    private Query inField(String field, String text) {
        List<Query> variants = new ArrayList<>();
        for (String variant : synonyms.variants(text)) {
            Query q = phrase(field, variant);
            if (q != null) variants.add(variant.equals(text) ? q : new BoostQuery(q, VARIANT_WEIGHT));
        }
        return new DisjunctionMaxQuery(variants, 0f);
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
