package org.gkml.report.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synonyms of 同义词词林 as HanLP ships them, and names read with them. */
class CilinMatcherTest {

    private final CilinMatcher matcher = new CilinMatcher(ItemPairsTest.words(), Cilin.shipped());

    @Test
    void onlyWordsOfOneMeaningAreClose() {
        Cilin c = new Cilin(List.of("Ae15A01= 医生 医师 大夫", "Hj29C10# 结算 预算 决算", "Dj07A07= 津贴 补贴 贴"));
        assertTrue(c.close("医师", "医生"));
        assertFalse(c.close("预算", "决算"), "siblings of a # group are not one meaning");
        assertFalse(c.close("补贴", "贴"), "a character alone is not looked up");
        assertFalse(c.close("医生", "医生"), "the same word is not a synonym of itself");
        Cilin shipped = Cilin.shipped();
        assertTrue(shipped.close("购置", "购买"));
        assertFalse(shipped.close("预算", "决算"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a word before the head written with a synonym: one item
            "医师执业注册 | 医生执业注册 | true",
            "农机购置补贴 | 农机购买补贴 | true",
            // the head is never read as its synonym: 帮扶 / 援助, 规划 / 计划 name different items there
            "就业帮扶 | 就业援助 | false",
            "专项规划 | 专项计划 | false",
            // a word mappings/item-words.tsv reads on purpose is not overruled: 审批 and 审核 are two steps
            "拟作出审批意见 | 拟作出审核意见 | false",
    })
    void synonymsBeforeTheHeadAreOneWord(String a, String b, boolean same) {
        ItemMatcher.Match m = matcher.match(ItemMatcher.Named.of(a), ItemMatcher.Named.of(b));
        if (same) assertEquals(ItemNames.Method.CILIN, m.method(), a + " / " + b);
        else assertNull(m, a + " / " + b + ": no say, the word overlap judges");
    }
}
