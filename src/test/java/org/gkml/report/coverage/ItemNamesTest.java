package org.gkml.report.coverage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which item names meet in the coverage matrix, and how. */
class ItemNamesTest {

    private final ItemNames names = new ItemNames(org.gkml.vocabulary.Mappings.builtIn().file("item-synonyms.tsv").rows().stream().map(org.gkml.vocabulary.MappingFile.Row::toArray).toList());

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // punctuation, spaces, full-width forms and quotes fold away
            "部门（单位）“三公”经费预算、决算 | 部门(单位)三公经费预算决算 | 规范化",
            "政府信息 公开指南 | 政府信息公开指南 | 规范化",
            "打击欺诈骗保相关信息。 | 打击欺诈骗保相关信息 | 规范化",
            // traditional characters fold to simplified
            "政府資訊公開指南 | 政府资讯公开指南 | 规范化",
            // a list number in front numbers the row, not the item
            "1.机构职能 | 机构职能 | 规范化",
            "（三）机构职能 | 机构职能 | 规范化",
            // other wordings of one item, from mappings/item-synonyms.tsv
            "公开指南 | 政府信息公开指南 | 同义词",
            "领导简介 | 领导信息 | 同义词",
            "政府信息主动公开基本目录 | 政府信息公开目录 | 同义词",
            "公开目录 | 主动公开目录 | 同义词",
            "部门预算及“三公”经费预算 | 部门预算 | 同义词",
    })
    void sameItem(String a, String b, String method) {
        assertEquals(names.key(b).key(), names.key(a).key());
        assertEquals(method, names.key(a).method().label());
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "部门预算 | 部门决算",
            "政府信息公开指南 | 政府信息公开目录",
            "统计公报 | 统计数据",
            "第1季度 | 第2季度",
    })
    void differentItems(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(names.key(b).key(), names.key(a).key());
    }
}
