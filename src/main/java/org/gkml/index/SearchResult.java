package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits how many entries match in all (copies of one entry counted each)
 * @param hits      the best hits, best first (all hits shown in groups when grouping)
 * @param facets    per key, the most frequent values among all matching entries with their counts
 * @param groups    the hits grouped by the request's key, best group first; empty when not grouping
 * @param groupsTotal how many groups the matching entries fall into (more than {@code groups} holds when the
 *                    request asked for fewer)
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets, List<Group> groups, int groupsTotal) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        groups = List.copyOf(groups);
    }

    /** A result with every group there is. */
    public SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets, List<Group> groups) {
        this(totalHits, hits, facets, groups, groups.size());
    }

    /**
     * One matching entry.
     *
     * @param record     the stored record: schema keys plus doc_id, source, agency, region, level
     * @param highlights per text field (item, category, content, basis, other) that matched, a snippet with the
     *                   matches wrapped in {@link CatalogSearcher#MARK_START} / {@link CatalogSearcher#MARK_END}
     * @param copies     sources of identical entries folded into this hit (the same catalog read from other files)
     * @param ordinal    the entry's position in its catalog (its entry id there), -1 when not known
     * @param highlightParts per field of {@code highlights}, its snippet as plain and matched parts in turn (the
     *                   first plain, maybe empty): the marks' places as the highlighter found them, so a bracket the
     *                   catalog wrote is never taken for one; empty when the searcher gives none
     */
    public record Hit(float score, ObjectNode record, Map<String, String> highlights, List<String> copies, int ordinal,
                      Map<String, List<String>> highlightParts) {
        public Hit {
            highlights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(highlights));
            copies = List.copyOf(copies);
            highlightParts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(highlightParts));
        }

        /** A hit whose snippets come without their parts. */
        public Hit(float score, ObjectNode record, Map<String, String> highlights, List<String> copies, int ordinal) {
            this(score, record, highlights, copies, ordinal, Map.of());
        }

        public Hit(float score, ObjectNode record, Map<String, String> highlights, List<String> copies) {
            this(score, record, highlights, copies, -1);
        }

        public String source() {
            return text("source");
        }

        public String agency() {
            return text("agency");
        }

        public String item() {
            return text("item");
        }

        public String text(String key) {
            JsonNode n = record.get(key);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    public record FacetCount(String value, int count) {
    }

    /** Hits sharing one value of the group key; {@code value} is null for entries without one; copies count once. */
    public record Group(String value, long totalHits, List<Hit> hits) {
        public Group {
            hits = List.copyOf(hits);
        }
    }
}
