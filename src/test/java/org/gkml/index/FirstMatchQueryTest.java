package org.gkml.index;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first pass of a text search: what it matches and how it scores ({@link FirstMatchQuery}, {@link CheapQuery}). */
class FirstMatchQueryTest {

    static final PhraseQuery BIGRAMS = new PhraseQuery("t.bigrams", "x", "y");
    static final PhraseQuery WORDS = new PhraseQuery("t.words", "x", "y");

    /** Per document: its bigram text, its word text, and which query scores it (null: no match). */
    static final String[][] DOCS = {
            {"x y", "x y", "bigrams"},   // both phrases match: scored by the bigram phrase alone
            {"x , y", "x y", "words"},   // the bigram phrase misses (across punctuation): the word phrase
            {"x y z", "z", "bigrams"},   // the bigram phrase alone
            {"y x", "y q x", null},      // the terms, but not as a phrase in either: no match
            {"q", "q", null},
    };

    @Test
    void matchesEitherAndScoresByTheFirstWhereItMatches() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String[] d : DOCS) {
                    Document doc = new Document();
                    doc.add(new TextField("t.bigrams", d[0], Field.Store.NO));
                    doc.add(new TextField("t.words", d[1], Field.Store.NO));
                    doc.add(new StoredField("id", d[0]));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                Map<Integer, Float> got = scores(s, new FirstMatchQuery(BIGRAMS, WORDS));
                Map<Integer, Float> bigrams = scores(s, BIGRAMS), words = scores(s, WORDS);
                Map<Integer, Float> expected = new TreeMap<>();
                for (int i = 0; i < DOCS.length; i++) {
                    if ("bigrams".equals(DOCS[i][2])) expected.put(i, bigrams.get(i));
                    if ("words".equals(DOCS[i][2])) expected.put(i, words.get(i));
                }
                assertEquals(expected, got);
                // a disjunction would have added the word phrase's score where both match
                Map<Integer, Float> both = scores(s, new BooleanQuery.Builder().add(BIGRAMS, BooleanClause.Occur.SHOULD)
                        .add(WORDS, BooleanClause.Occur.SHOULD).build());
                assertEquals(expected.keySet(), both.keySet());
                assertNotEquals(both.get(0), got.get(0));
                assertEquals(3, s.count(new FirstMatchQuery(BIGRAMS, WORDS)));
            }
        }
    }

    static Map<Integer, Float> scores(IndexSearcher s, Query q) throws IOException {
        Map<Integer, Float> out = new TreeMap<>();
        TopDocs top = s.search(q, 100_000);
        for (ScoreDoc d : top.scoreDocs) out.put(d.doc, d.score);
        return out;
    }

    @TempDir
    static Path data;

    /**
     * Over the seed corpus, the first-pass query of every judged text (and of 三公经费, whose “三公”经费 only the
     * word phrase finds) matches exactly the entries the whole query matches, and never scores one higher.
     */
    @Test
    void theFirstPassMatchesWhatTheWholeQueryMatches() throws Exception {
        TestCorpus.index(data);
        CatalogQueryBuilder builder = new CatalogQueryBuilder(Synonyms.of(Mappings.builtIn()));
        List<String> texts = new ArrayList<>(org.gkml.bench.ScaleBenchmark.judged().stream().map(j -> j.query()).distinct().toList());
        texts.add("三公经费");
        try (Directory dir = org.apache.lucene.store.FSDirectory.open(LuceneCatalogStore.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new org.gkml.index.analysis.CatalogSimilarity());
            int pairs = 0;
            for (String text : texts) {
                for (boolean loose : new boolean[]{false, true}) {
                    Query full = builder.build(text, loose);
                    Query cheap = CheapQuery.of(s.rewrite(full));
                    pairs += cheap.toString().split("first\\(", -1).length - 1;
                    Map<Integer, Float> whole = scores(s, full), first = scores(s, cheap);
                    assertEquals(whole.keySet(), first.keySet(), text + (loose ? " (loose)" : ""));
                    for (Map.Entry<Integer, Float> e : first.entrySet()) {
                        assertTrue(e.getValue() <= whole.get(e.getKey()) * 1.0001f, text + ": doc " + e.getKey());
                    }
                }
            }
            assertTrue(pairs > texts.size() * 6, "each text's fields pair their bigram and word phrases: " + pairs);
        }
    }

    /**
     * A search shows the whole query's scores, in its order: the first pass's best hits are scored again. Over the
     * corpus every judged text has fewer matches than the first pass hands on, so the hits are those of scoring every
     * match with the whole query.
     */
    @Test
    void theHitsShownAreRankedAndScoredByTheWholeQuery() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(data, "two-pass");
        TestCorpus.index(dir);
        List<String> texts = org.gkml.bench.ScaleBenchmark.judged().stream().map(j -> j.query()).distinct().toList();
        try (CatalogSearcher searcher = CatalogSearcher.open(dir, Synonyms.of(Mappings.builtIn()));
             Directory index = org.apache.lucene.store.FSDirectory.open(LuceneCatalogStore.indexDir(dir));
             DirectoryReader reader = DirectoryReader.open(index)) {
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new org.gkml.index.analysis.CatalogSimilarity());
            int checked = 0;
            for (String text : texts) {
                SearchRequest request = new SearchRequest(text, Map.of(), 10, null, false).withFacets(false);
                SearchResult r = searcher.search(request);
                TopDocs whole = s.search(searcher.query(request), 10);
                if (whole.scoreDocs.length == 0) continue; // matched loosely (宁夏年报): another query
                checked++;
                List<Float> expected = new ArrayList<>(), got = new ArrayList<>();
                for (ScoreDoc d : whole.scoreDocs) expected.add(d.score);
                for (SearchResult.Hit h : r.hits()) got.add(h.score());
                assertEquals(expected, got, text);
            }
            assertTrue(checked > 20, "checked " + checked);
        }
    }
}
