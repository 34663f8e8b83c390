package org.gkml.report.coverage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What of a name's wrapping NameShape takes away or moves, before its words are read. */
class NameShapeTest {

    private final NameShape shape = new NameShape(List.of("含", "包括"), List.of("关于"), java.util.Map.of("部门", "部门", "单位", "部门", "县级", "本级", "本级", "本级"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "部门预算 | 部门预算",                                   // nothing to take away
            "2023年部门预算 | 部门预算",                             // a year in front
            "2022年度部门决算 | 部门决算",
            "二〇二三年部门预算 | 部门预算",                         // a year in Chinese numerals
            "部门预算（含“三公”经费预算） | 部门预算",               // what the item includes
            "政府采购(包括采购意向) | 政府采购",
            "最低生活保障（农村） | 农村最低生活保障",               // a qualifier, read in front
            "行政处罚（简易程序） | 简易程序行政处罚",
            "部门（单位）预算 | 部门预算",                           // the word before it in other words (alike)
            "县级（本级）预算 | 县级预算",
            "预算（单位） | 单位预算",                               // not the word before it: a qualifier
            "部门（科室）预算 | 科室部门预算",                       // a word the rows do not read alike: a qualifier
            "（三）政策解读 | 政策解读",                             // a list number is not a qualifier
            "关于政府信息公开工作的年度报告 | 政府信息公开工作的年度报告", // a wrapper in front
            "关于2023年部门预算 | 部门预算",
            "（含三公经费） | （含三公经费）",                       // all bracket: the name keeps what it says
            "2023年 | 2023年",
    })
    void shapes(String name, String shaped) {
        assertEquals(shaped, shape.shape(name));
    }
}
