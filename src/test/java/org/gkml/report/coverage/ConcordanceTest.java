package org.gkml.report.coverage;

import org.junit.jupiter.api.Test;

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
        assertEquals(bare.score() * Concordance.CATEGORIES_APART, apart.score(), 1e-9);
        // categories that share a word are not clearly different
        assertTrue(judge("养老服务政策文件", "养老服务通用政策", "政策文件", "政策文件").same());
    }
}
