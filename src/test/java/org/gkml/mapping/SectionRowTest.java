package org.gkml.mapping;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A row that is one cell across the table ("一、机构信息") heads the items below it; it is no item itself. */
class SectionRowTest {

    @Test
    void sectionRowsGiveTheCategoryOfTheRowsBelow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sections.html");
        Files.writeString(f, """
                <html><head><meta charset="utf-8"><title>某县司法局政府信息公开目录</title></head><body>
                <h1>某县司法局政府信息公开目录</h1>
                <table border="1">
                <tr><th>序号</th><th>二级事项</th><th>公开内容</th><th>公开时限</th><th>责任科室</th></tr>
                <tr><td colspan="5">一、机构信息</td></tr>
                <tr><td>1</td><td>机构职能</td><td>主要职责、内设机构</td><td>20个工作日内</td><td>办公室</td></tr>
                <tr><td>2</td><td>领导信息</td><td>领导姓名、分工</td><td>20个工作日内</td><td>办公室</td></tr>
                <tr><td colspan="5">二、法律服务</td></tr>
                <tr><td>3</td><td>法律援助</td><td>申请条件、办理流程</td><td>10个工作日内</td><td>法律援助中心</td></tr>
                </table></body></html>
                """);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(List.of("机构职能", "领导信息", "法律援助"), doc.entries().stream().map(Entry::item).toList());
        assertEquals(List.of("机构信息", "机构信息", "法律服务"), doc.entries().stream().map(Entry::category).toList());
        assertEquals(List.of(1, 2, 3), doc.entries().stream().map(Entry::seq).toList());
    }

    @Test
    void inAWordTableExportedToTextAHeadingIsALoneCell(@TempDir Path dir) throws Exception {
        // 002 with its 一级事项 三、部门文件 moved out of row 10 into a heading row of its own.
        String text = Files.readString(Path.of("corpus/002_10e874960aa90f81.txt"))
                .replace("\t10\n\t三、部门文件\n", "\t三、部门文件\n\n\t10\n\t\n");
        Path f = dir.resolve("002-heading.txt");
        Files.writeString(f, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(19, doc.entries().size());
        Entry row10 = doc.entries().get(9);
        assertEquals(10, row10.seq());
        assertEquals("部门文件", row10.category());
        assertEquals("政策法规", row10.item());
        assertEquals("部门文件", doc.entries().get(10).category());
        assertEquals("政府信息公开", doc.entries().get(8).category());
    }

    @Test
    void aNumberedSectionRowRightAboveTheFirstHeaderHeadsItsRows(@TempDir Path dir) throws Exception {
        // a 街道's 汇编 of per-领域 tables as one sheet (a page opened in Calc): the first section's heading is a row
        // above the first header, the next one a row inside the grid
        Path f = dir.resolve("sections.html");
        String header = "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开时限</td></tr>";
        Files.writeString(f, """
                <html><head><meta charset="utf-8"></head><body><table border="1">
                <tr><td colspan="5">某某街道办事处基层政务公开标准目录汇编</td></tr>
                <tr><td colspan="5">（一）重大建设项目领域基层政务公开标准目录</td></tr>
                """ + header + """
                <tr><td>1</td><td>征收土地信息</td><td>征收土地信息</td><td>征地告知书</td><td>20个工作日内</td></tr>
                <tr><td colspan="5">（二）公共资源交易领域基层政务公开标准目录</td></tr>
                """ + header + """
                <tr><td>1</td><td>政府采购信息</td><td>采购公告</td><td>采购项目公告</td><td>20个工作日内</td></tr>
                </table></body></html>
                """);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(List.of("重大建设项目", "公共资源交易"), doc.entries().stream().map(Entry::domain).toList());
        assertEquals("某某街道办事处基层政务公开标准目录汇编", doc.title());
    }

    @Test
    void aSheetOfSectionsWithTwoRowHeadersPrintedAgain(@TempDir Path dir) throws Exception {
        // the same 汇编 as a workbook: title and first heading are text rows above the grid, each section prints the
        // two-row header again (公开事项 over 一级事项 / 二级事项)
        Path f = dir.resolve("sections.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Sheet1");
            String[][] rows = {
                    {"某某街道办事处基层政务公开标准目录汇编"},
                    {"（一）重大建设项目领域基层政务公开标准目录"},
                    {"序号", "公开事项", "", "公开内容", "公开时限"},
                    {"", "一级事项", "二级事项", "", ""},
                    {"1", "征收土地信息", "征收土地信息", "征地告知书", "20个工作日内"},
                    {"（二）公共资源交易领域基层政务公开标准目录"},
                    {"序号", "公开事项", "", "公开内容", "公开时限"},
                    {"", "一级事项", "二级事项", "", ""},
                    {"1", "政府采购信息", "采购公告", "采购项目公告", "20个工作日内"},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            for (int r : new int[]{2, 6}) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 1, 2));
                for (int c : new int[]{0, 3, 4}) sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r + 1, c, c));
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(5, 5, 0, 4));
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(List.of("征收土地信息", "采购公告"), doc.entries().stream().map(Entry::item).toList());
        assertEquals(List.of("重大建设项目", "公共资源交易"), doc.entries().stream().map(Entry::domain).toList());
    }
}
