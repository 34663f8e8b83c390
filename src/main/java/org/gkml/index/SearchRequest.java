package org.gkml.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What to search for.
 *
 * @param query   the user's text; blank means every entry that passes the filters
 * @param filters exact values per {@link FilterKey} name: several values of one key match any of them,
 *                different keys must all match
 * @param limit   how many hits to return (per group when grouping)
 * @param groupBy null, or a key whose value groups the hits (e.g. "agency" to compare bureaus side by side)
 * @param collapseCopies fold identical entries from different files (one catalog in several formats) into one hit
 * @param groups  when grouping, how many groups (the best first) are returned with their hits
 * @param facets  whether to count the facet values of the matching entries
 * @param facetValues per key, how many of its most frequent values to return; a key not named gets
 *                    {@link #FACET_VALUES}
 * @param offset  how many of the best {@code limit} hits to leave out of the result (a later page): ranked, not read
 *                nor highlighted; 0 when grouping
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int limit, String groupBy, boolean collapseCopies,
                            int groups, boolean facets, Map<String, Integer> facetValues, int offset) {

    /** Values returned per facet key when a request does not say. */
    public static final int FACET_VALUES = 10;

    /** Keys that have one value per entry, so that every hit falls into exactly one group. */
    public static final List<String> GROUP_KEYS = Stream.of(FilterKey.AGENCY, FilterKey.SOURCE, FilterKey.PROVINCE,
            FilterKey.CITY, FilterKey.COUNTY, FilterKey.LEVEL, FilterKey.CATEGORY).map(FilterKey::key).toList();

    /** Most hits one request may ask for (per group). */
    public static final int MAX_LIMIT = 1_000_000;
    /** Groups returned when a request does not say: every group a small index has, a page's worth of a large one. */
    public static final int DEFAULT_GROUPS = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("--limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : filters.entrySet()) {
            FilterKey.of(e.getKey()); // rejects unknown keys
            f.put(e.getKey(), List.copyOf(e.getValue()));
        }
        filters = java.util.Collections.unmodifiableMap(f);
        if (groupBy != null && !GROUP_KEYS.contains(groupBy)) {
            throw new IllegalArgumentException("cannot group by '" + groupBy + "'; choose one of " + GROUP_KEYS);
        }
        if (groups < 1) throw new IllegalArgumentException("groups must be at least 1, was " + groups);
        Map<String, Integer> v = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : facetValues.entrySet()) {
            FilterKey.of(e.getKey()); // rejects unknown keys
            if (e.getValue() < 1) throw new IllegalArgumentException("facet values must be at least 1, was " + e.getValue());
            v.put(e.getKey(), e.getValue());
        }
        facetValues = java.util.Collections.unmodifiableMap(v);
        if (offset < 0 || offset >= limit) throw new IllegalArgumentException("offset must be from 0 to limit - 1 (" + (limit - 1) + "), was " + offset);
        if (offset > 0 && groupBy != null) throw new IllegalArgumentException("offset does not apply when grouping");
    }

    /** A request for the best {@code limit} hits. */
    public SearchRequest(String query, Map<String, List<String>> filters, int limit, String groupBy, boolean collapseCopies,
                         int groups, boolean facets, Map<String, Integer> facetValues) {
        this(query, filters, limit, groupBy, collapseCopies, groups, facets, facetValues, 0);
    }

    /** A request returning {@link #FACET_VALUES} values of every facet key. */
    public SearchRequest(String query, Map<String, List<String>> filters, int limit, String groupBy, boolean collapseCopies,
                         int groups, boolean facets) {
        this(query, filters, limit, groupBy, collapseCopies, groups, facets, Map.of());
    }

    /** How many of the key's most frequent values to return. */
    public int facetValues(String key) {
        return facetValues.getOrDefault(key, FACET_VALUES);
    }

    /** The most values any key returns. */
    public int mostFacetValues() {
        int most = FACET_VALUES;
        for (int n : facetValues.values()) most = Math.max(most, n);
        return most;
    }

    /** A request for {@link #DEFAULT_GROUPS} groups, with facets. */
    public SearchRequest(String query, Map<String, List<String>> filters, int limit, String groupBy, boolean collapseCopies) {
        this(query, filters, limit, groupBy, collapseCopies, DEFAULT_GROUPS, true);
    }

    /** A request that folds copies together. */
    public SearchRequest(String query, Map<String, List<String>> filters, int limit, String groupBy) {
        this(query, filters, limit, groupBy, true);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), limit, null);
    }

    /** The same request with facet counting switched on or off. */
    public SearchRequest withFacets(boolean count) {
        return new SearchRequest(query, filters, limit, groupBy, collapseCopies, groups, count, facetValues, offset);
    }

    /** The same request returning at most {@code n} groups. */
    public SearchRequest withGroups(int n) {
        return new SearchRequest(query, filters, limit, groupBy, collapseCopies, n, facets, facetValues, offset);
    }
}
