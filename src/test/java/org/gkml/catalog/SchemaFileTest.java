package org.gkml.catalog;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaFileTest {

    @Test
    void schemaFileListsExactlyTheFields() {
        List<String> keys = MappingFiles.rows("schema.tsv").stream().map(r -> r[0]).toList();
        assertEquals(Arrays.stream(Field.values()).map(Field::key).toList(), keys);
    }

    @Test
    void groupColumnsFillDownAndPerRowColumnsDoNot() {
        assertTrue(Field.CATEGORY.fillsDown());
        assertTrue(Field.BASIS.fillsDown());
        assertFalse(Field.ITEM.fillsDown());
        assertFalse(Field.REMARKS.fillsDown());
        assertTrue(Field.SEQ.fillsDown()); // a 序号 merged over its group, as in 001
    }
}
