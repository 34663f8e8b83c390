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
        List<String> keys = MappingFiles.rows("schema.tsv").stream().map(r -> r[0]).toList();
        assertEquals(Arrays.stream(Field.values()).map(Field::key).toList(), keys);
    }

    @Test
    void groupColumnsFillDownAndPerRowColumnsDoNot() {
        assertTrue(MergedColumns.fillsDown(Field.CATEGORY));
        assertTrue(MergedColumns.fillsDown(Field.BASIS));
        assertFalse(MergedColumns.fillsDown(Field.ITEM));
        assertFalse(MergedColumns.fillsDown(Field.REMARKS));
        assertTrue(MergedColumns.fillsDown(Field.SEQ)); // a 序号 merged over its group, as in 001
    }
}
