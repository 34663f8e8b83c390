package org.gkml.report.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The methods asked in turn, and the 一级事项 as context. */
class ConcordanceTest {

    private final Concordance concordance = Concordance.of(ItemPairsTest.names(), ItemPairsTest.words());

    private Concordance.Verdict judge(String a, String ca, String b, String cb) {
        return concordance.judge(new ItemMatcher.Named(a, ca), new ItemMatcher.Named(b, cb));
    }

    @Test
    void theFirstMethodWithASayDecides() {
        assertEquals(ItemNames.Method.NORMALISED, judge("政府信息 公开指南", null, "政府信息公开指南", null).method());
        assertEquals(ItemNames.Method.SYNONYM, judge("领导简介", null, "领导信息", null).method());
        assertEquals(ItemNames.Method.WORDS, judge("区级财政预决算", null, "财政预决算", null).method());
        // the word overlap says no to siblings; the character pairs are not asked to overrule it
        Concordance.Verdict siblings = judge("三公经费预算", null, "三公经费决算", null);
        assertEquals(ItemNames.Method.WORDS, siblings.method());
        assertFalse(siblings.same());
        // no word in common: the character pairs decide
        Concordance.Verdict none = judge("招生结果", null, "统计公报", null);
        assertEquals(ItemNames.Method.BIGRAMS, none.method());
        assertFalse(none.same());
        assertNull(judge("（一）", null, "政策文件", null), "a name of no letters: no method has a say");
    }

    @Test
    void clearlyDifferentCategoriesAskForMoreLikeness() {
        Concordance.Verdict bare = judge("养老服务政策文件", null, "政策文件", null);
        assertTrue(bare.same(), bare.toString());
        Concordance.Verdict apart = judge("养老服务政策文件", "养老服务通用政策", "政策文件", "公租房保障");
        assertFalse(apart.same(), apart.toString());
        // 政策文件 is one short word (政策) and its form word: read in its category, so the factor counts twice, and a
        // kind of document (a context word) is read with its 一级事项 too: 养老服务通用政策 and 公租房保障 share nothing
        assertTrue(apart.score() <= bare.score() * Concordance.CATEGORIES_APART * Concordance.CATEGORIES_APART, apart.toString());
        Concordance.Verdict specific = judge("区级财政预决算", "结果公开", "财政预决算", "公租房保障");
        assertEquals(judge("区级财政预决算", null, "财政预决算", null).score() * Concordance.CATEGORIES_APART, specific.score(), 1e-9);
        // categories that share a word are not clearly different
        assertTrue(judge("养老服务政策文件", "养老服务通用政策", "政策文件", "政策文件").same());
    }

    @Test
    void aGeneralWordAloneIsReadInItsCategory() {
        // the same one short word under clearly different 一级事项 names two items (seen among the corpus's items)
        assertFalse(judge("审批信息", "最低生活保障", "审批决定", "环境影响评价").same());
        assertFalse(judge("分配结果", "公共租赁住房", "资金分配结果", "衔接资金").same());
        assertTrue(judge("审批信息", null, "审批决定", null).same(), "without categories the words alone decide");
        // a specific word keeps its likeness less one factor
        assertTrue(judge("行政处罚", "处罚强制信息", "行政处罚决定", "环境监管").same());
    }

    @ParameterizedTest(name = "{0} [{1}] / {2} [{3}]: {4}")
    @CsvSource(delimiter = '|', value = {
            // a name that says only what of a service is published is the item of its 一级事项, the service
            "办事指南 | 城乡居民基本养老保险 | 办事指南 | 城乡居民基本医疗保险 | false",
            "办理流程 | 生育登记           | 办理流程 | 婚姻登记             | false",
            "申请条件 | 廉租住房           | 申请条件 | 经济适用住房         | false",
            "审核信息 | 最低生活保障       | 审核信息 | 特困人员救助供养     | false",
            "办事指南 | 最低生活保障       | 办事指南 | 城乡最低生活保障     | true",
            "办事指南 | 特困人员救助供养   | 办事指南 | 特困供养             | true",
            "申请条件 | 公共租赁住房       | 申请条件 | 公租房               | true",
            "办事指南 | 婚姻登记           | 办理指南 | 婚姻登记             | true",
            // one service, one 一级事项 saying what of it the group holds (审批 is an aspect word)
            "审批结果 | 取水许可           | 审批结果 | 取水许可审批         | true",
            "办事指南 | 生育登记           | 办事指南 | 生育登记审核         | true",
            "审批结果 | 取水许可           | 审批结果 | 排污许可审批         | false",
            // the 一级事项 not known, or a name that says its item: the words decide
            "办事指南 | 生育登记           | 办事指南 |                      | true",
            "行政处罚 | 执法监督           | 行政处罚 | 环境监管             | true",
    })
    void aNameOfAServiceIsReadWithItsCategory(String a, String ca, String b, String cb, boolean same) {
        Concordance.Verdict v = judge(a, ca, b, cb);
        assertEquals(same, v.same(), v.toString());
    }

    @ParameterizedTest(name = "{0} [{1}] / {2} [{3}]: {4}")
    @CsvSource(delimiter = '|', value = {
            // a name that says only a kind of document, plan, result or channel any field has (context words) is the
            // item of the field its 一级事项 shows
            "改造计划 | 城镇棚户区改造     | 改造计划     | 城镇老旧小区改造     | false",
            "投诉举报 | 监督管理           | 投诉举报     | 养老服务监督         | false",
            "政策文件 | 公租房保障         | 政策文件     | 养老服务通用政策     | false",
            "项目资金 | 基本公共卫生服务   | 项目资金     | 衔接资金             | false",
            // one field written two ways, or a service and a word after it
            "改造计划 | 城镇棚户区改造     | 改造计划     | 棚户区改造           | true",
            "分配结果 | 公共租赁住房       | 分配结果     | 公租房保障           | true",
            // a 一级事项 that shows no field (监督举报) leaves the name as it is
            "举报渠道 | 监督举报           | 投诉举报渠道 | 养老服务监督检查     | true",
            // an item named in full is one item under any 一级事项
            "政策解读 | 医保政策           | 政策解读     | 部门文件             | true",
            "政策法规 | 医保政策           | 政策法规     | 部门文件             | true",
            "法律法规 | 残疾人两项补贴     | 法律法规     | 高龄津贴             | true",
            // laws listed beside a field's documents name that field's documents (law words)
            "法律法规及政策文件 | 残疾人两项补贴 | 法律法规及政策文件 | 高龄津贴   | false",
            "法规及政策 | 农机购置补贴 | 法规及政策 | 耕地地力保护补贴 | false",
            "法律法规及政策文件 | 农机购置补贴 | 法律法规和政策文件 | 农机购置补贴 | true",
    })
    void aNameOfAKindOfDocumentIsReadWithItsCategory(String a, String ca, String b, String cb, boolean same) {
        Concordance.Verdict v = judge(a, ca, b, cb);
        assertEquals(same, v.same(), v.toString());
    }

    @ParameterizedTest(name = "{0} / {2}: {4}")
    @CsvSource(delimiter = '|', value = {
            // a form word inside a word HanLP reads as one (检查结果) is left out at the end like any other (FormSuffix)
            "消防检查结果 | | 消防检查 | | true",
            "执法检查结果 | | 执法检查 | | true",
            // a service or an activity of a thing is that thing (服务 and 活动 are form words)
            "全民阅读活动 | | 全民阅读 | | true",
            "法律咨询服务 | | 法律咨询 | | true",
            // a list after an action names who it went to, as 对象名单 does; it is still not the action itself
            "教育资助名单 | | 资助对象名单 | | true",
            "教育资助     | | 教育资助名单 | | false",
    })
    void aFormWordAtTheEndOfANameIsLeftOut(String a, String ca, String b, String cb, boolean same) {
        Concordance.Verdict v = judge(a, blank(ca), b, blank(cb));
        assertEquals(same, v != null && v.same(), String.valueOf(v));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
