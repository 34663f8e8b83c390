package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A row that names the first-level item of the rows below it, from its cells' texts. */
class GroupLabelRowTest {

    /** @param cells the row's cells, "|" between them; @param expected the label, empty for an ordinary row */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "一、机构信息||| ; 一、机构信息",
            "|（二）公共卫生服务|| ; （二）公共卫生服务",
            "十二、其他|||; 十二、其他",
            // a 序号 or any other cell beside it: an item row
            "1|机构职能|机构名称; ''",
            "一、机构信息|||政府网站; ''",
            // no enumeration: a merged first-level cell's text, not a row across the table
            "机构信息|||; ''",
            "1.机构信息|||; ''",
    })
    void aLoneEnumeratedTextIsAGroupLabel(String cells, String expected) {
        String label = GroupLabelRow.label(Arrays.asList(cells.split("\\|", -1)));
        assertEquals(expected.isEmpty() ? null : expected, label);
    }
}
