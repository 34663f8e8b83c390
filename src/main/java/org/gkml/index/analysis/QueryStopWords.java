package org.gkml.index.analysis;

import org.gkml.vocabulary.Mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Function words and question words from mappings/query-stop-words.tsv (的 和 谁 哪些 如何 …): words a query may hold
 * that no entry has to contain, so a question typed as spoken (异地就医的时限) searches its content words.
 */
public final class QueryStopWords {

    public static final String FILE = "query-stop-words.tsv";

    /** No stop words: every word of a query is searched. */
    public static final QueryStopWords NONE = new QueryStopWords(List.of());

    private final Set<String> words;

    public QueryStopWords(List<String> words) {
        this.words = Set.copyOf(words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList());
    }

    public static QueryStopWords of(Mappings mappings) {
        return new QueryStopWords(mappings.file(FILE).lines());
    }

    /** Reads a query-stop-words.tsv text as MappingFile does ('#' comment lines and blank lines skipped). */
    public static QueryStopWords parse(String tsv) {
        List<String> words = new ArrayList<>();
        for (String line : tsv.replace("\uFEFF", "").split("\r?\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            words.add(line.split("\t")[0]);
        }
        return new QueryStopWords(words);
    }

    /** Whether {@code word} (one segmented word of a query, folded as the analyzers fold it) need not match. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, one a line, as the file holds them (for a Solr configset). */
    public String text() {
        return String.join("\n", words.stream().sorted().toList()) + "\n";
    }
}
