package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** RowAssembler on a few hand-built rows under a one-row header with known column roles. */
class RowAssemblerTest {

    private static final Mappings MAPPINGS = Mappings.builtIn();

    /** 序号 | 一级事项 | 二级事项 | 公开内容 | 公开依据 | 备注 | 主动 (tick) | 依申请 (tick) */
    private static final List<ColumnRole> ROLES = List.of(
            new ColumnRole(0, "序号", Field.SEQ, null, 1),
            new ColumnRole(1, "一级事项", Field.CATEGORY, null, 1),
            new ColumnRole(2, "二级事项", Field.ITEM, null, 1),
            new ColumnRole(3, "公开内容", Field.CONTENT, null, 1),
            new ColumnRole(4, "公开依据", Field.BASIS, null, 1),
            new ColumnRole(5, "备注", Field.REMARKS, null, 1),
            new ColumnRole(6, "主动", Field.DISCLOSURE_MODE, "主动公开", 1),
            new ColumnRole(7, "依申请", Field.DISCLOSURE_MODE, "依申请公开", 1));
    private static final String[] LABELS = {"序号", "一级事项", "二级事项", "公开内容", "公开依据", "备注", "主动", "依申请"};

    /** Builds a table whose row 0 is the header and whose further rows are given; merges added as cells. */
    private static final class Rows {
        final List<Cell> cells = new ArrayList<>();
        int next = 1;

        Rows() {
            for (int c = 0; c < LABELS.length; c++) cells.add(cell(0, c, 1, 1, LABELS[c]));
        }

        /** One row of one cell per column ("" for an empty cell, null where a merged cell above covers it). */
        Rows row(String... texts) {
            for (int c = 0; c < texts.length; c++) if (texts[c] != null) cells.add(cell(next, c, 1, 1, texts[c]));
            next++;
            return this;
        }

        Rows merged(int row, int col, int rowSpan, int colSpan, String text) {
            cells.add(cell(row, col, rowSpan, colSpan, text));
            return this;
        }

        /** A row of one cell across the whole table. */
        Rows across(String text) {
            cells.add(cell(next++, 0, 1, LABELS.length, text));
            return this;
        }

        RowAssembler assembler(boolean mergesExplicit) {
            Table t = new Table(cells, mergesExplicit);
            return new RowAssembler(t, new HeaderReader.Header(0, 1, ROLES), new ArrayList<>(), MAPPINGS.checkMarks(), MAPPINGS.mergedColumns());
        }
    }

    private static Cell cell(int row, int col, int rowSpan, int colSpan, String text) {
        return new Cell(row, col, rowSpan, colSpan, text, Provenance.ofLine("t", row + 1));
    }

    private static List<String> field(List<MappedRow> rows, Field f) {
        return rows.stream().map(r -> r.text().get(f)).toList();
    }

    @Test
    void anEmptyCategoryCellInATextExportTakesTheCategoryAbove() {
        List<MappedRow> rows = new Rows()
                .row("1", "机构信息", "机构职能", "主要职责", "《组织法》", "", "√", "")
                .row("2", "", "领导信息", "领导姓名", "", "", "√", "")
                .assembler(false).rows();
        assertEquals(List.of("机构信息", "机构信息"), field(rows, Field.CATEGORY));
        // 公开依据 is a column where merges are common; 备注 is not, so an empty one stays empty
        assertEquals(List.of("《组织法》", "《组织法》"), field(rows, Field.BASIS));
        assertFalse(rows.get(1).text().containsKey(Field.REMARKS));
    }

    @Test
    void aNewCategoryStartsAGroupThatTakesNothingFromAbove() {
        List<MappedRow> rows = new Rows()
                .row("1", "机构信息", "机构职能", "主要职责", "《组织法》", "", "√", "")
                .row("2", "法规文件", "规范性文件", "文件目录", "", "", "", "")
                .assembler(false).rows();
        assertEquals(List.of("机构信息", "法规文件"), field(rows, Field.CATEGORY));
        assertFalse(rows.get(1).text().containsKey(Field.BASIS));
        assertFalse(rows.get(1).ticks().containsKey(Field.DISCLOSURE_MODE));
    }

    @Test
    void aMergedCategoryCellGivesItsTextToEveryRowUnderIt() {
        List<MappedRow> rows = new Rows()
                .merged(1, 1, 2, 1, "机构信息")
                .row("1", null, "机构职能", "主要职责", "", "", "√", "")
                .row("2", null, "领导信息", "领导姓名", "", "", "", "√")
                .assembler(true).rows();
        assertEquals(List.of("机构职能", "领导信息"), field(rows, Field.ITEM));
        assertEquals(List.of("机构信息", "机构信息"), field(rows, Field.CATEGORY));
    }

    @Test
    void ticksBecomeTheOptionsOfTheirColumns() {
        List<MappedRow> rows = new Rows()
                .row("1", "机构信息", "机构职能", "主要职责", "", "", "√", "")
                .row("2", "机构信息", "领导信息", "领导姓名", "", "", "√", "√")
                .assembler(true).rows();
        assertEquals(Map.of(Field.DISCLOSURE_MODE, List.of("主动公开")), rows.get(0).ticks());
        assertEquals(Map.of(Field.DISCLOSURE_MODE, List.of("主动公开", "依申请公开")), rows.get(1).ticks());
    }

    @Test
    void rowsSharingAMergedItemCellAreOneItem() {
        List<MappedRow> rows = new Rows()
                .merged(1, 2, 2, 1, "机构职能")
                .row("1", "机构信息", null, "主要职责", "", "", "√", "")
                .row("", "", null, "内设机构", "", "", "", "")
                .assembler(true).rows();
        assertEquals(1, rows.size());
        assertEquals("主要职责\n内设机构", rows.get(0).text().get(Field.CONTENT));
    }

    @Test
    void aNoteRowIsNoItemButANote() {
        RowAssembler a = new Rows()
                .row("1", "机构信息", "机构职能", "主要职责", "", "", "√", "")
                .across("备注：本目录每年更新一次")
                .assembler(true);
        List<MappedRow> rows = a.rows();
        assertEquals(List.of("机构职能"), field(rows, Field.ITEM));
        assertEquals(List.of("备注：本目录每年更新一次"), a.notes().stream().map(TextLine::text).toList());
    }

    @Test
    void aRowRepeatingTheHeaderIsSkipped() {
        List<MappedRow> rows = new Rows()
                .row("1", "机构信息", "机构职能", "主要职责", "", "", "√", "")
                .row(LABELS)
                .row("2", "机构信息", "领导信息", "领导姓名", "", "", "√", "")
                .assembler(true).rows();
        assertEquals(List.of("机构职能", "领导信息"), field(rows, Field.ITEM));
    }

    @Test
    void aRowOfOneCellAcrossTheTableHeadsTheRowsBelow() {
        List<MappedRow> rows = new Rows()
                .across("一、机构信息")
                .row("1", "", "机构职能", "主要职责", "", "", "√", "")
                .assembler(true).rows();
        assertEquals(1, rows.size());
        assertEquals("一、机构信息", rows.get(0).text().get(Field.CATEGORY));
    }
}
