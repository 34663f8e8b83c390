package org.gkml.server;

import org.gkml.index.IndexFields;
import org.gkml.index.SearchRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query string of {@code GET /api/search}, checked against the server's limits: {@code q}, repeatable
 * {@code filter=KEY:VALUE}, {@code group_by}, {@code limit}, {@code offset}, {@code groups} (how many groups),
 * {@code facet_more} (a facet key whose values to list beyond the first {@link SearchRequest#FACET_VALUES}) and
 * {@code facet_limit} (how many of that key's values). Anything out of bounds is a 400 that says which parameter and
 * what is allowed.
 */
record SearchParams(String query, Map<String, List<String>> filters, String groupBy, int limit, int offset, int groups,
                    String facetMore, int facetLimit) {

    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_FILTERS = 20;
    static final int MAX_VALUE_CHARS = 200;
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;
    /** Deep pages cost a scan of every hit before them; beyond this a narrower query is the answer. */
    static final int MAX_OFFSET = 5_000;
    /** Groups shown when grouping, best first; a page comparing hundreds of bureaus side by side compares none. */
    static final int DEFAULT_GROUPS = 20;
    static final int MAX_GROUPS = 100;
    /** Values of the one facet asked for in full: every bureau or county a province's catalogs name, not a list to page. */
    static final int MAX_FACET_LIMIT = 500;

    static SearchParams parse(Map<String, List<String>> params) {
        String q = single(params, "q", "");
        if (q.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("q is too long (" + q.length() + " characters; at most " + MAX_QUERY_CHARS + ")");
        }
        List<String> raw = params.getOrDefault("filter", List.of());
        if (raw.size() > MAX_FILTERS) throw ApiException.badRequest("too many filters (" + raw.size() + "; at most " + MAX_FILTERS + ")");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : raw) {
            int colon = f.indexOf(':');
            if (colon <= 0 || colon == f.length() - 1) throw ApiException.badRequest("filter wants KEY:VALUE, got '" + f + "'");
            String key = f.substring(0, colon).strip();
            String value = f.substring(colon + 1).strip();
            if (!IndexFields.KEYS.contains(key)) {
                throw ApiException.badRequest("unknown filter key '" + key + "'; known keys: " + String.join(", ", IndexFields.KEYS));
            }
            if (value.isEmpty() || value.length() > MAX_VALUE_CHARS) {
                throw ApiException.badRequest("filter " + key + " needs a value of 1 to " + MAX_VALUE_CHARS + " characters");
            }
            filters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        String groupBy = single(params, "group_by", "");
        if (groupBy.isEmpty()) groupBy = null;
        else if (!SearchRequest.GROUP_KEYS.contains(groupBy)) {
            throw ApiException.badRequest("cannot group by '" + groupBy + "'; choose one of " + String.join(", ", SearchRequest.GROUP_KEYS));
        }
        int limit = number(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(params, "offset", 0, 0, MAX_OFFSET);
        if (groupBy != null && offset > 0) throw ApiException.badRequest("offset does not apply with group_by (limit is per group)");
        int groups = number(params, "groups", DEFAULT_GROUPS, 1, MAX_GROUPS);
        String facetMore = single(params, "facet_more", "").strip();
        if (facetMore.isEmpty()) facetMore = null;
        else if (!IndexFields.KEYS.contains(facetMore)) {
            throw ApiException.badRequest("unknown facet_more key '" + facetMore + "'; known keys: " + String.join(", ", IndexFields.KEYS));
        }
        if (facetMore == null && params.containsKey("facet_limit")) throw ApiException.badRequest("facet_limit needs facet_more (the key whose values to list)");
        int facetLimit = number(params, "facet_limit", MAX_FACET_LIMIT, 1, MAX_FACET_LIMIT);
        return new SearchParams(q.strip(), filters, groupBy, limit, offset, groups, facetMore, facetMore == null ? SearchRequest.FACET_VALUES : facetLimit);
    }

    /** How many values of the key the answer lists. */
    int facetValues(String key) {
        return key.equals(facetMore) ? facetLimit : SearchRequest.FACET_VALUES;
    }

    /**
     * The searcher's request: the hits of this page, and one more, to know whether a next page has any (limit per
     * group when grouping); the hits of earlier pages are ranked, not read. Copies of one entry fold into one hit, so
     * the hits can end well before {@code total}, which counts each copy.
     */
    SearchRequest request() {
        // one value more than listed of every key, to know whether the key has more (facets_more)
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String key : IndexFields.KEYS) values.put(key, facetValues(key) + 1);
        return new SearchRequest(query, filters, groupBy == null ? offset + limit + 1 : limit, groupBy, true, groups, true, values, offset);
    }

    private static String single(Map<String, List<String>> params, String name, String absent) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) return absent;
        if (v.size() > 1) throw ApiException.badRequest(name + " given " + v.size() + " times; give it once");
        return v.get(0);
    }

    private static int number(Map<String, List<String>> params, String name, int absent, int min, int max) {
        String s = single(params, name, "").strip();
        if (s.isEmpty()) return absent;
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", got '" + s + "'");
        }
        if (n < min || n > max) throw ApiException.badRequest(name + " must be from " + min + " to " + max + ", got " + n);
        return n;
    }
}
