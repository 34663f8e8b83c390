package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The field (领域) titles name, and when two are one field. */
class ReferenceFieldsTest {

    static CatalogDocument titled(String field) {
        Map<String, Object> meta = field.equals("-") ? Map.of() : Map.of(ReferenceFields.KEY, field);
        return new CatalogDocument("t.txt", "text", "目录", null, Region.UNKNOWN, Level.COUNTY, meta,
                EnumSet.allOf(Field.class), List.of(), List.of());
    }

    @ParameterizedTest(name = "reference {0}, catalog {1} → one field: {2}")
    @CsvSource(delimiter = '|', value = {
            "义务教育 | 义务教育 | true",
            "义务教育 | 交通运输 | false",
            "社会救助 | 养老服务 | false",
            // one name holds the other: the same field
            "就业创业 | 就业 | true",
            // traditional characters folded
            "养老服务 | 養老服務 | true"})
    void oneNameHoldingTheOtherIsOneField(String reference, String catalog, boolean same) {
        assertEquals(same, ReferenceFields.sameField(ReferenceFields.field(titled(reference)), ReferenceFields.field(titled(catalog))));
    }
}
