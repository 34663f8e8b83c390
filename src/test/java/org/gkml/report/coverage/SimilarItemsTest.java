package org.gkml.report.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SimilarItemsTest {

    @Test
    void suggestsTheLikestOtherItemAboveTheThreshold() {
        Map<String, SimilarItems.Match> best = new SimilarItems(0.6).best(List.of(
                "政府信息公开年报", "政府信息公开年度报告", "统计公报", "部门预算"));
        assertEquals("政府信息公开年度报告", best.get("政府信息公开年报").key());
        assertEquals(0.75, best.get("政府信息公开年报").score(), 1e-9);
        assertEquals("政府信息公开年报", best.get("政府信息公开年度报告").key());
        assertFalse(best.containsKey("统计公报"));
        assertFalse(best.containsKey("部门预算"));
    }

    @Test
    void diceOfCharacterPairs() {
        assertEquals(1.0, BigramMatcher.dice("机构职能", "机构职能"), 1e-9);
        assertEquals(2.0 / 6, BigramMatcher.dice("部门预算", "部门决算"), 1e-9);
        assertEquals(0.0, BigramMatcher.dice("统计", "预算"), 1e-9);
    }
}
