package org.gkml.extract.office;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SheetSectionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "社会救助|社会救助", "义务教育|义务教育", "一、机构信息|机构信息", "（二）卫生监督|卫生监督", "3.财政预决算|财政预决算",
            "Sheet1|-", "工作表2|-", "填表说明|-", "公开目录|-", "封面|-", "附件1|-", "2024|-", "汇总表|-", "-|-"})
    void tellsASectionSheetName(String name, String section) {
        assertEquals(section, SheetSection.of(name));
    }
}
