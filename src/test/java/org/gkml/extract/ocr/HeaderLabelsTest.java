package org.gkml.extract.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderLabelsTest {

    private static final HeaderLabels LABELS = new HeaderLabels(
            List.of("序号", "编号", "主动", "主动公开", "依申请公开", "乡、村级", "村级", "县级", "公开事项", "入户", "一级事项"),
            List.of(new String[]{"序", "厚"}, new String[]{"主", "二"}, new String[]{"入", "人"}, new String[]{"、", HeaderLabels.NOTHING},
                    new String[]{"级", "纺"}));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "厚号, 序号",            // a listed confusion
            "厚 号, 序号",           // white space aside (a stacked cell's lines)
            "二动, 主动",
            "二动公开, 主动公开",
            "乡村级, 乡、村级",       // a dropped 、
            "序号, null",            // a label already
            "厚编, null",            // no label within one listed confusion
            "二人, null",            // two confusions in a two-character label
            "学号, null",            // 学 for 序 is not listed
            "县纺, 县级",
            "村纺, 村级",
            "乡村纺, null",          // a dropped 、 and a confusion: two in a short label
            "、村级, null",          // a drop is never the first character
            "公开事项目, null",       // longer than any label
    })
    void snapsAReadingToTheOneLabelItConfuses(String reading, String label) {
        assertEquals(label, LABELS.label(reading));
    }

    @ParameterizedTest
    @CsvSource({"人户, 入户"})
    void aReadingTwoLabelsReachIsLeft(String reading, String alone) {
        // with a second label one confusion away the reading is ambiguous
        HeaderLabels two = new HeaderLabels(List.of(alone, "人尸"), List.of(new String[]{"入", "人"}, new String[]{"尸", "户"}));
        assertEquals(alone, new HeaderLabels(List.of(alone), List.<String[]>of(new String[]{"入", "人"})).label(reading));
        assertEquals(null, two.label("人户"), "入户 and 人尸 are both within reach");
    }

    @ParameterizedTest
    @CsvSource({"乡村级, '乡、|村|级'"})
    void eachReadCharacterSaysWhatItStandsFor(String reading, String parts) {
        assertEquals(List.of(parts.split("\\|")), LABELS.snap(reading));
    }
}
