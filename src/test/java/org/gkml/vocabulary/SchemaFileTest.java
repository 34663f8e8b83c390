package org.gkml.vocabulary;

import org.gkml.catalog.Field;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaFileTest {

    @Test
    void schemaFileListsExactlyTheFields() {
        List<String> keys = Mappings.builtIn().file("schema.tsv").cellRows().stream().map(r -> r[0]).toList();
        assertEquals(Arrays.stream(Field.values()).map(Field::key).toList(), keys);
    }

    @Test
    void groupColumnsFillDownAndPerRowColumnsDoNot() {
        assertTrue(Mappings.builtIn().mergedColumns().fillsDown(Field.CATEGORY));
        assertTrue(Mappings.builtIn().mergedColumns().fillsDown(Field.BASIS));
        assertFalse(Mappings.builtIn().mergedColumns().fillsDown(Field.ITEM));
        assertFalse(Mappings.builtIn().mergedColumns().fillsDown(Field.REMARKS));
        assertTrue(Mappings.builtIn().mergedColumns().fillsDown(Field.SEQ)); // a 序号 merged over its group, as in 001
    }
}
