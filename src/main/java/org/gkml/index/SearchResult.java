package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits how many entries match in all
 * @param hits      the best hits, best first (all hits shown in groups when grouping)
 * @param facets    per key, the most frequent values among all matching entries with their counts
 * @param groups    the hits grouped by the request's key, best group first; empty when not grouping
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets, List<Group> groups) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        groups = List.copyOf(groups);
    }

    /**
     * One matching entry.
     *
     * @param record     the stored record: schema keys plus doc_id, source, agency, region, level
     * @param highlights per text field (item, category, content, basis, other) that matched, a snippet with the
     *                   matches wrapped in {@link CatalogSearcher#MARK_START} / {@link CatalogSearcher#MARK_END}
     */
    public record Hit(float score, ObjectNode record, Map<String, String> highlights) {
        public Hit {
            highlights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(highlights));
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

    /** Hits sharing one value of the group key; {@code value} is null for entries without one. */
    public record Group(String value, long totalHits, List<Hit> hits) {
        public Group {
            hits = List.copyOf(hits);
        }
    }
}
