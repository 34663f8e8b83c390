package org.gkml.extract.pdf;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkRadicalsTest {

    private static final CjkRadicals RADICALS = CjkRadicals.of(Mappings.builtIn());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "⼀级事项, 一级事项",          // Kangxi radical one
            "银川市⾦凤区, 银川市金凤区",   // Kangxi radical gold
            "部⻔, 部门",                 // supplement: C-simplified gate
            "中华人⺠共和国, 中华人民共和国",
            "⻓期公开, 长期公开",
            "公开内容, 公开内容",          // untouched
            "⺀, ⺀",                      // a radical with no whole-character equivalent stays
    })
    void radicalsBecomeTheIdeographsTheyAreDrawnAs(String in, String expected) {
        assertEquals(expected, RADICALS.repair(in));
    }
}
