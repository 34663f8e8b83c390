package org.gkml.vocabulary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TicksTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "√, true", "' √ ', true", "✓, true", "✔, true", "☑, true", "■, true", "þ, true",
            "\uF0FC, true", "\uF0FE, true",
            "'\u3000', false", "'', false", "' ', false", "□, false", "\uF06F, false", "¨, false",
            "(, false", "全社会, false", "NULL, false",
            // a word for yes is a tick only as the whole cell
            "是, true", "' 是 ', true", "Y, true", "y, true", "有, true", "否, false", "N, false", "无, false",
            "是否公开, false", "有关部门, false", "YES, false"})
    void tellsTickedCells(String cell, boolean ticked) {
        assertEquals(ticked, Mappings.builtIn().checkMarks().isTicked(cell));
    }
}
