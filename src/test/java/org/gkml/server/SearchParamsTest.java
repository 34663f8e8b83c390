package org.gkml.server;

import org.gkml.index.SearchRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParamsTest {

    @Test
    void filtersOfOneKeyAreAlternativesAndTheValueMayHoldAColon() {
        SearchParams p = SearchParams.parse(Map.of("q", List.of(" 年报 "), "filter",
                List.of("channel:政府网站", "channel:公示栏", "source:a:b.txt"), "limit", List.of("5"), "offset", List.of("10")));
        assertEquals("年报", p.query());
        assertEquals(Map.of("channel", List.of("政府网站", "公示栏"), "source", List.of("a:b.txt")), p.filters());
        SearchRequest r = p.request();
        assertEquals(16, r.limit(), "the page is cut from the first offset + limit hits, and one more tells whether a next page has any");
        assertNull(r.groupBy());
    }

    @Test
    void groupingTakesLimitPerGroupAndNoOffset() {
        SearchParams p = SearchParams.parse(Map.of("group_by", List.of("agency"), "limit", List.of("3")));
        assertEquals(3, p.request().limit());
        assertEquals("agency", p.request().groupBy());
        ApiException e = assertThrows(ApiException.class,
                () -> SearchParams.parse(Map.of("group_by", List.of("agency"), "offset", List.of("3"))));
        assertEquals(400, e.status());
        assertEquals(SearchParams.DEFAULT_GROUPS, p.groups());
        assertEquals(400, assertThrows(ApiException.class,
                () -> SearchParams.parse(Map.of("group_by", List.of("agency"), "groups", List.of("101")))).status());
    }

    @Test
    void tooManyFiltersAreRefused() {
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "agency:局" + i).toList();
        ApiException e = assertThrows(ApiException.class, () -> SearchParams.parse(Map.of("filter", many)));
        assertTrue(e.getMessage().contains("too many filters"), e.getMessage());
    }

    @Test
    void idsNameNoPath() {
        String id = CatalogId.of("/srv/catalogs/目录.pdf");
        assertTrue(CatalogId.isCatalog(id));
        assertEquals(new CatalogId.EntryRef(id, 12), CatalogId.parseEntry(id + "-12"));
        assertNull(CatalogId.parseEntry("../../etc/passwd-1"));
        assertTrue(!CatalogId.isCatalog("../" + id));
    }
}
