package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponsibleTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("办公室", List.of("办公室")),
                // 000 seq 2, wrapped mid-name with blank lines
                Arguments.of("参保科、\n\n费用审核\n科、特殊\n\n医疗保障\n\n管理科\n\n（结算\n\n科）、信\n息科（定\n\n点医疗\n\n科）、基\n\n金监管科",
                        List.of("参保科", "费用审核科", "特殊医疗保障管理科（结算科）", "信息科（定点医疗科）", "基金监管科")),
                Arguments.of("基金监管\n\n科", List.of("基金监管科")),
                Arguments.of("办公室、\n\n定点医疗\n\n科、基金\n\n监管科", List.of("办公室", "定点医疗科", "基金监管科")),
                // 004: one unit a paragraph
                Arguments.of("省医保局规财处\n\n基金处\n\n稽核中心", List.of("省医保局规财处", "基金处", "稽核中心")),
                Arguments.of("省医保局基金处\n\n稽核中心", List.of("省医保局基金处", "稽核中心")),
                Arguments.of("省医保局机关党委（人事处）", List.of("省医保局机关党委（人事处）")),
                Arguments.of("省医保局各处室、单位", List.of("省医保局各处室", "单位")),
                Arguments.of("财务科，办公室;法规科；(综合,信息)科", List.of("财务科", "办公室", "法规科", "(综合,信息)科")),
                Arguments.of("、 、", List.of()),
                Arguments.of("\u3000", List.of()),
                Arguments.of(null, List.of()),
                // one unit a line; a wrap leaves part of a name on the next line
                Arguments.of("医政医管股\n行政审批股", List.of("医政医管股", "行政审批股")),
                Arguments.of("医政医管\n股\n行政审批股", List.of("医政医管股", "行政审批股")),
                Arguments.of("县卫生健康局\n县医疗保障局\n各乡镇卫生院", List.of("县卫生健康局", "县医疗保障局", "各乡镇卫生院")),
                // a division on the line after its body is one unit the column wrapped (mappings/unit-ranks.tsv)
                Arguments.of("省医保局\n办公室", List.of("省医保局办公室")),
                Arguments.of("省医保局\n机关党委（人事处）", List.of("省医保局机关党委（人事处）")),
                Arguments.of("省医保局\n基金处、稽核中心", List.of("省医保局基金处", "稽核中心")),
                Arguments.of("县司法局\n各乡镇司法所", List.of("县司法局", "各乡镇司法所")),
                Arguments.of("省医保局\n各处室、单位", List.of("省医保局各处室", "单位")),
                Arguments.of("县卫生健康局\n县医疗保障局", List.of("县卫生健康局", "县医疗保障局")),
                Arguments.of("办公室\n法治督察股", List.of("办公室", "法治督察股")),
                // numbered lists lose their numbers
                Arguments.of("1.办公室；2.人事科", List.of("办公室", "人事科")),
                Arguments.of("1、办公室\n2、财务股", List.of("办公室", "财务股")),
                Arguments.of("（1）办公室（2）财务股", List.of("办公室", "财务股")));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void splitsUnits(String cell, List<String> expected) {
        assertEquals(expected, Responsible.split(VOCABULARY.units(), cell));
    }
}
