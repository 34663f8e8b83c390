package org.gkml.report.coverage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word-overlap method on its own: which names it calls one item, and how alike. */
class WordOverlapMatcherTest {

    private final ItemWords words = ItemPairsTest.words();
    private final WordOverlapMatcher matcher = new WordOverlapMatcher(words);

    private double score(String a, String b) {
        return matcher.match(ItemMatcher.Named.of(a), ItemMatcher.Named.of(b)).score();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "医疗保障相关政策解读 | 政策解读",      // a field in front
            "区级财政预决算 | 财政预决算",          // a level in front
            "失业人员登记 | 失业登记",              // a word in the middle, the same head
            "行政处罚结果 | 行政处罚",              // a form word at the end
            "义务教育学校名录 | 学校名录",          // one word, but both end in the same form word
            "部门经费预决算 | 部门预算、决算",      // shorthand written out
            "建设项目环评审批 | 建设项目环境影响评价审批",
            "办事须知 | 办事指南",                  // words catalogs use for one another (alike)
            "投诉举报途径 | 投诉举报方式",
            "县级预算执行 | 本级预算执行",
            "公租房分配结果 | 公共租赁住房分配",    // shorthand, and a form word
    })
    void oneItem(String a, String b) {
        assertTrue(score(a, b) >= WordOverlapMatcher.THRESHOLD, a + " / " + b + ": " + score(a, b));
        assertEquals(score(a, b), score(b, a), 1e-9);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "部门预算 | 部门决算",                  // siblings
            "行政处罚 | 行政许可",
            "道路旅客运输经营许可 | 道路货物运输经营许可",
            "创业担保贷款申请 | 创业担保贷款",      // a step after the head
            "部门预算整体支出绩效评价 | 部门预算",
            "临时救助 | 救助结果",                  // one word is the general term
            "农村公路建设养护 | 农村公路养护",      // two actions side by side
            "就业失业登记 | 就业登记",
            "其他政策文件 | 政策文件",              // 其他 sets it apart
            "政府性基金预算执行 | 预算执行",        // one kind of the whole (kind)
            "道路旅客运输经营许可 | 道路运输经营许可",
            "特困人员供养服务机构 | 养老服务机构",
            "部门预决算 | 部门决算",                // a sibling before the head: two items (siblings)
            "区级财政收入支出 | 区级财政支出",
    })
    void differentItems(String a, String b) {
        assertFalse(score(a, b) >= WordOverlapMatcher.THRESHOLD, a + " / " + b + ": " + score(a, b));
    }

    @Test
    void likenessOfSiblingsIsHalfTheirDice() {
        assertEquals(0.4, score("道路旅客运输经营许可", "道路货物运输经营许可"), 1e-9);
        assertEquals(1.0, score("政府信息公开指南", "政府公开指南"), 1e-9);
        assertEquals(0.8 + 0.2 * 2 / 4, score("医疗保障相关政策解读", "政策解读"), 1e-9);
    }

    @Test
    void noSayOnNamesWithoutACommonWord() {
        assertNull(matcher.match(ItemMatcher.Named.of("招生结果"), ItemMatcher.Named.of("入学名单")));
    }
}
