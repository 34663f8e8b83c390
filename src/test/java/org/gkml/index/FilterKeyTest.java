package org.gkml.index;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterKeyTest {

    /** The keys as users, facet output and the index have them; the index field is fixed on disk. */
    @ParameterizedTest
    @CsvSource({"PROVINCE, province, kw.province, false", "CITY, city, kw.city, false", "COUNTY, county, kw.county, false",
            "LEVEL, level, kw.level, false", "AGENCY, agency, kw.agency, false", "CATEGORY, category, kw.category, false",
            "CHANNEL, channel, kw.channel, true", "AUDIENCE, audience, kw.audience, true",
            "DISCLOSURE_MODE, disclosure_mode, kw.disclosure_mode, true", "DEADLINE_DAYS, deadline_days, kw.deadline_days, false",
            "DEADLINE_UNIT, deadline_unit, kw.deadline_unit, false", "PUBLICITY_TYPE, publicity_type, kw.publicity_type, true",
            "SOURCE, source, kw.source, false"})
    void everyKeyHasItsNameFieldAndArity(FilterKey key, String name, String field, boolean multiValued) {
        assertEquals(name, key.key());
        assertEquals(field, key.field());
        assertEquals(multiValued, key.multiValued());
        assertEquals(key, FilterKey.of(name));
        assertFalse(key.help().isBlank(), name + " has help");
    }

    @Test
    void theKeysAreListedInFacetOrder() {
        assertEquals(List.of("province", "city", "county", "level", "agency", "category", "channel", "audience",
                "disclosure_mode", "deadline_days", "deadline_unit", "publicity_type", "source"), FilterKey.names());
        assertEquals(FilterKey.names(), IndexFields.KEYS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "province=宁夏回族自治区|PROVINCE|宁夏回族自治区",
            " level = county |LEVEL|county",
            "channel=政府网站=首页|CHANNEL|政府网站=首页",
            "deadline_unit=working_day|DEADLINE_UNIT|working_day"})
    void parsesKeyEqualsValue(String keyValue, FilterKey key, String value) {
        assertEquals(new FilterKey.Filter(key, value), FilterKey.Filter.parse(keyValue));
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "=宁夏", "province=", ""})
    void aFilterWithoutKeyOrValueIsRefused(String keyValue) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterKey.Filter.parse(keyValue));
        assertEquals("wants KEY=VALUE, got '" + keyValue + "'", e.getMessage());
    }

    @Test
    void anUnknownKeyIsRefusedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterKey.Filter.parse("colour=red"));
        assertEquals("unknown filter key 'colour'; known keys: [province, city, county, level, agency, category, channel, "
                + "audience, disclosure_mode, deadline_days, deadline_unit, publicity_type, source]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("", Map.of("colour", List.of("red")), 10, null));
    }

    @TempDir
    Path data;

    /** Each key's value, as the one entry below has it: a filter on it finds the entry, and its facet counts it. */
    private static final Map<FilterKey, String> VALUES = Map.ofEntries(
            Map.entry(FilterKey.PROVINCE, "宁夏回族自治区"), Map.entry(FilterKey.CITY, "银川市"), Map.entry(FilterKey.COUNTY, "金凤区"),
            Map.entry(FilterKey.LEVEL, "county"), Map.entry(FilterKey.AGENCY, "金凤区医疗保障局"), Map.entry(FilterKey.CATEGORY, "机构信息"),
            Map.entry(FilterKey.CHANNEL, "公示栏"), Map.entry(FilterKey.AUDIENCE, "全社会"), Map.entry(FilterKey.DISCLOSURE_MODE, "主动公开"),
            Map.entry(FilterKey.DEADLINE_DAYS, "20"), Map.entry(FilterKey.DEADLINE_UNIT, "working_day"),
            Map.entry(FilterKey.PUBLICITY_TYPE, "结果"), Map.entry(FilterKey.SOURCE, "a.txt"));

    @ParameterizedTest
    @EnumSource(FilterKey.class)
    void everyKeyFiltersAndFacetsTheValueItIndexes(FilterKey key) throws Exception {
        Entry e = new Entry(1, null, "机构信息", "领导信息", null, null, List.of(), "20个工作日内", 20, DeadlineUnit.WORKING_DAY, null,
                List.of("政府网站", "公示栏"), null, List.of("全社会"), List.of("主动公开"), List.of(), List.of("结果"), null, List.of(),
                null, Map.of(), null);
        CatalogDocument doc = new CatalogDocument("a.txt", "text", null, "金凤区医疗保障局", new Region("宁夏回族自治区", "银川市", "金凤区"),
                Level.COUNTY, Map.of(), EnumSet.allOf(Field.class), List.of(e), List.of());
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.replace("a.txt", "1", doc);
            store.commit(Map.of());
        }
        try (CatalogSearcher s = CatalogSearcher.open(data, org.gkml.index.analysis.Synonyms.of(org.gkml.vocabulary.Mappings.builtIn()))) {
            String value = VALUES.get(key);
            assertEquals(1, s.search(new SearchRequest("", Map.of(key.key(), List.of(value)), 10, null)).totalHits(), key + "=" + value);
            assertEquals(0, s.search(new SearchRequest("", Map.of(key.key(), List.of(value + "x")), 10, null)).totalHits());
            assertTrue(s.values(key.key(), 10).stream().anyMatch(c -> c.value().equals(value) && c.count() == 1),
                    s.values(key.key(), 10).toString());
        }
    }
}
