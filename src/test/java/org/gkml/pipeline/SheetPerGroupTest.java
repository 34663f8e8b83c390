package org.gkml.pipeline;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A workbook with one sheet per group (社会救助 | 义务教育 as the 基层政务公开 domains, or one per 一级事项): each
 * sheet's name heads its rows, as a heading above a table does. An instructions sheet or a single sheet heads nothing.
 */
class SheetPerGroupTest {

    @Test
    void eachSheetNameHeadsItsRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("填表说明");
            notes.createRow(0).createCell(0).setCellValue("1.本表由各股室填写。");
            fill(wb.createSheet("社会救助"), new String[]{"序号", "一级事项", "二级事项", "公开内容", "公开时限"},
                    new String[]{"1", "最低生活保障", "政策文件", "相关政策", "20个工作日内"});
            fill(wb.createSheet("义务教育"), new String[]{"序号", "一级事项", "二级事项", "公开内容", "公开时限"},
                    new String[]{"1", "义务教育", "招生入学", "招生计划", "20个工作日内"});
            wb.write(out);
        }
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        // a sheet named like its rows' 一级事项 adds no 领域
        assertEquals(Arrays.asList("社会救助", null), doc.entries().stream().map(Entry::domain).toList());
        assertEquals(List.of("最低生活保障", "义务教育"), doc.entries().stream().map(Entry::category).toList());
    }

    @Test
    void oneSheetsNameHeadsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet("社会救助"), new String[]{"序号", "公开事项", "公开内容", "公开时限"},
                    new String[]{"1", "政策文件", "相关政策", "20个工作日内"});
            wb.write(out);
        }
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(Arrays.asList((String) null), doc.entries().stream().map(Entry::category).toList());
    }

    private static void fill(Sheet sheet, String[] header, String[] row) {
        for (int r = 0; r < 2; r++) {
            String[] values = r == 0 ? header : row;
            var x = sheet.createRow(r);
            for (int c = 0; c < values.length; c++) x.createCell(c).setCellValue(values[c]);
        }
    }
}
