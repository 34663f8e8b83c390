package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    private final Gazetteer g = VOCABULARY.gazetteer();

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "西山区, 云南省, 昆明市, 西山区",
            "金凤区, 宁夏回族自治区, 银川市, 金凤区",
            "大武口区, 宁夏回族自治区, 石嘴山市, 大武口区",
            "银川市, 宁夏回族自治区, 银川市, NULL",
            "宁夏, 宁夏回族自治区, NULL, NULL",
            "云南, 云南省, NULL, NULL",
            "内蒙古, 内蒙古自治区, NULL, NULL",
            "东城区, 北京市, NULL, 东城区"})
    void knowsPlacesAndParents(String name, String province, String city, String county) {
        List<Gazetteer.Place> places = g.named(name);
        assertEquals(1, places.size(), name);
        assertEquals(new Region(province, city, county), g.regionOf(places.get(0)));
    }

    @Test
    void placeholdersAreNotLookedUp() {
        assertTrue(g.named("市辖区").isEmpty());
        assertTrue(g.named("城区").isEmpty());
        assertEquals(4, g.named("鼓楼区").size());
    }

    @Test
    void findsLongestNamesInText() {
        List<String> names = g.mentionsIn("通讯地址：石嘴山市大武口区朝阳西街99号").stream().map(Gazetteer.Mention::name).toList();
        assertEquals(List.of("石嘴山市", "大武口区"), names);
        assertTrue(g.mentionsIn("省医保局办公室").isEmpty());
        assertTrue(g.mentionsIn(null).isEmpty());
    }

    @Test
    void everyOccurrenceLongestFirstInTextOrderWithTheTextsOwnCharacters() {
        List<Gazetteer.Mention> found = g.mentionsIn("金鳳區與银川市银川市、云南省昆明市西山区（云南）");
        assertEquals(List.of("金鳳區", "银川市", "银川市", "云南省", "昆明市", "西山区", "云南"),
                found.stream().map(Gazetteer.Mention::name).toList());
        assertEquals(List.of(0, 4, 7, 11, 14, 17, 21), found.stream().map(Gazetteer.Mention::at).toList());
        // the province's full name claims its characters before its short name can
        assertEquals(List.of("宁夏回族自治区"), g.mentionsIn("宁夏回族自治区").stream().map(Gazetteer.Mention::name).toList());
    }
}
