package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameLinesTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    static Stream<Arguments> channelCells() {
        return Stream.of(
                Arguments.of("政府网站\n两微一端\n村（社区）公示栏", List.of("政府网站", "两微一端", "村（社区）公示栏")),
                Arguments.of("政府网站\n\n政务服务\n中心", List.of("政府网站", "政务服务中心")),
                Arguments.of("政府门户网\n站", List.of("政府门户网站")),
                Arguments.of("政府网站“重大决策预公\n开”栏目", List.of("政府网站“重大决策预公开”栏目")),
                Arguments.of("政务服务中心\n（窗口）", List.of("政务服务中心（窗口）")),
                Arguments.of("政府网站、\n公示栏", List.of("政府网站、", "公示栏")));
    }

    @ParameterizedTest
    @MethodSource("channelCells")
    void channelLinesSeparateOnlyAfterAWholeName(String cell, List<String> lines) {
        assertEquals(lines, NameLines.of(cell, VOCABULARY.channelNames()::isComplete));
    }

    static Stream<Arguments> unitCells() {
        return Stream.of(
                Arguments.of("医政医管股\n行政审批股", List.of("医政医管股", "行政审批股")),
                Arguments.of("医政医管\n股", List.of("医政医管股")),
                Arguments.of("省医保局基\n金处\n稽核中心", List.of("省医保局基金处", "稽核中心")),
                Arguments.of("机关党委\n（人事处）", List.of("机关党委（人事处）")),
                // 办 ends a unit, but 办公室 is one word across the break
                Arguments.of("省医保局办\n公室", List.of("省医保局办公室")),
                Arguments.of("办公室\n法治督察股", List.of("办公室", "法治督察股")),
                Arguments.of("县司法局\n各乡镇司法所", List.of("县司法局", "各乡镇司法所")));
    }

    @ParameterizedTest
    @MethodSource("unitCells")
    void unitLinesSeparateOnlyAfterAWholeName(String cell, List<String> lines) {
        assertEquals(lines, NameLines.of(cell, VOCABULARY.units()::isComplete));
    }
}
