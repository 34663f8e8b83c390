package org.gkml.report.coverage;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word ending in a form word is read as the thing and the form word. */
class FormSuffixTest {

    private static final Set<String> FORM = Set.of("结果", "服务", "公告", "决定");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "检查结果 | 检查 结果",
            "咨询服务 | 咨询 服务",
            "审批决定 | 审批 决定",
            // two characters or more must be left in front
            "后果     | 后果",
            "结果     | 结果",
            "新公告   | 新公告",
            // no form word at the end
            "结果公示 | 结果公示",
    })
    void aWordEndingInAFormWordIsTakenApart(String word, String expected) {
        List<Term> out = FormSuffix.split(List.of(new Term(word, Nature.v)), FORM);
        assertEquals(expected, String.join(" ", out.stream().map(t -> t.word).toList()));
    }
}
