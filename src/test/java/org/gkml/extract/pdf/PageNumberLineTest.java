package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageNumberLineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1|true",
            "- 2 -|true",
            "第 3 页|true",
            "2/5|true",
            "第1页/共3页|true",
            "第 1 页 共 3 页|true",   // Word's footer with PAGE and NUMPAGES fields
            "第1页，共3页|true",
            "第 2 页、共 3 页|true",
            "Page 2 of 4|true",
            "第 1 页 3|false",
            "共3页|false",
            "1 3|false",
            "第一批公开事项|false",
            "汉阴县卫生健康领域基层政务公开标准目录|false",
    })
    void tellsPageNumbers(String line, boolean pageNumber) {
        assertEquals(pageNumber, PageNumberLine.matches(line));
    }
}
