package org.gkml.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SectionHeadingLineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "一、机构信息|一、机构信息",
            "  二、卫生监督　|二、卫生监督",
            "（三）政务服务|（三）政务服务",
            "(3)政务服务|(3)政务服务",
            "4. 财政资金|4. 财政资金",
            "十二、建议提案办理|十二、建议提案办理",
            "第一类 主动公开事项|第一类 主动公开事项",
            // the document's own parts, titles, notes and sentences head no group
            "第二部分 基本目录|-",
            "宜良县卫生健康局政府信息公开目录|-",
            "备注：本目录每年更新一次|-",
            "一、本目录自2024年1月1日起施行。|-",
            "1.本目录由局办公室负责解释，各股室按职责分工公开。|-",
            "一、|-",
            "1.2|-",
            "-|-"})
    void tellsASectionHeading(String line, String heading) {
        assertEquals(heading, SectionHeadingLine.of(line));
    }
}
