package org.gkml.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.SearchResult;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The API's JSON bodies. A hit has the keys of {@code gkml search --json}, plus its entry and catalog ids. */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectNode error(int status, String message) {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("status", status);
        o.put("message", message);
        return o;
    }

    static ObjectNode search(SearchParams p, SearchResult r, IndexView view) throws IOException {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("query", p.query());
        o.set("filters", CatalogJson.MAPPER.valueToTree(p.filters()));
        if (p.groupBy() != null) o.put("group_by", p.groupBy());
        o.put("total", r.totalHits());
        o.put("offset", p.offset());
        o.put("limit", p.limit());
        ArrayNode hits = o.putArray("hits");
        if (p.groupBy() == null) {
            // the searcher left the earlier pages' hits out
            List<SearchResult.Hit> page = r.hits().subList(0, Math.min(p.limit(), r.hits().size()));
            for (SearchResult.Hit h : page) hits.add(hit(h, null, false, view));
            // Whether a next page holds hits: total counts every copy of an entry, the hits fold copies into one.
            o.put("more", r.hits().size() > p.limit());
        } else {
            o.put("groups_total", r.groupsTotal());
            ArrayNode groups = o.putArray("groups");
            for (SearchResult.Group g : r.groups().subList(0, Math.min(p.groups(), r.groups().size()))) {
                ObjectNode gn = groups.addObject();
                gn.put("value", g.value());
                gn.put("total", g.totalHits());
                for (SearchResult.Hit h : g.hits()) hits.add(hit(h, g.value(), true, view));
            }
        }
        ObjectNode facets = o.putObject("facets");
        // keys with more values than listed: facet_more=KEY lists them (up to facet_limit)
        ArrayNode more = CatalogJson.MAPPER.createArrayNode();
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(f.getKey());
            int n = p.facetValues(f.getKey());
            List<SearchResult.FacetCount> all = f.getValue();
            for (SearchResult.FacetCount c : all.subList(0, Math.min(n, all.size()))) values.addObject().put("value", c.value()).put("count", c.count());
            if (all.size() > n) more.add(f.getKey());
        }
        o.set("facets_more", more);
        return o;
    }

    /** As {@code gkml search --json} prints a hit (record, score, group, highlights, also_in), with ids to follow. */
    static ObjectNode hit(SearchResult.Hit h, String group, boolean grouped, IndexView view) throws IOException {
        ObjectNode o = h.record().deepCopy();
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        if (grouped) o.put("group", group);
        if (!h.highlights().isEmpty()) {
            o.set("highlights", CatalogJson.MAPPER.valueToTree(h.highlights()));
            o.set("highlight_parts", highlightParts(h));
        }
        if (!h.copies().isEmpty()) o.set("also_in", CatalogJson.MAPPER.valueToTree(h.copies()));
        ids(o, view.catalogOfDoc(h.text("doc_id")), h.ordinal() >= 0 ? h.ordinal() : view.ordinalOf(h.record()));
        return o;
    }

    /**
     * Each highlight as plain and matched parts in turn (the first plain), so that a bracket the catalog wrote is not
     * taken for a match mark: as the searcher found them. A searcher that gives snippets only (Solr's highlighter)
     * has them recovered from the snippet ({@link HighlightParts}); there, where the entry holds brackets, a field
     * whose snippet cannot be placed in its text shows as its plain text, and "other" (text of several columns) is
     * left out, rather than shown with wrong marks.
     */
    private static ObjectNode highlightParts(SearchResult.Hit h) {
        ObjectNode out = CatalogJson.MAPPER.createObjectNode();
        if (!h.highlightParts().isEmpty()) {
            for (String field : h.highlights().keySet()) {
                List<String> parts = h.highlightParts().get(field);
                if (parts != null) out.set(field, CatalogJson.MAPPER.valueToTree(parts));
            }
            return out;
        }
        String all = h.record().toString();
        boolean bracketed = all.contains(CatalogSearcher.MARK_START) || all.contains(CatalogSearcher.MARK_END);
        for (Map.Entry<String, String> e : h.highlights().entrySet()) {
            JsonNode own = h.record().get(e.getKey());
            String source = own != null && own.isTextual() ? own.asText() : null;
            List<String> parts = !bracketed ? HighlightParts.of(e.getValue(), null)
                    : source != null ? HighlightParts.of(e.getValue(), source) : null;
            if (parts == null && source != null) parts = List.of(source);
            if (parts != null) out.set(e.getKey(), CatalogJson.MAPPER.valueToTree(parts));
        }
        return out;
    }

    static ObjectNode entry(IndexView.Catalog c, IndexView.StoredEntry e) {
        ObjectNode o = e.record().deepCopy();
        ids(o, c, e.ordinal());
        return o;
    }

    private static void ids(ObjectNode o, IndexView.Catalog c, int ordinal) {
        if (c == null) return;
        if (ordinal >= 0) o.put("entry_id", CatalogId.entry(c.id(), ordinal));
        o.put("catalog_id", c.id());
    }

    static ObjectNode catalogSummary(IndexView.Catalog c, ObjectNode firstRecord) {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("id", c.id());
        if (firstRecord != null) {
            o.set("source", firstRecord.get("source"));
            o.set("agency", firstRecord.get("agency"));
            o.set("region", firstRecord.get("region"));
            o.set("level", firstRecord.get("level"));
        }
        o.put("entries", c.entries());
        o.put("file", "/api/catalogs/" + c.id() + "/file");
        return o;
    }
}
