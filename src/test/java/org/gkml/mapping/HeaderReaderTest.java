package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HeaderReader on tables of a few hand-built cells: where the header is, and what each column holds. */
class HeaderReaderTest {

    private static final HeaderReader READER = new HeaderReader(Mappings.builtIn().headers());

    private static Cell cell(int row, int col, String text) {
        return new Cell(row, col, text, Provenance.ofLine("t.html", row + 1));
    }

    private static Cell cell(int row, int col, int rowSpan, int colSpan, String text) {
        return new Cell(row, col, rowSpan, colSpan, text, Provenance.ofLine("t.html", row + 1));
    }

    private static Table table(Cell... cells) {
        return new Table(List.of(cells), true);
    }

    private static HeaderReader.Header find(Table t, List<Warning> warnings) {
        return READER.find(t, warnings).orElseThrow();
    }

    private static List<WarningCode> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }

    @Test
    void aTwoRowHeaderMapsEachChildUnderItsParent() {
        Table t = table(
                cell(0, 0, 2, 1, "序号"), cell(0, 1, 1, 2, "公开对象"), cell(0, 3, 2, 1, "公开内容"),
                cell(1, 1, "全社会"), cell(1, 2, "特定群体"),
                cell(2, 0, "1"), cell(2, 1, "√"), cell(2, 2, ""), cell(2, 3, "机构职能"));
        HeaderReader.Header h = find(t, new ArrayList<>());
        assertEquals(0, h.firstRow());
        assertEquals(2, h.rowCount());
        List<ColumnRole> roles = h.roles();
        assertEquals(Field.SEQ, roles.get(0).field());
        assertEquals(Field.AUDIENCE, roles.get(1).field());
        assertEquals("全社会", roles.get(1).option());
        assertEquals(Field.AUDIENCE, roles.get(2).field());
        assertEquals("特定群体", roles.get(2).option());
        assertEquals(Field.CONTENT, roles.get(3).field());
        assertNull(roles.get(3).option());
    }

    @Test
    void aSynonymLabelMapsToItsField() {
        Table t = table(cell(0, 0, "编号"), cell(0, 1, "事项"), cell(0, 2, "承办科室"),
                cell(1, 0, "1"), cell(1, 1, "机构职能"), cell(1, 2, "办公室"));
        List<ColumnRole> roles = find(t, new ArrayList<>()).roles();
        assertEquals(List.of(Field.SEQ, Field.ITEM, Field.RESPONSIBLE), roles.stream().map(ColumnRole::field).toList());
    }

    /** Labels of county catalogs the first layouts did not print: each is its field's label, not an extra column. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "公开条目|ITEM", "公开项目|ITEM", "公开期限|TIME_LIMIT", "公开时效|TIME_LIMIT", "牵头单位|RESPONSIBLE",
            "承办单位|RESPONSIBLE", "主办科室|RESPONSIBLE", "信息提供单位|RESPONSIBLE", "目录分类|DOMAIN", "主题分类|DOMAIN"})
    void aCountyLabelMapsToItsField(String label, Field field) {
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "公开内容"), cell(0, 2, label),
                cell(1, 0, "1"), cell(1, 1, "主要职责"), cell(1, 2, "x"));
        List<Warning> warnings = new ArrayList<>();
        assertEquals(field, find(t, warnings).roles().get(2).field());
        assertEquals(List.of(), codes(warnings), label);
    }

    @Test
    void anUnknownLabelStaysUnmappedAndIsReported() {
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "公开内容"), cell(0, 2, "联系电话"),
                cell(1, 0, "1"), cell(1, 1, "机构职能"), cell(1, 2, "12345"));
        List<Warning> warnings = new ArrayList<>();
        ColumnRole phone = find(t, warnings).roles().get(2);
        assertTrue(phone.isExtra());
        assertEquals("联系电话", phone.label());
        assertEquals(List.of(WarningCode.UNMAPPED_COLUMN), codes(warnings));
    }

    @Test
    void anUnknownLabelOverCellsThatAreAllModeOptionsReadsAsTheMode() {
        // 是否主动公开 is no label we list; every cell under it is 主动公开 or 依申请公开
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "公开内容"), cell(0, 2, "是否主动公开"),
                cell(1, 0, "1"), cell(1, 1, "机构职能"), cell(1, 2, "主动公开"),
                cell(2, 0, "2"), cell(2, 1, "行政许可"), cell(2, 2, "主动公开、依申请公开"));
        List<Warning> warnings = new ArrayList<>();
        ColumnRole mode = find(t, warnings).roles().get(2);
        assertEquals(Field.DISCLOSURE_MODE, mode.field());
        assertEquals(List.of(WarningCode.LOW_CONFIDENCE_COLUMN), codes(warnings));
    }

    @Test
    void cellsThatAreOptionsDoNotTakeAFieldAnotherColumnHolds() {
        // a 公开方式 column is there already: the second column of mode words stays aside
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "公开方式"), cell(0, 2, "是否主动公开"),
                cell(1, 0, "1"), cell(1, 1, "主动公开"), cell(1, 2, "主动公开"),
                cell(2, 0, "2"), cell(2, 1, "主动公开"), cell(2, 2, "主动公开"));
        List<Warning> warnings = new ArrayList<>();
        assertTrue(find(t, warnings).roles().get(2).isExtra());
        assertEquals(List.of(WarningCode.UNMAPPED_COLUMN), codes(warnings));
    }

    @Test
    void aTitleRowAboveTheHeaderIsNotTheHeader() {
        // a title across the table that happens to read as a label (公开事项) is one label: too few to start a header
        Table t = table(cell(0, 0, 1, 3, "公开事项"),
                cell(1, 0, "序号"), cell(1, 1, "二级事项"), cell(1, 2, "公开内容"),
                cell(2, 0, "1"), cell(2, 1, "机构职能"), cell(2, 2, "主要职责"));
        HeaderReader.Header h = find(t, new ArrayList<>());
        assertEquals(1, h.firstRow());
        assertEquals(2, h.bodyStart());
    }

    @Test
    void aNumberedRowEndsTheHeader() {
        // 公开内容 in the first body row is a label, yet a row with a 序号 number is data
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "二级事项"), cell(0, 2, "公开内容"),
                cell(1, 0, "1"), cell(1, 1, "公开内容"), cell(1, 2, "公开依据"));
        assertEquals(1, find(t, new ArrayList<>()).rowCount());
    }

    @Test
    void aSecondColumnNamingATakenFieldIsKeptAside() {
        Table t = table(cell(0, 0, "序号"), cell(0, 1, "责任部门"), cell(0, 2, "责任科室"),
                cell(1, 0, "1"), cell(1, 1, "办公室"), cell(1, 2, "法规科"));
        List<Warning> warnings = new ArrayList<>();
        List<ColumnRole> roles = find(t, warnings).roles();
        assertEquals(Field.RESPONSIBLE, roles.get(1).field());
        assertTrue(roles.get(2).isExtra());
        assertTrue(codes(warnings).contains(WarningCode.DUPLICATE_COLUMN));
    }

    @Test
    void aTableWithoutTwoKnownLabelsHasNoHeader() {
        Table t = table(cell(0, 0, "姓名"), cell(0, 1, "电话"), cell(1, 0, "张三"), cell(1, 1, "12345"));
        assertTrue(READER.find(t, new ArrayList<>()).isEmpty());
    }
}
