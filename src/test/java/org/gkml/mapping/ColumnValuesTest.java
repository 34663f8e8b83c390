package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnValuesTest {

    /** Cells separated by '|'; the expected field, or NONE. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "主动公开|依申请公开|主动公开; DISCLOSURE_MODE",
            "主动公开、依申请公开|主动; DISCLOSURE_MODE",
            "全社会|特定群体|; AUDIENCE",
            "县级|乡级、村级; LEVELS",
            "决策|执行|结果; PUBLICITY_TYPE",
            // one cell could be a coincidence
            "主动公开; NONE",
            // a column mixing two fields' words, or holding other words, is not one field
            "主动公开|全社会; NONE",
            "主动公开|政府网站; NONE",
            "机构职能|领导信息; NONE",
            "|; NONE",
    })
    void aColumnOfOneFieldsOptionsHoldsThatField(String cells, String expected) {
        List<String> texts = Arrays.asList(cells.split("\\|", -1));
        Optional<Field> f = ColumnValues.optionFieldOf(texts, Mappings.builtIn().headers().options());
        assertEquals(expected.equals("NONE") ? Optional.empty() : Optional.of(Field.valueOf(expected)), f);
    }
}
