package org.gkml.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;

/**
 * Marks a query's matches in texts the caller already holds (a hit's stored fields, read once with its record), by
 * analysing them again. Lucene's highlighter without a searcher prepares a field's terms and phrases again for every
 * text; here they are prepared once per field and query and used for every hit. Matching the whole query against each
 * hit (weight matches) instead looked every query term up in every field of the index once per hit and field (three
 * quarters of a search's time); the terms and phrases of the highlighted field, matched in its own text, mark the
 * same words.
 */
final class StoredTextHighlighter extends UnifiedHighlighter {

    StoredTextHighlighter(Analyzer analyzer, String markStart, String markEnd) {
        super(UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter(markStart, markEnd, "…", false))
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false));
    }

    /** Marks {@code query}'s matches in texts of {@code field}: at most {@code passages} passages each. */
    Field field(String field, Query query, int passages) {
        FieldHighlighter h = getFieldHighlighter(field, query, extractTerms(query), passages);
        return text -> (String) h.highlightFieldForDoc(null, -1, text);
    }

    interface Field {
        /** The text's best passages with the matches marked, or null when nothing in it matches. */
        String marked(String text) throws IOException;
    }
}
