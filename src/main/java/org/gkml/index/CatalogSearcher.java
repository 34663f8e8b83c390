package org.gkml.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.analysis.CatalogAnalyzers;
import org.gkml.index.analysis.CatalogQueryBuilder;
import org.gkml.index.analysis.CatalogSimilarity;
import org.gkml.index.analysis.Synonyms;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the committed index of a data folder. Thread-safe; sees the index as it was when opened.
 */
public final class CatalogSearcher implements SearchableIndex {

    public static final String MARK_START = "【";
    public static final String MARK_END = "】";
    private static final int PARSED_QUERIES = 1024;
    private static final Query ENTRIES = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY));

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig facetsConfig = EntryDocuments.facetsConfig();
    private final Analyzer analyzer = CatalogAnalyzers.create();
    private final CatalogQueryBuilder queryBuilder;
    private final Map<String, HitCollectors.GroupOrdinals> groupOrdinals = new ConcurrentHashMap<>();
    /** Text queries by their text (see {@link #text}), the most recently used kept. */
    private final Map<String, Optional<TextQuery>> parsed = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<TextQuery>> eldest) {
                    return size() > PARSED_QUERIES;
                }
            });
    /** Facet counts over every entry, for {@link #values}; a commit never changes, so counted once. */
    private volatile SortedSetDocValuesFacetCounts allCounts;
    private final Closeable onClose;
    private final StoredTextHighlighter highlighter;

    private CatalogSearcher(DirectoryReader reader, Synonyms synonyms, Closeable onClose) throws IOException {
        this.reader = reader;
        this.onClose = onClose;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new CatalogSimilarity());
        this.facetState = facetState(reader);
        this.highlighter = new StoredTextHighlighter(analyzer, MARK_START, MARK_END);
        this.queryBuilder = new CatalogQueryBuilder(synonyms);
    }

    /**
     * Opens the index of {@code dataDir}; fails with {@link IndexMissingException} when nothing was ingested and with
     * {@link IndexFormatException} when the index was written in another layout.
     */
    public static CatalogSearcher open(Path dataDir, Synonyms synonyms) throws IOException {
        Path dir = LuceneCatalogStore.indexDir(dataDir);
        if (!Files.isDirectory(dir)) throw new IndexMissingException(dataDir);
        Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = null;
        try {
            if (!DirectoryReader.indexExists(directory)) throw new IndexMissingException(dataDir);
            reader = DirectoryReader.open(directory);
            checkFormat(reader, dataDir);
            DirectoryReader r = reader;
            return new CatalogSearcher(reader, synonyms, () -> {
                try (directory) {
                    r.close();
                }
            });
        } catch (IOException | RuntimeException e) {
            try (directory; DirectoryReader r = reader) {
                throw e;
            }
        }
    }

    /**
     * A searcher over a reader its caller holds (the server shares one reader per commit among its requests): it takes
     * a reference to the reader and gives it back on close.
     */
    public static CatalogSearcher over(DirectoryReader reader, Path dataDir, Synonyms synonyms) throws IOException {
        checkFormat(reader, dataDir);
        reader.incRef();
        try {
            return new CatalogSearcher(reader, synonyms, reader::decRef);
        } catch (IOException | RuntimeException e) {
            reader.decRef();
            throw e;
        }
    }

    /** An index holding entries must be of this code's {@link IndexFields#FORMAT}; an empty one reads the same in any. */
    private static void checkFormat(DirectoryReader reader, Path dataDir) throws IOException {
        String format = reader.getIndexCommit().getUserData().get(IndexFields.FORMAT_KEY);
        if (reader.maxDoc() > 0 && !IndexFields.FORMAT.equals(format)) throw new IndexFormatException(dataDir, format);
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, EntryDocuments.facetsConfig());
        } catch (IllegalArgumentException noFacetField) {
            return null; // an index without entries has no facet values
        }
    }

    /**
     * A plain query matching what {@link #search} matches (filters as keyword clauses rather than drill-down), for
     * {@code IndexSearcher.explain} when tuning weights.
     */
    public Query query(SearchRequest request) {
        return query(request, false);
    }

    private Query query(SearchRequest request, boolean loose) {
        return query(request, text(request.query(), loose));
    }

    /**
     * The query for a user's text, built once per text: building segments the text with HanLP and analyses each
     * variant for six fields twice, and analysts repeat their searches (paging, other filters, grouping). Queries
     * are immutable, so one serves every thread; each keeps its scoring weight ({@link ReusedWeightQuery}).
     */
    private Query text(String query, boolean loose) {
        TextQuery t = textQuery(query, loose);
        return t == null ? null : t.full();
    }

    /**
     * A text's whole query and its first-pass form ({@link CheapQuery}: the same matches, word phrases checked only
     * where bigram phrases miss), the same query when the text has no word phrases to spare.
     */
    private record TextQuery(Query full, Query first) {
        boolean twoPass() {
            return first != full;
        }
    }

    private TextQuery textQuery(String query, boolean loose) {
        String key = (loose ? "L" : "S") + query;
        Optional<TextQuery> q = parsed.get(key);
        if (q == null) {
            Query built = queryBuilder.build(query, loose);
            try {
                if (built == null) {
                    q = Optional.empty();
                } else {
                    Query rewritten = searcher.rewrite(built);
                    Query full = new ReusedWeightQuery(rewritten, searcher);
                    Query cheap = CheapQuery.of(rewritten);
                    q = Optional.of(new TextQuery(full, cheap == rewritten ? full : new ReusedWeightQuery(searcher.rewrite(cheap), searcher)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            parsed.put(key, q);
        }
        return q.orElse(null);
    }

    /**
     * The entries matching {@code text} (null: every entry) that pass the request's filters. Only entries have text
     * fields, so a text query needs no clause to leave the catalogs' marker documents out.
     */
    private static Query query(SearchRequest request, Query text) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (text == null) q.add(ENTRIES, BooleanClause.Occur.FILTER);
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : f.getValue()) any.add(new TermQuery(new Term(FilterKey.of(f.getKey()).field(), v.strip())), BooleanClause.Occur.SHOULD);
            q.add(any.build(), BooleanClause.Occur.FILTER);
        }
        q.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        return q.build();
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        SearchResult r = search(request, false);
        if (r.totalHits() == 0 && !request.query().isBlank()) {
            // Nothing matched as phrases: let two-word terms (宁夏年报) match word by word.
            r = search(request, true);
        }
        return r;
    }

    private SearchResult search(SearchRequest request, boolean loose) throws IOException {
        TextQuery t = textQuery(request.query(), loose);
        Query text = t == null ? null : t.full();
        // The first pass counts, ranks and (with facets) counts values over every match with the cheaper query; its
        // best hits, more than are shown, are then scored with the whole query and ranked again.
        Query first = t == null ? null : t.first();
        boolean twoPass = t != null && t.twoPass();
        if (request.groupBy() == null) {
            int window = twoPass ? request.limit() + RESCORED : request.limit();
            Counted<HitCollectors.Top> top = run(request, first, HitCollectors.top(window, request.collapseCopies()));
            List<HitCollectors.Slot> best = twoPass ? rescored(text, top.result().best(), request.limit()) : top.result().best();
            // hits of earlier pages are ranked, not read
            best = best.subList(Math.min(request.offset(), best.size()), best.size());
            List<Candidate> shown = candidates(query(request, (Query) null), best, request.collapseCopies());
            return new SearchResult(top.result().totalHits(), hits(text, shown), facets(top.facets(), request), List.of());
        }
        HitCollectors.GroupOrdinals ordinals = groupOrdinals(request.groupBy());
        Counted<HitCollectors.GroupCounts> counted = run(request, first, HitCollectors.groupCounts(ordinals));
        HitCollectors.GroupCounts counts = counted.result();
        // groups ranked by their best hit, as the hits themselves are ranked
        List<Integer> present = new ArrayList<>();
        for (int o = 0; o < counts.count().length; o++) if (counts.count()[o] > 0) present.add(o);
        present.sort((a, b) -> {
            float sa = counts.bestScore()[a], sb = counts.bestScore()[b];
            return sa != sb ? Float.compare(sb, sa) : Integer.compare(counts.bestDoc()[a], counts.bestDoc()[b]);
        });
        // the first pass's ranking of groups is close to the whole query's, so a few more groups are ranked again
        int considered = twoPass ? request.groups() + RESCORED_GROUPS : request.groups();
        List<Integer> chosen = new ArrayList<>(present.subList(0, Math.min(considered, present.size())));
        int[] slotOf = new int[counts.count().length];
        java.util.Arrays.fill(slotOf, -1);
        for (int i = 0; i < chosen.size(); i++) slotOf[chosen.get(i)] = i;
        int window = twoPass ? request.limit() + RESCORED_PER_GROUP : request.limit();
        HitCollectors.GroupHits inGroups = chosen.isEmpty() ? new HitCollectors.GroupHits(List.of(), new int[0])
                : searcher.search(inGroups(query(request, first), request.groupBy(), ordinals, chosen),
                HitCollectors.groupHits(ordinals, slotOf, chosen.size(), window, request.collapseCopies()));
        List<List<HitCollectors.Slot>> best = new ArrayList<>(inGroups.best());
        int[] distinct = inGroups.distinct();
        if (twoPass && !chosen.isEmpty()) {
            // each group's hits scored with the whole query; the groups ranked again by their best hit
            List<HitCollectors.Slot> pooled = new ArrayList<>();
            best.forEach(pooled::addAll);
            Map<Integer, Float> scores = new HashMap<>();
            for (HitCollectors.Slot r : rescored(text, pooled, pooled.size())) scores.put(r.doc, r.score);
            for (int g = 0; g < best.size(); g++) {
                List<HitCollectors.Slot> again = new ArrayList<>();
                for (HitCollectors.Slot r : best.get(g)) again.add(new HitCollectors.Slot(r.key, scores.get(r.doc), r.doc));
                again.sort(HitCollectors.BEST_FIRST);
                best.set(g, again.size() > request.limit() ? new ArrayList<>(again.subList(0, request.limit())) : again);
            }
            Integer[] order = new Integer[best.size()];
            for (int g = 0; g < order.length; g++) order[g] = g;
            java.util.Arrays.sort(order, (a, b) -> best.get(a).isEmpty() || best.get(b).isEmpty()
                    ? Boolean.compare(best.get(a).isEmpty(), best.get(b).isEmpty())
                    : HitCollectors.BEST_FIRST.compare(best.get(a).get(0), best.get(b).get(0)));
            List<List<HitCollectors.Slot>> ranked = new ArrayList<>();
            List<Integer> rankedChosen = new ArrayList<>();
            int keep = Math.min(order.length, request.groups());
            int[] rankedDistinct = new int[keep];
            for (int g = 0; g < keep; g++) {
                ranked.add(best.get(order[g]));
                rankedChosen.add(chosen.get(order[g]));
                rankedDistinct[g] = distinct[order[g]];
            }
            best.clear();
            best.addAll(ranked);
            chosen = rankedChosen;
            distinct = rankedDistinct;
        }
        List<HitCollectors.Slot> all = new ArrayList<>();
        best.forEach(all::addAll);
        List<Candidate> candidates = candidates(query(request, (Query) null), all, request.collapseCopies());
        List<SearchResult.Hit> made = hits(text, candidates);
        List<SearchResult.Group> groups = new ArrayList<>();
        int i = 0;
        for (int g = 0; g < chosen.size(); g++) {
            int size = best.get(g).size();
            int o = chosen.get(g);
            String value = o == ordinals.missing() ? null : ordinals.value(o);
            groups.add(new SearchResult.Group(value == null || value.isBlank() ? null : value, distinct[g], made.subList(i, i + size)));
            i += size;
        }
        return new SearchResult(counts.totalHits(), made, facets(counted.facets(), request), groups, present.size());
    }

    /**
     * How many hits beyond those shown the first pass hands to the whole query to score again: a hit whose word
     * phrases lift it among the shown ones is found unless this many others outrank it in the first pass. On the
     * 200,000-entry bench index, 36 of the 39 judged searches showed the same top 20 as scoring every match with the
     * whole query (the others swapped near-equal hits); 400 did no better.
     */
    static final int RESCORED = 100;
    /** The same per group of a grouped search. */
    static final int RESCORED_PER_GROUP = 5;
    /** How many groups beyond those shown a grouped search ranks again with the whole query. */
    static final int RESCORED_GROUPS = 20;

    /**
     * The first pass's best hits scored with the whole text query (their copies have the same text, so the same
     * score) and ranked again: the best {@code n}, best first.
     */
    private List<HitCollectors.Slot> rescored(Query text, List<HitCollectors.Slot> hits, int n) throws IOException {
        if (hits.isEmpty()) return hits;
        List<HitCollectors.Slot> byDoc = new ArrayList<>(hits);
        byDoc.sort(java.util.Comparator.comparingInt(s -> s.doc));
        org.apache.lucene.search.Weight weight = searcher.createWeight(text, org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = reader.leaves();
        List<HitCollectors.Slot> out = new ArrayList<>(byDoc.size());
        int leafIndex = -1;
        org.apache.lucene.search.Scorer scorer = null;
        LeafReaderContext leaf = null;
        for (HitCollectors.Slot s : byDoc) {
            int li = ReaderUtil.subIndex(s.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                scorer = weight.scorer(leaf);
            }
            float score = 0;
            if (scorer != null) {
                int d = s.doc - leaf.docBase;
                org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
                if (it.docID() < d) it.advance(d);
                if (it.docID() == d) score = scorer.score();
            }
            out.add(new HitCollectors.Slot(s.key, score, s.doc));
        }
        out.sort(HitCollectors.BEST_FIRST);
        return out.size() > n ? new ArrayList<>(out.subList(0, n)) : out;
    }

    /**
     * The second look of a grouped search needs only the entries of the chosen groups: a group key has one value
     * per entry, written as its keyword term too, so those terms narrow the query to them and the text is matched
     * again only there, not in every group. Entries without a value have no term: when their group is chosen, the
     * query is left as it is (the collector picks the groups' entries either way).
     */
    private static Query inGroups(Query query, String key, HitCollectors.GroupOrdinals ordinals, List<Integer> chosen) throws IOException {
        List<BytesRef> values = new ArrayList<>();
        for (int o : chosen) {
            if (o == ordinals.missing()) return query;
            values.add(new BytesRef(ordinals.value(o)));
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(FilterKey.of(key).field(), values), BooleanClause.Occur.FILTER)
                .build();
    }

    /** What a search collected and the facet counts beside it (null when not counted or the index has none). */
    private record Counted<R>(R result, Facets facets) {
    }

    /**
     * Runs the query. With facets, the filters are drill-down: a filtered key's facet counts ignore that key's own
     * filter ("drill sideways"), so they show what choosing another value would give.
     */
    private <C extends org.apache.lucene.search.Collector, R> Counted<R> run(SearchRequest request, Query text, CollectorManager<C, R> collect)
            throws IOException {
        if (!request.facets() || facetState == null) return new Counted<>(searcher.search(query(request, text), collect), null);
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, text == null ? new ConstantScoreQuery(ENTRIES) : text);
        FacetTable table = request.filters().isEmpty() ? facetTable() : null;
        if (table != null) {
            // no filter, so nothing to count sideways: the values are counted while the hits are collected, as
            // DrillSideways would count them over the same query's matches
            FacetTable.Counted<R> counted = searcher.search(drill, table.counting(collect));
            return new Counted<>(counted.result(), counted.facets());
        }
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            for (String v : f.getValue()) drill.add(f.getKey(), v.strip());
        }
        DrillSideways.ConcurrentDrillSidewaysResult<R> r = new DrillSideways(searcher, facetsConfig, facetState).search(drill, collect);
        return new Counted<>(r.collectorResult, r.facets);
    }

    private volatile FacetTable facetTable;
    private volatile boolean facetTableBuilt;

    /** The facet values of every entry of this reader in arrays, built on first use; null when not usable. */
    private FacetTable facetTable() throws IOException {
        if (!facetTableBuilt) {
            synchronized (this) {
                if (!facetTableBuilt) {
                    facetTable = FacetTable.of(facetState);
                    facetTableBuilt = true;
                }
            }
        }
        return facetTable;
    }

    /** A hit before highlighting; {@code copies} are the sources of identical entries folded into it. */
    private record Candidate(HitCollectors.Slot slot, ObjectNode record, int ordinal, List<String> copies, Document stored) {
    }

    /**
     * The hits to show, in the given order, with their stored records. When folding, each stands for every matching
     * entry with its content hash (the same agency, region and values: the same catalog ingested from another file,
     * e.g. its DOCX and PDF renditions); those are found by the hash's term and named as copies, best-ranked first.
     */
    private List<Candidate> candidates(Query filters, List<HitCollectors.Slot> shown, boolean collapse) throws IOException {
        Map<Long, List<HitCollectors.Slot>> members = new HashMap<>();
        if (collapse && !shown.isEmpty()) {
            Set<Long> keys = new HashSet<>();
            List<BytesRef> terms = new ArrayList<>();
            for (HitCollectors.Slot s : shown) if (keys.add(s.key)) terms.add(new BytesRef(EntryDocuments.hashTerm(s.key)));
            // Copies have the shown entry's text, so they match its words too: only the filters (a source, say) can
            // leave one out. Asking for the words again would weigh every query term once more (a fifth of a search).
            Query ofCopies = new BooleanQuery.Builder()
                    .add(filters, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(IndexFields.CONTENT_HASH_TERM, terms), BooleanClause.Occur.FILTER)
                    .build();
            for (HitCollectors.Slot m : searcher.search(ofCopies, HitCollectors.members(keys))) {
                members.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
            }
        }
        StoredFields stored = searcher.storedFields();
        List<Candidate> out = new ArrayList<>();
        for (HitCollectors.Slot s : shown) {
            Document d = stored.document(s.doc, STORED_OF_HIT);
            ObjectNode record = (ObjectNode) CatalogJson.MAPPER.readTree(d.get(IndexFields.RECORD));
            IndexableField ordinal = d.getField(IndexFields.ORDINAL);
            List<String> copies = new ArrayList<>();
            List<HitCollectors.Slot> same = new ArrayList<>(members.getOrDefault(s.key, List.of()));
            same.sort(HitCollectors.BEST_FIRST);
            for (HitCollectors.Slot m : same) if (m.doc != s.doc) copies.add(source(stored, m.doc));

            out.add(new Candidate(s, record, ordinal == null ? -1 : ordinal.numericValue().intValue(), copies, d));
        }
        return out;
    }

    /** A hit's record and position, and the texts its snippets come from: one read of its stored fields. */
    private static final Set<String> STORED_OF_HIT = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(IndexFields.RECORD, IndexFields.ORDINAL),
            IndexFields.TEXT_FIELDS.stream().map(f -> f + IndexFields.BIGRAMS)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A copy's source file (a copy is shown by name only): from doc values, else from its stored record. */
    private String source(StoredFields stored, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues sources = DocValues.getSorted(leaf.reader(), EntryDocuments.groupField(FilterKey.SOURCE.key()));
        if (sources.advanceExact(doc - leaf.docBase)) return sources.lookupOrd(sources.ordValue()).utf8ToString();
        String json = stored.document(doc, Set.of(IndexFields.RECORD)).get(IndexFields.RECORD);
        return CatalogJson.MAPPER.readTree(json).path("source").asText();
    }

    /** The group key's global ordinals for this reader, built on first use. */
    private HitCollectors.GroupOrdinals groupOrdinals(String key) {
        return groupOrdinals.computeIfAbsent(key, k -> {
            try {
                return GroupValues.of(reader, EntryDocuments.groupField(k));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The candidates as hits, with the matches of {@code text} (null: no text, nothing to mark) marked. */
    private List<SearchResult.Hit> hits(Query text, List<Candidate> candidates) throws IOException {
        Map<String, StoredTextHighlighter.Snippet[]> snippets = highlight(text, candidates);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Map<String, String> h = new LinkedHashMap<>();
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (String field : IndexFields.TEXT_FIELDS) {
                StoredTextHighlighter.Snippet[] s = snippets.get(field + IndexFields.BIGRAMS);
                if (s != null && s[i] != null && s[i].parts().size() > 1) {
                    h.put(field, s[i].marked());
                    parts.put(field, s[i].parts());
                }
            }
            Candidate c = candidates.get(i);
            hits.add(new SearchResult.Hit(c.slot().score, c.record(), h, c.copies(), c.ordinal(), parts));
        }
        return hits;
    }

    /**
     * Per bigram field, a snippet per hit (null where the field has no match), from the texts the candidates read,
     * with the field's own terms and phrases ({@link FieldQueries}).
     */
    private Map<String, StoredTextHighlighter.Snippet[]> highlight(Query text, List<Candidate> candidates) throws IOException {
        if (candidates.isEmpty() || text == null) return Map.of();
        Map<String, StoredTextHighlighter.Snippet[]> out = new HashMap<>();
        for (String name : IndexFields.TEXT_FIELDS) {
            String field = name + IndexFields.BIGRAMS;
            Query own = FieldQueries.onField(text, field);
            if (own == null) continue;
            StoredTextHighlighter.Field marker = highlighter.field(field, own, 2);
            StoredTextHighlighter.Snippet[] snippets = new StoredTextHighlighter.Snippet[candidates.size()];
            for (int i = 0; i < snippets.length; i++) {
                String value = candidates.get(i).stored().get(field);
                if (value != null) snippets[i] = marker.marked(value);
            }
            out.put(field, snippets);
        }
        return out;
    }

    /** The values a filter key has in the index, most frequent first (at most {@code max}). */
    @Override
    public List<SearchResult.FacetCount> values(String key, int max) throws IOException {
        FilterKey.of(key); // rejects unknown keys
        if (facetState == null) return List.of();
        SortedSetDocValuesFacetCounts counts = allCounts;
        if (counts == null) {
            Query entries = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ENTRY));
            FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, entries, 1, new FacetsCollectorManager());
            allCounts = counts = new SortedSetDocValuesFacetCounts(facetState, all.facetsCollector());
        }
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (FacetResult r : counts.getAllDims(max)) {
            if (!r.dim.equals(key)) continue;
            for (LabelAndValue lv : r.labelValues) out.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
        }
        return out;
    }

    /** Per key, its most frequent values among the matches, as many as the request asks for the key. */
    private Map<String, List<SearchResult.FacetCount>> facets(Facets counts, SearchRequest request) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (counts == null) return out;
        Map<String, FacetResult> byDim = new LinkedHashMap<>();
        // drill sideways gives null for a filtered key none of its sideways hits has a value of (two keys filtered, no hit)
        for (FacetResult r : counts.getAllDims(request.mostFacetValues())) if (r != null) byDim.put(r.dim, r);
        for (FilterKey k : FilterKey.values()) {
            String key = k.key();
            FacetResult r = byDim.get(key);
            if (r == null || r.value.intValue() == 0) continue;
            List<SearchResult.FacetCount> values = new ArrayList<>();
            int n = request.facetValues(key);
            for (LabelAndValue lv : r.labelValues) {
                if (values.size() == n) break;
                values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
            }
            out.put(key, values);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        onClose.close();
    }
}
