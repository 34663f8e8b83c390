package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which catalogs 缺项 holds against the references: by the field (领域) their titles name. */
class ReferenceFieldsTest {

    static CatalogDocument titled(String field) {
        Map<String, Object> meta = field.equals("-") ? Map.of() : Map.of(ReferenceFields.KEY, field);
        return new CatalogDocument("t.txt", "text", "目录", null, Region.UNKNOWN, Level.COUNTY, meta,
                EnumSet.allOf(Field.class), List.of(), List.of());
    }

    @ParameterizedTest(name = "references {0}, catalog {1} → held against them: {2}")
    @CsvSource(delimiter = '|', value = {
            "义务教育 | 义务教育 | true",
            "义务教育 | 交通运输 | false",
            "义务教育,社会救助 | 社会救助 | true",
            "义务教育,社会救助 | 养老服务 | false",
            // one name holds the other: the same field
            "就业创业 | 就业 | true",
            // traditional characters folded
            "养老服务 | 養老服務 | true",
            // a catalog that names no field, or a reference that names none (a general template): compared as before
            "义务教育 | - | true",
            "- | 交通运输 | true",
            "义务教育,- | 交通运输 | true"})
    void aCatalogOfAnotherFieldIsNotHeldAgainstTheTemplate(String references, String catalog, boolean held) {
        List<CatalogDocument> refs = Arrays.stream(references.split(",")).map(ReferenceFieldsTest::titled).toList();
        assertEquals(held, ReferenceFields.of(refs).heldAgainst(titled(catalog)));
    }
}
