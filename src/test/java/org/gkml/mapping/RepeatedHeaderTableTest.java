package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedHeaderTableTest {

    /**
     * Rows of a table that repeats the previous table's header, written category:item (category empty where the cell
     * is blank, item empty for a sub-row), after a previous table whose last row is 行政许可:环评审批; the categories
     * read.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // one entry a table (文山's 生态环境 catalog): the cut merged 一级事项 carries on
            ":防治污染设施拆除或闲置审批 | 行政许可",
            ":拆除审批;:闲置审批 | 行政许可;行政许可",
            // a row with its own 一级事项 ends the carry; blank ones below it are its own group's business
            "行政处罚:行政处罚决定;:处罚执行 | 行政处罚;-",
            ":拆除审批;行政处罚:行政处罚决定 | 行政许可;行政处罚",
            // a sub-row (no item) carries nothing, nor does any row after it
            ":;:闲置审批 | -;-",
    })
    void leadingRowsWithoutA一级事项TakeThePreviousTablesLast(String rows, String categories) {
        MappedRow last = row("行政许可", "环评审批");
        List<MappedRow> in = new ArrayList<>();
        for (String r : rows.split(";")) {
            String[] p = r.split(":", -1);
            in.add(row(p[0], p[1]));
        }
        List<MappedRow> out = RepeatedHeaderTable.carry(in, last);
        String[] want = categories.split(";");
        for (int i = 0; i < want.length; i++) {
            assertEquals("-".equals(want[i].strip()) ? null : want[i].strip(), out.get(i).text().get(Field.CATEGORY), rows + " row " + i);
        }
    }

    @Test
    void nothingToCarryWithoutAPreviousCategory() {
        List<MappedRow> in = List.of(row("", "拆除审批"));
        assertEquals(in, RepeatedHeaderTable.carry(in, row("", "环评审批")));
        assertEquals(in, RepeatedHeaderTable.carry(in, null));
    }

    @Test
    void aHeaderRepeatsWhenItsLabelsStandOverTheSameColumns() {
        HeaderReader.Header a = header("序号", "一级事项", "二级事项", "公开内容（要素）");
        assertTrue(RepeatedHeaderTable.repeats(header("序号", "一级事项", "二级事项", "公开内容（要素）"), a));
        assertFalse(RepeatedHeaderTable.repeats(header("序号", "一级事项", "二级事项", "公开内容"), a));
        assertFalse(RepeatedHeaderTable.repeats(header("序号", "一级事项", "二级事项"), a));
        assertFalse(RepeatedHeaderTable.repeats(a, null));
    }

    private static HeaderReader.Header header(String... labels) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) roles.add(new ColumnRole(i, labels[i], null, null, 1.0));
        return new HeaderReader.Header(0, 1, roles);
    }

    private static MappedRow row(String category, String item) {
        Map<Field, String> text = new EnumMap<>(Field.class);
        if (!category.isEmpty()) text.put(Field.CATEGORY, category);
        if (!item.isEmpty()) text.put(Field.ITEM, item);
        return new MappedRow(text, Map.of(), Map.of(), null);
    }
}
