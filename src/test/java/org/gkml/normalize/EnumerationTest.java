package org.gkml.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnumerationTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "一、概况信息部门文件, 概况信息部门文件",
            "二、政府信息公开, 政府信息公开",
            "八、行政检查, 行政检查",
            "十二、其他, 其他",
            "1.机构信息, 机构信息",
            "1、机构信息, 机构信息",
            "12．机构信息, 机构信息",
            "（一）机构信息, 机构信息",
            "(1)机构信息, 机构信息",
            "（3）机构信息, 机构信息",
            "第一部分 概述, 概述",
            "第二部分基本目录, 基本目录",
            "机构信息, 机构信息",
            "①机构信息, 机构信息",
            "Ⅱ.政策文件, 政策文件",
            "Ⅲ、政策文件, 政策文件",
            "01 机构信息, 机构信息",
            "2024 年度报告, 2024 年度报告",
            "十大民生工程, 十大民生工程",
            "12345热线, 12345热线",
            "三公经费, 三公经费",
            "' 机关简介 ', 机关简介",
            "一、, 一、",
            "NULL, NULL"})
    void dropsLeadingEnumeration(String text, String expected) {
        assertEquals(expected, Enumeration.stripPrefix(text));
    }
}
