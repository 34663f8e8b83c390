package org.gkml.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.gkml.index.analysis.CatalogQueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Marks a query's matches in texts the caller already holds (a hit's stored fields, read once with its record), by
 * analysing them again. Lucene's highlighter without a searcher prepares a field's terms and phrases again for every
 * text; here they are prepared once per field and query and used for every hit. Matching the whole query against each
 * hit (weight matches) instead looked every query term up in every field of the index once per hit and field (three
 * quarters of a search's time); the terms and phrases of the highlighted field, matched in its own text, mark the
 * same words.
 * <p>
 * A snippet comes both as text with the matches between marks and as the parts it is made of ({@link Snippet}), so a
 * mark character the text holds itself is never taken for a mark. A one-character query term matches every bigram
 * holding its character; only the character is marked, not the bigram around it.
 */
final class StoredTextHighlighter extends UnifiedHighlighter {

    static final String GAP = "…";

    private final Analyzer analyzer;
    private final String markStart;
    private final String markEnd;

    StoredTextHighlighter(Analyzer analyzer, String markStart, String markEnd) {
        super(UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(UNFORMATTED)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false));
        this.analyzer = analyzer;
        this.markStart = markStart;
        this.markEnd = markEnd;
    }

    /** The highlighter's passages as they are: formatted by {@link Field#marked}, which knows the query. */
    private static final PassageFormatter UNFORMATTED = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            return new Found(passages, content);
        }
    };

    private record Found(Passage[] passages, String content) {
    }

    /**
     * A snippet: its best passages of the text joined by {@link #GAP}, the matches between the marks in
     * {@code marked}, and the same text as plain and matched parts in turn in {@code parts} (the first plain, maybe
     * empty; the last plain, maybe empty).
     */
    record Snippet(String marked, List<String> parts) {
    }

    /** Marks {@code query}'s matches in texts of {@code field}: at most {@code passages} passages each. */
    Field field(String field, Query query, int passages) {
        FieldHighlighter h = getFieldHighlighter(field, query, extractTerms(query), passages);
        Map<BytesRef, String> characters = characters(field, query);
        return text -> {
            Object found = h.highlightFieldForDoc(null, -1, text);
            return found == null ? null : format((Found) found, field, characters);
        };
    }

    interface Field {
        /** The text's best passages with the matches marked, or null when nothing in it matches. */
        Snippet marked(String text) throws IOException;
    }

    /**
     * The one-character terms of the query on the field, by the label the highlighter gives their matches (the query
     * matching every term that holds the character; see {@link CatalogQueryBuilder#characterOf}), with the character
     * as the field's analysis folds it.
     */
    private Map<BytesRef, String> characters(String field, Query query) {
        Map<BytesRef, String> out = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
                String c = CatalogQueryBuilder.characterOf(q);
                if (c != null && f.equals(field)) out.put(new BytesRef(q.toString()), folded(field, c));
            }
        });
        return out;
    }

    private String folded(String field, String text) {
        return analyzer.normalize(field, text).utf8ToString();
    }

    /**
     * One character as the field's analysis folds it, remembered: a one-character term's matches are cut down by
     * folding every character of each matched bigram, and running the analyser's char filters once per character was
     * a twentieth of a search. Folding a character alone depends on nothing else, so the remembered value is the one
     * folding it again would give. Few distinct characters occur; past {@link #FOLDED_KEPT} they are folded afresh.
     */
    private String foldedCharacter(String field, String character) {
        String key = field + '\u0000' + character;
        String f = foldedCharacters.get(key);
        if (f == null) {
            f = folded(field, character);
            if (foldedCharacters.size() < FOLDED_KEPT) foldedCharacters.put(key, f);
        }
        return f;
    }

    private static final int FOLDED_KEPT = 100_000;
    private final Map<String, String> foldedCharacters = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * As Lucene's default formatter writes a snippet (a gap between passages that do not touch, overlapping matches
     * marked as one), from matches where each one-character term's match is cut down to its character.
     */
    private Snippet format(Found found, String field, Map<BytesRef, String> characters) {
        String content = found.content();
        StringBuilder marked = new StringBuilder();
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int pos = 0;
        for (Passage passage : found.passages()) {
            if (passage.getStartOffset() > pos && pos > 0) {
                marked.append(GAP);
                plain.append(GAP);
            }
            pos = passage.getStartOffset();
            int[][] matches = matches(passage, content, field, characters);
            for (int i = 0; i < matches.length; i++) {
                int start = Math.max(pos, matches[i][0]);
                int end = matches[i][1];
                while (i + 1 < matches.length && matches[i + 1][0] < end) end = Math.max(end, matches[++i][1]);
                end = Math.min(end, passage.getEndOffset());
                if (end <= start) continue;
                marked.append(content, pos, start);
                plain.append(content, pos, start);
                marked.append(markStart).append(content, start, end).append(markEnd);
                parts.add(plain.toString());
                parts.add(content.substring(start, end));
                plain.setLength(0);
                pos = end;
            }
            int end = Math.max(pos, passage.getEndOffset());
            marked.append(content, pos, end);
            plain.append(content, pos, end);
            pos = passage.getEndOffset();
        }
        parts.add(plain.toString());
        return new Snippet(marked.toString(), List.copyOf(parts));
    }

    /** The passage's matches as {start, end}, in order of start; a one-character term's cut to its character. */
    private int[][] matches(Passage passage, String content, String field, Map<BytesRef, String> characters) {
        int n = passage.getNumMatches();
        int[][] out = new int[n][];
        boolean cut = false;
        for (int i = 0; i < n; i++) {
            int start = passage.getMatchStarts()[i];
            int end = passage.getMatchEnds()[i];
            String c = characters.isEmpty() ? null : characters.get(passage.getMatchTerms()[i]);
            if (c != null) {
                int first = -1, last = -1;
                for (int at = start; at < end; at = content.offsetByCodePoints(at, 1)) {
                    int next = content.offsetByCodePoints(at, 1);
                    if (foldedCharacter(field, content.substring(at, next)).equals(c)) {
                        if (first < 0) first = at;
                        last = next;
                    }
                }
                if (first >= 0) {
                    start = first;
                    end = last;
                    cut = true;
                }
            }
            out[i] = new int[] {start, end};
        }
        if (cut) Arrays.sort(out, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return out;
    }
}
