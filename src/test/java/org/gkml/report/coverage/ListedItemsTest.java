package org.gkml.report.coverage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A name listing two items beside a name of one of them is not that item; a list of one thing and its part is. */
class ListedItemsTest {

    private final Concordance concordance = Concordance.of(ItemPairsTest.names(), ItemPairsTest.words());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // two items listed, one of them alone
            "行政许可和行政处罚信息 | 行政处罚信息 | false",
            "预防接种和母婴保健 | 母婴保健 | false",
            "行政许可、行政处罚结果 | 行政许可结果 | false",
            "规章、规范性文件 | 规范性文件 | false",
            // both name the same list, or the list is of one thing and its part
            "行政法规、规章 | 行政法规和规章 | true",
            "部门预算及“三公”经费预算 | 部门预算 | true",
            "人大代表建议、政协提案办理结果 | 建议提案办理结果 | true",
            // no list
            "区级财政预决算 | 财政预决算 | true",
    })
    void aNameOfOneListedItemIsNotTheList(String a, String b, boolean same) {
        assertEquals(same, concordance.same(ItemMatcher.Named.of(a), ItemMatcher.Named.of(b)), a + " / " + b);
        assertEquals(same, concordance.same(ItemMatcher.Named.of(b), ItemMatcher.Named.of(a)), b + " / " + a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "迁出、迁入登记 | 2",
            "行政许可和行政处罚信息 | 2",
            "国家、省和市有关医疗保障的法律、法规、政策文件 | 5",
            "部门预算 | 1",
    })
    void theListedPartsAreReadApart(String name, int parts) {
        assertEquals(parts, ItemPairsTest.words().conjuncts(name).size(), () -> name + ": " + ItemPairsTest.words().conjuncts(name));
    }
}
