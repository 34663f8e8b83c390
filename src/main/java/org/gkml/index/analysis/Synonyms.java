package org.gkml.index.analysis;

import org.gkml.vocabulary.Mappings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Query-time synonyms from mappings/search-synonyms.tsv. Each row links a head term with its variants (head ⇄
 * variant, never variant ⇄ variant), and a query term is rewritten wherever it contains one of them, so 医保基金
 * also searches 医疗保障基金.
 */
public final class Synonyms {

    public static final String FILE = "search-synonyms.tsv";

    private record Link(String from, String to) {
    }

    private final List<Link> links;
    private final QueryStopWords stopWords;

    public Synonyms(List<String[]> rows) {
        this(rows, QueryStopWords.NONE);
    }

    /**
     * With the query stop words, which travel with the synonyms: both are the query-side vocabulary every searcher
     * (CLI, server, Solr plugin) builds its {@link CatalogQueryBuilder} from.
     */
    public Synonyms(List<String[]> rows, QueryStopWords stopWords) {
        this.stopWords = stopWords;
        List<Link> l = new ArrayList<>();
        for (String[] row : rows) {
            String head = row[0].strip();
            for (int i = 1; i < row.length; i++) {
                String variant = row[i].strip();
                if (head.isEmpty() || variant.isEmpty()) continue;
                l.add(new Link(head, variant));
                l.add(new Link(variant, head));
            }
        }
        this.links = List.copyOf(l);
    }

    public static Synonyms of(Mappings mappings) {
        return new Synonyms(mappings.file(FILE).cellRows(), QueryStopWords.of(mappings));
    }

    /** The words a query may hold that need not match (none unless read with them). */
    public QueryStopWords stopWords() {
        return stopWords;
    }

    /**
     * Reads the rows of a search-synonyms.tsv text as {@link org.gkml.vocabulary.MappingFile} does (tab-separated,
     * '#' comment lines and blank lines skipped): a Solr node has the file from the configset, not from Mappings.
     */
    public static Synonyms parse(String tsv) {
        return parse(tsv, QueryStopWords.NONE);
    }

    /** As {@link #parse(String)}, with the query stop words. */
    public static Synonyms parse(String tsv, QueryStopWords stopWords) {
        List<String[]> rows = new ArrayList<>();
        for (String line : tsv.replace("\uFEFF", "").split("\r?\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            rows.add(line.stripTrailing().split("\t"));
        }
        return new Synonyms(rows, stopWords);
    }

    /** The term itself first, then each rewrite by one link, without duplicates. */
    public List<String> variants(String term) {
        Set<String> out = new LinkedHashSet<>();
        out.add(term);
        for (Link link : links) {
            if (term.contains(link.from())) out.add(term.replace(link.from(), link.to()));
        }
        return List.copyOf(out);
    }
}
