package org.gkml.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a 公开依据 cell has cited its rules whole, and what starts another citation of it. */
class CitedBasisTest {

    @ParameterizedTest(name = "{0} closes its citation: {1}")
    @CsvSource(delimiter = '|', value = {
            "《教育收费公示制度》|true",
            "《关于推进免费开放工作的意见》（文财务发〔2011〕5号）|true",
            "《条例》（国务院令第 711 号)|true",
            "《中华人民共和国政府信息|false",            // open
            "《条例》（国务院令第711|false",
            "信息公开规定|false",                          // no citation marks: nothing said
            "《条例》《办法》第十条|false",
    })
    void aClosedCitationEndsTheCell(String cell, boolean closed) {
        assertEquals(closed, CitedBasis.closesCitation(cell));
    }

    @ParameterizedTest(name = "{0} starts a citation: {1}")
    @CsvSource(delimiter = '|', value = {
            "《中华人民共和国政府信|true",
            "（国务院令第711号）|true",
            "2.《政府信息公开条例》|true",
            "二、相关规定|true",
            "公开事项信息形成|false",
            "收费标准批准之日|false",
    })
    void aNewCitationGoesOnTheCell(String line, boolean starts) {
        assertEquals(starts, CitedBasis.startsCitation(line));
    }
}
