package org.gkml.normalize;

import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region a catalog belongs to, found in hand-built titles and preamble lines. */
class RegionFinderTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    private final RegionFinder finder = new RegionFinder(VOCABULARY.gazetteer());

    @Test
    void countyNameFindsItsProvinceAndCity() {
        RegionFinder.Result r = finder.find(List.of("大武口区教育局政府信息公开目录"), List.of());
        assertEquals(new Region("宁夏回族自治区", "石嘴山市", "大武口区"), r.region());
        assertEquals(Level.COUNTY, r.level());
        assertFalse(r.fromContext());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aCityBureausBranchNamedByACountysShortNameIsInThatCounty() {
        RegionFinder.Result r = finder.find(List.of("泰安市生态环境局宁阳分局"), List.of());
        assertEquals(new Region("山东省", "泰安市", "宁阳县"), r.region());
        assertEquals(Level.COUNTY, r.level());
        // a 分局 named by no county of that city stays the city's
        assertEquals(new Region("山东省", "泰安市", null), finder.find(List.of("泰安市公安局高新技术产业开发区分局"), List.of()).region());
        assertEquals(new Region("山东省", "泰安市", null), finder.find(List.of("泰安市公安局交通警察分局"), List.of()).region());
    }

    @Test
    void mostSpecificPlaceInTheTitleDecides() {
        RegionFinder.Result r = finder.find(List.of("云南省", "昆明市西山区医疗保障局"), List.of());
        assertEquals(new Region("云南省", "昆明市", "西山区"), r.region());
    }

    @Test
    void titleWinsOverContext() {
        RegionFinder.Result r = finder.find(List.of("银川市医疗保障局"), List.of("通讯地址：石嘴山市大武口区朝阳西街99号"));
        assertEquals(new Region("宁夏回族自治区", "银川市", null), r.region());
        assertEquals(Level.CITY, r.level());
        assertFalse(r.fromContext());
    }

    @Test
    void contextIsUsedWhenTheTitleNamesNoPlace() {
        RegionFinder.Result r = finder.find(List.of("医疗保障局政府信息公开目录"), List.of("通讯地址：石嘴山市大武口区朝阳西街99号"));
        assertEquals(new Region("宁夏回族自治区", "石嘴山市", "大武口区"), r.region());
        assertTrue(r.fromContext());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not from the title")), r.warnings().toString());
    }

    @Test
    void ambiguousNameKeepsOnlySharedPartsWithAWarning() {
        RegionFinder.Result r = finder.find(List.of("鼓楼区教育局"), List.of());
        assertNull(r.level());
        assertNull(r.region().county());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("ambiguous")), r.warnings().toString());
    }

    @Test
    void contextTellsApartPlacesOfTheSameName() {
        RegionFinder.Result alone = finder.find(List.of("鼓楼区教育局"), List.of());
        RegionFinder.Result withCity = finder.find(List.of("鼓楼区教育局"), List.of("南京市"));
        assertTrue(alone.warnings().stream().anyMatch(w -> w.contains("ambiguous")));
        assertEquals(new Region("江苏省", "南京市", "鼓楼区"), withCity.region());
        assertTrue(withCity.warnings().isEmpty(), withCity.warnings().toString());
    }

    @Test
    void aliasGivesAGuessWarning() {
        RegionFinder.Result r = finder.find(List.of("科右前旗教育局"), List.of());
        assertEquals("内蒙古自治区", r.region().province());
        assertEquals("科尔沁右翼前旗", r.region().county());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("guessed from the short name 科右前旗 = 科尔沁右翼前旗")),
                r.warnings().toString());
    }

    @Test
    void provinceShortNameIsNoGuess() {
        RegionFinder.Result r = finder.find(List.of("宁夏医疗保障局"), List.of());
        assertEquals(new Region("宁夏回族自治区", null, null), r.region());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void noPlaceAnywhereGivesUnknown() {
        RegionFinder.Result r = finder.find(List.of("医疗保障局"), List.of("联系电话：12345"));
        assertEquals(Region.UNKNOWN, r.region());
        assertNull(r.level());
        assertTrue(r.warnings().isEmpty());
    }
}
