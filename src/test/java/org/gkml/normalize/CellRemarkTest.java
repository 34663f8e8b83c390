package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellRemarkTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("政府网站、其他法律服务网 注：有关公开信息可推送……", "政府网站、其他法律服务网", "注：有关公开信息可推送……"),
                Arguments.of("政府网站\n两微一端\n注：有关公开信息\n可推送至公示栏", "政府网站\n两微一端", "注：有关公开信息可推送至公示栏"),
                Arguments.of("办公室；备注：由各股室配合", "办公室；", "备注：由各股室配合"),
                Arguments.of("政府网站\n说明:视情况公开", "政府网站", "说明:视情况公开"),
                // OCR sets a space before the colon
                Arguments.of("其他法律服务网\n注 : 有关公开信息可推送\n或归集", "其他法律服务网", "注 : 有关公开信息可推送或归集"),
                Arguments.of("政府网站 备注 ：见附件", "政府网站", "备注 ：见附件"),
                // a space with no colon after it is no marker
                Arguments.of("政府网站\n注 意事项", "政府网站\n注 意事项", null),
                // a marker inside a word opens nothing
                Arguments.of("办事指南及情况说明：见附件", "办事指南及情况说明：见附件", null),
                Arguments.of("政府网站", "政府网站", null),
                // 注： run on from the last name, as a Word cell's paragraphs come out of its PDF
                Arguments.of("政府网站两微一端其他法律服务网注：有关公开信息可推送", "政府网站两微一端其他法律服务网", "注：有关公开信息可推送"),
                Arguments.of("政府网站单位备注：见附件", "政府网站单位备注：见附件", null),    // 注： ending 备注： opens nothing
                Arguments.of("政府网站附注：见附件", "政府网站附注：见附件", null),
                Arguments.of("注：仅限内部", null, "注：仅限内部"),
                Arguments.of(null, null, null));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void takesTheRemarkOffTheList(String cell, String body, String remark) {
        CellRemark.Split split = VOCABULARY.remarks().split(cell);
        assertEquals(body, split.body());
        assertEquals(remark, split.remark());
    }
}
