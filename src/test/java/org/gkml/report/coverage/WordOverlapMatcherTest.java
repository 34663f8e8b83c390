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
            "义务教育学校名单 | 义务教育学校",      // a list of the things named (list)
            "人大代表建议办理 | 人大代表建议",      // 办理 says what of it is published (form)
            "图书馆 | 公共图书馆",                  // one word, but a specific one (three characters)
            "工作总结 | 年度工作总结",
            "审计工作报告 | 审计报告",              // 工作 inside 工作报告, where the other says 报告 (GenericAffix)
            "执法公示 | 行政执法公示",              // 行政执法 is read as 执法 (same)
            "部门预算（含“三公”经费预算） | 部门预算", // the shape: an inclusive bracket, a year in front
            "2023年部门预算 | 部门预算",
            "最低生活保障（农村） | 农村最低生活保障", // a bracketed qualifier read in front
            "消防安全检查 | 消防检查",              // a compound taken apart by the other's word (安全检查 = 安全 检查)
            "老年人优待证 | 老年优待证",
            "审计项目计划 | 审计计划",
            "林木采伐许可证核发 | 林木采伐许可",    // 核发 says what of the licence is published (form)
            "参保人员异地就医登记备案 | 异地就医备案", // 登记备案 is 备案 (same)
            "办理城乡居民医疗保险参保登记业务 | 城乡居民医疗保险参保登记", // 业务, 手续 say no item (generic)
            "办理社会保障卡挂失手续 | 社会保障卡挂失",
            "区政府规范性文件 | 行政规范性文件",    // every 规范性文件 is an administrative one (same)
            "部门信息公开年度报告 | 政府信息公开年度报告", // a department's 信息公开 is 政府信息公开 (same)
            "主动公开全清单 | 主动公开基本目录",    // a basic or full list is the list (same)
            "“三公”经费 | 部门（单位）“三公”经费预算、决算", // all the siblings at the end name the whole thing
            "社会保险基金 | 社会保险基金预算、决算",
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
            "上级政策文件 | 政策文件",              // the higher authorities' documents, not the agency's own (apart)
            "政府性基金预算执行 | 预算执行",        // one kind of the whole (kind)
            "道路旅客运输经营许可 | 道路运输经营许可",
            "特困人员供养服务机构 | 养老服务机构",
            "部门预决算 | 部门决算",                // a sibling before the head: two items (siblings)
            "区级财政收入支出 | 区级财政支出",
            "学生资助名单 | 学生资助",              // a list after an action names who got it (list)
            "招生政策及结果 | 招生政策",            // a form word listed beside the rest is a second item
            "低保 | 农村低保",                      // one part of the county (kind)
            "普查公报 | 农业普查公报",              // one kind of census (kind)
            "环境影响评价 | 规划环境影响评价",
            "行政许可（变更） | 行政许可",          // a bracketed kind, read in front
            "临时救助 | 医疗救助",                  // two characters are a general term, not a specific word
            "水环境质量 | 环境质量",                // a compound is taken apart once, not into a narrower thing
            "A级旅游景区 | 旅游景区",               // a graded one among all (kind)
            "创业扶持政策 | 创业政策",              // the support policies among all (kind)
            "网约车 | 出租汽车",                    // one kind of taxi, written out (same) and set apart (kind)
            "部门预算、决算 | 部门预算",            // the whole is not one of the siblings
            "部门预决算 | 部门",                    // a general word is left: no item
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
    void aCompoundIsTakenApartByTheOtherNamesWord() {
        assertEquals(java.util.List.of("消防", "安全", "检查"), WordOverlapMatcher.split(java.util.List.of("消防", "安全检查"), java.util.List.of("消防", "检查")));
        assertEquals(java.util.List.of("老年", "人", "优待证"), WordOverlapMatcher.split(java.util.List.of("老年人", "优待证"), java.util.List.of("老年", "优待证")));
        // two characters are not taken apart, nor a word the other name says too
        assertEquals(java.util.List.of("城管"), WordOverlapMatcher.split(java.util.List.of("城管"), java.util.List.of("城")));
        assertEquals(java.util.List.of("环境质量"), WordOverlapMatcher.split(java.util.List.of("环境质量"), java.util.List.of("环境质量", "质量")));
    }

    @Test
    void noSayOnNamesWithoutACommonWord() {
        assertNull(matcher.match(ItemMatcher.Named.of("招生结果"), ItemMatcher.Named.of("统计公报")));
    }
}
