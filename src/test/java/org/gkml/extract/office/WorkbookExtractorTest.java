package org.gkml.extract.office;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.extract.FileFormat;
import org.gkml.extract.TestFiles;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.gkml.table.WarningCode;

import static org.gkml.extract.TestFiles.assertSpan;
import static org.gkml.extract.TestFiles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookExtractorTest {

    @ParameterizedTest
    @EnumSource(value = FileFormat.class, names = {"XLS", "XLSX"})
    void titleRowMergesNotesAndHiddenRows(FileFormat format) throws Exception {
        ExtractedDocument d = new WorkbookExtractor(format).extract(Path.of("c." + format.id()), TestFiles.workbook(format == FileFormat.XLSX));
        assertEquals(format.id(), d.format());
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
        assertEquals("A1", d.preamble().get(0).source().cellRef());
        assertEquals(List.of("备注：本目录动态更新"), texts(d.trailer()));
        assertEquals(1, d.tables().size(), "the hidden sheet is skipped");
        assertEquals(WarningCode.HIDDEN_SHEET, d.warnings().get(0).code());
        Table t = d.tables().get(0);
        assertEquals(3, t.rowCount(), "header and two rows; the hidden trailing row is gone");
        assertEquals(4, t.columnCount());
        Cell[][] g = t.grid();
        assertEquals("一级事项", g[0][0].text());
        assertSpan(g[2][0], 1, 0, 2, 1, "机构信息");
        assertEquals("机构名称\n办公地址", g[1][2].text());
        assertEquals("1", g[1][3].text(), "numbers as Excel shows them");
        assertEquals("2", g[2][3].text(), "formulas by their cached result");
        assertEquals("B4", g[2][1].source().cellRef());
        assertEquals(1, g[2][1].source().page());
    }

    @Test
    void eachVisibleSheetIsATable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (String name : List.of("一", "二")) {
            Sheet s = wb.createSheet(name);
            for (int r = 0; r < 2; r++) {
                Row row = s.createRow(r + 2);
                row.createCell(1).setCellValue(name + r);
                row.createCell(2).setCellValue("x");
            }
        }
        ExtractedDocument d = new WorkbookExtractor(FileFormat.XLSX).extract(Path.of("s.xlsx"), bytes(wb));
        assertEquals(2, d.tables().size());
        Cell c = d.tables().get(1).grid()[0][0];
        assertEquals("二0", c.text());
        assertEquals(2, c.source().page());
        assertEquals("B3", c.source().cellRef());
    }

    @Test
    void refusesSheetsFarBeyondACatalog() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("x");
        s.createRow(0).createCell(0).setCellValue("a");
        s.createRow(1_000_000).createCell(0).setCellValue("b");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new WorkbookExtractor(FileFormat.XLSX).extract(Path.of("big.xlsx"), bytes(wb)));
        assertTrue(e.getMessage().contains("beyond the 100000 rows"), e.getMessage());
    }

    @Test
    void emptyWorkbookIsUnreadable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("x");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new WorkbookExtractor(FileFormat.XLSX).extract(Path.of("e.xlsx"), bytes(wb)));
        assertTrue(e.getMessage().contains("no filled cells"), e.getMessage());
    }

    private static byte[] bytes(XSSFWorkbook wb) throws Exception {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void valuesInAHiddenColumnAreSkippedWithAWarningButATitleMergedFromThereIsKept() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("目录");
        s.createRow(0).createCell(0).setCellValue("某县民政局政府信息公开目录");
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 3));
        String[][] rows = {{"内部编号", "序号", "二级事项", "公开时限"}, {"NB-001", "1", "领导信息", "20个工作日内"}, {"NB-002", "2", "机构职能", "20个工作日内"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r + 1);
            for (int c = 0; c < 4; c++) row.createCell(c).setCellValue(rows[r][c]);
        }
        s.setColumnHidden(0, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        ExtractedDocument d = new WorkbookExtractor(FileFormat.XLSX).extract(Path.of("c.xlsx"), out.toByteArray());
        assertEquals(List.of("某县民政局政府信息公开目录"), texts(d.preamble()));
        Cell[][] g = d.tables().get(0).grid();
        // the title merged from column A keeps A in the sheet's width, but nothing of A's values is read
        assertTrue(java.util.Arrays.stream(g).allMatch(row -> row[0] == null || row[0].isBlank()), "column A is empty");
        assertEquals(List.of("序号", "1"), List.of(g[0][1].text(), g[1][1].text()));
        assertEquals(WarningCode.HIDDEN_COLUMN, d.warnings().get(0).code());
        assertTrue(d.warnings().get(0).message().contains("A (内部编号)"), d.warnings().get(0).message());
    }

    /**
     * A script writes formulas without their results (an empty value); Excel computes them on opening, and so does
     * the reader. A formula saved with the result "" (Excel marks it as text) stays empty without a warning; one
     * that cannot be computed (a link to another workbook) is left empty and counted.
     */
    @Test
    void formulasWithoutASavedResultAreComputedAsExcelWouldOnOpening() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("目录");
        String[] header = {"序号", "一级事项", "二级事项", "备注"};
        Row h = s.createRow(0);
        for (int c = 0; c < 4; c++) h.createCell(c).setCellValue(header[c]);
        for (int r = 1; r <= 3; r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellFormula("ROW()-1");
            if (r == 1) row.createCell(1).setCellValue("机构职能");
            else row.createCell(1).setCellFormula("B" + r);
            row.createCell(2).setCellValue("事项" + r);
        }
        // written as a script would: POI itself refuses to parse a link to a workbook it was not given
        ((org.apache.poi.xssf.usermodel.XSSFCell) s.getRow(1).createCell(3)).getCTCell().addNewF().setStringValue("[other.xlsx]Sheet1!A1");
        s.getRow(2).createCell(3).setCellFormula("IF(A3>9,\"x\",\"\")");
        for (int r = 1; r <= 3; r++) {
            for (org.apache.poi.ss.usermodel.Cell c : s.getRow(r)) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell();
                ct.setV("");
                if (r == 2 && c.getColumnIndex() == 3) ct.setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
                else if (ct.isSetT()) ct.unsetT();
            }
        }
        ExtractedDocument d = new WorkbookExtractor(FileFormat.XLSX).extract(Path.of("f.xlsx"), bytes(wb));
        Cell[][] g = d.tables().get(0).grid();
        assertEquals(List.of("1", "2", "3"), List.of(g[1][0].text(), g[2][0].text(), g[3][0].text()));
        assertEquals(List.of("机构职能", "机构职能", "机构职能"), List.of(g[1][1].text(), g[2][1].text(), g[3][1].text()));
        assertTrue(g[1][3] == null || g[1][3].isBlank(), "a link to another workbook is left empty");
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertEquals(WarningCode.FORMULA_COMPUTED, d.warnings().get(0).code());
        assertTrue(d.warnings().get(0).message().contains("6 formula cell(s)") && d.warnings().get(0).message().contains("1 could not"),
                d.warnings().get(0).message());
    }
}
