package org.gkml.report.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetWriterTest {

    @Test
    void aFullSheetGoesOnInANumberedOneWithTheSameHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            SheetWriter w = new SheetWriter(wb, new Styles(wb), "条目", List.of(SheetWriter.Column.of("序号", 6),
                    SheetWriter.Column.wrapped("二级事项", 20)), 4);
            for (int i = 1; i <= 7; i++) w.row(i, "事项" + i);
            w.finish();
            assertEquals(7, w.rows());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("条目", "条目 (2)", "条目 (3)"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet second = wb.getSheet("条目 (2)");
            assertEquals("二级事项", second.getRow(0).getCell(1).getStringCellValue());
            assertEquals("事项4", second.getRow(1).getCell(1).getStringCellValue());
            assertEquals(3, second.getLastRowNum());
            assertEquals("事项7", wb.getSheet("条目 (3)").getRow(1).getCell(1).getStringCellValue());
            assertTrue(wb.getSheet("条目 (3)").getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    void textLongerThanACellHoldsIsCut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            SheetWriter w = new SheetWriter(wb, new Styles(wb), "条目", List.of(SheetWriter.Column.wrapped("公开内容", 40)));
            w.row("长".repeat(40_000));
            w.finish();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String v = wb.getSheet("条目").getRow(1).getCell(0).getStringCellValue();
            assertEquals(32767, v.length());
            assertTrue(v.endsWith("…"));
        }
    }
}
