package org.gkml.report.coverage;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.table.Provenance;
import org.gkml.catalog.Region;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the folding and the synonyms do not bring together meet in one row of the coverage matrix by their words. */
class CoverageConcordanceTest {

    private static Entry entry(String category, String item) {
        return new Entry(1, null, category, item, null, "依据", List.of(), null, null, null, null, List.of("政府网站"), null, List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), Provenance.ofLine("t.txt", 1));
    }

    private static CatalogDocument catalog(String agency, Entry... entries) {
        return new CatalogDocument(agency + ".txt", "text", "目录", agency, Region.UNKNOWN, Level.COUNTY, Map.of(),
                EnumSet.allOf(Field.class), List.of(entries), List.of());
    }

    private final Coverage coverage = new Coverage(ItemPairsTest.names(), ItemPairsTest.words());

    @Test
    void aQualifiedNameGoesUnderTheReferenceItemWithItsMethodAndScore() {
        coverage.addReference(catalog("省局", entry("政策文件", "政策解读"), entry("财政信息", "部门预算"), entry("行政执法", "行政处罚")));
        Set<String> keys = coverage.add("某区医保局", catalog("某区医保局", entry("政策信息", "医疗保障相关政策解读"),
                entry("财政信息", "部门决算"), entry("行政执法", "行政处罚结果")));

        Coverage.Spelling readings = spelling("医疗保障相关政策解读");
        assertEquals(ItemNames.Method.WORDS, readings.method());
        assertEquals(coverage.item(readings.key()).name(), "政策解读");
        assertTrue(readings.score() >= WordOverlapMatcher.THRESHOLD && readings.score() < 1, "score " + readings.score());
        assertEquals(ItemNames.Method.WORDS, spelling("行政处罚结果").method());
        // 部门决算 is a sibling of 部门预算, not another way of writing it: the reference's 部门预算 stays missing
        assertNotEquals(spelling("部门预算").key(), spelling("部门决算").key());
        assertEquals(List.of("部门预算"), coverage.missing(keys).stream().map(Coverage.Item::name).toList());
        assertEquals(ItemNames.Method.WORDS, coverage.item(readings.key()).method());
    }

    @Test
    void theSameWordsUnderClearlyDifferentCategoriesNeedMoreLikeness() {
        coverage.add("住建局", catalog("住建局", entry("公租房保障", "政策文件")));
        coverage.add("民政局", catalog("民政局", entry("养老服务通用政策", "养老服务政策文件")));
        assertNotEquals(spelling("政策文件").key(), spelling("养老服务政策文件").key());
        coverage.add("另一住建局", catalog("另一住建局", entry("公租房保障", "住房保障政策文件")));
        assertEquals(spelling("政策文件").key(), spelling("住房保障政策文件").key());
    }

    @Test
    void twoNamesOfOneCatalogAreTwoItems() {
        coverage.add("甲县人民政府", catalog("甲县人民政府", entry("政策文件", "政策解读")));
        coverage.add("乙县人民政府", catalog("乙县人民政府", entry("政策文件", "医疗保障政策解读"), entry("政策文件", "教育政策解读")));
        assertEquals(spelling("政策解读").key(), spelling("医疗保障政策解读").key());
        // like 政策解读 too, but its catalog already lists that row: the other field's stays apart
        assertNotEquals(spelling("医疗保障政策解读").key(), spelling("教育政策解读").key());
    }

    @Test
    void aNameOfAServiceIsARowOfEachService() {
        coverage.add("甲县民政局", catalog("甲县民政局", entry("临时救助", "办事指南"), entry("最低生活保障", "办事指南"),
                entry("最低生活保障", "审核信息")));
        coverage.add("乙县民政局", catalog("乙县民政局", entry("最低生活保障", "办事指南"), entry("特困人员救助供养", "审核信息")));
        coverage.add("丙县民政局", catalog("丙县民政局", entry("城乡最低生活保障", "办事指南")));
        List<String> rows = coverage.rows().stream().map(i -> i.category() + "/" + i.name()).toList();
        assertEquals(List.of("临时救助/办事指南", "最低生活保障/办事指南", "最低生活保障/审核信息", "特困人员救助供养/审核信息"), rows);
        Coverage.Item guide = coverage.rows().get(1);
        assertEquals(3, guide.catalogs(), "the guide of 最低生活保障 in all three, 城乡最低生活保障 being the same service");
        assertEquals(1, coverage.rows().get(0).catalogs());
        // the concordance file given back unchanged puts 办事指南 under itself: still a row of each service
        Coverage corrected = new Coverage(ItemPairsTest.names().withCorrections(Map.of("办事指南", "办事指南")), ItemPairsTest.words());
        corrected.add("甲县民政局", catalog("甲县民政局", entry("临时救助", "办事指南"), entry("最低生活保障", "办事指南")));
        assertEquals(2, corrected.rows().size());
    }

    @Test
    void aNameOfAKindOfDocumentIsARowOfEachFieldButNotOfAGroupWithoutOne() {
        coverage.add("甲县住建局", catalog("甲县住建局", entry("城镇棚户区改造", "改造计划"), entry("城镇老旧小区改造", "改造计划"),
                entry("政策文件", "规范性文件")));
        coverage.add("乙县住建局", catalog("乙县住建局", entry("城镇老旧小区改造", "改造计划"), entry("监督举报", "投诉举报")));
        coverage.add("丙县民政局", catalog("丙县民政局", entry("监督管理", "投诉举报")));
        List<String> rows = coverage.rows().stream().map(i -> i.category() + "/" + i.name()).toList();
        // 改造计划 is a row of each field (context words, mappings/item-words.tsv); 投诉举报 under 监督举报 (a group that shows
        // no field) is one row with the other
        assertEquals(List.of("城镇棚户区改造/改造计划", "城镇老旧小区改造/改造计划", "政策文件/规范性文件", "监督举报/投诉举报"), rows);
        assertEquals(2, coverage.rows().get(1).catalogs());
        assertEquals(2, coverage.rows().get(3).catalogs());
    }

    private Coverage.Spelling spelling(String text) {
        return coverage.spellings().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }
}
