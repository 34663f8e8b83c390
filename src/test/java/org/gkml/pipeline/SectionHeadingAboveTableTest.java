package org.gkml.pipeline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A catalog split into one table per 一级事项, each under its heading (一、机构信息) printed as a paragraph
 * between the tables, as Word catalogs and the pages made from them are laid out: the heading is the group
 * of the rows below it.
 */
class SectionHeadingAboveTableTest {

    private static final String[] HEADER = {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "责任股室"};
    private static final String[][] ORGAN = {
            {"1", "机构职能", "主要职责、内设机构", "《中华人民共和国政府信息公开条例》", "20个工作日内", "局办公室"},
            {"2", "领导信息", "领导姓名、职务、分工", "《中华人民共和国政府信息公开条例》", "20个工作日内", "局办公室"}};
    private static final String[][] SUPERVISION = {
            {"1", "行政处罚", "处罚决定书文号、处罚结果", "《中华人民共和国行政处罚法》", "7个工作日内", "卫生监督所"}};

    @Test
    void aParagraphHeadingGroupsTheWordTableBelowIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText("某县卫生健康局政府信息公开目录");
            d.createParagraph().createRun().setText("一、机构信息");
            fill(d.createTable(), ORGAN);
            d.createParagraph().createRun().setText("二、卫生监督");
            fill(d.createTable(), SUPERVISION);
            d.write(out);
        }
        CatalogDocument doc = read(file);
        assertEquals(List.of("机构信息", "机构信息", "卫生监督"), doc.entries().stream().map(Entry::category).toList());
        assertEquals(List.of("机构职能", "领导信息", "行政处罚"), doc.entries().stream().map(Entry::item).toList());
    }

    @Test
    void aTableContinuedWithoutItsHeaderStaysUnderTheHeadingAbove(@TempDir Path dir) throws Exception {
        String[][] more = {
                {"2", "双随机抽查", "抽查结果", "《国务院办公厅关于推广随机抽查规范事中事后监管的通知》", "20个工作日内", "卫生监督所"},
                {"3", "投诉举报", "受理范围", "《医疗纠纷预防和处理条例》", "长期公开", "卫生监督所"}};
        String continued = table(HEADER, more).replaceFirst("<tr>(<td>[^<]*</td>)+</tr>", "");   // the same table after a page break
        CatalogDocument doc = page(dir, "<p>一、机构信息</p>" + table(HEADER, ORGAN) + "<p>二、卫生监督</p>" + table(HEADER, SUPERVISION)
                + "<p></p>" + continued);
        assertEquals(List.of("机构信息", "机构信息", "卫生监督", "卫生监督", "卫生监督"), doc.entries().stream().map(Entry::category).toList());
    }

    @Test
    void aHeadingAbovePageTablesGroupsTheirRows(@TempDir Path dir) throws Exception {
        CatalogDocument doc = page(dir, "<p>某县卫生健康局政府信息公开目录</p><p><b>（一）机构信息</b></p>" + table(HEADER, ORGAN)
                + "<p>（二）卫生监督</p>" + table(HEADER, SUPERVISION));
        assertEquals(List.of("机构信息", "机构信息", "卫生监督"), doc.entries().stream().map(Entry::category).toList());
    }

    @Test
    void aSentenceOrTitleAboveATableHeadsNothing(@TempDir Path dir) throws Exception {
        CatalogDocument doc = page(dir, "<p>第二部分 基本目录</p>" + table(HEADER, ORGAN)
                + "<p>1.本目录由局办公室负责解释，各股室按职责分工公开。</p>" + table(HEADER, SUPERVISION));
        assertEquals(Arrays.asList(null, null, null), doc.entries().stream().map(Entry::category).toList());
    }

    @Test
    void aHeadingAboveA一级事项ColumnIsItsDomainUnlessItRestatesIt(@TempDir Path dir) throws Exception {
        String[] header = {"序号", "一级事项", "二级事项", "公开内容", "公开时限"};
        String[][] housing = {{"1", "公租房保障", "政策文件", "相关法律法规", "20个工作日内"}};
        String[][] permits = {{"1", "建设工程许可", "施工许可", "许可结果", "7个工作日内"}};
        CatalogDocument doc = page(dir, "<p>一、公租房保障</p>" + table(header, housing) + "<p>二、城乡建设</p>" + table(header, permits));
        assertEquals(Arrays.asList(null, "城乡建设"), doc.entries().stream().map(Entry::domain).toList());
        assertEquals(List.of("公租房保障", "建设工程许可"), doc.entries().stream().map(Entry::category).toList());
    }

    private static void fill(XWPFTable t, String[][] rows) {
        for (int c = 0; c < HEADER.length; c++) {
            if (c > 0) t.getRow(0).addNewTableCell();
            t.getRow(0).getCell(c).setText(HEADER[c]);
        }
        for (String[] row : rows) {
            var r = t.createRow();
            for (int c = 0; c < row.length; c++) r.getCell(c).setText(row[c]);
        }
    }

    private static String table(String[] header, String[][] rows) {
        StringBuilder b = new StringBuilder("<table border=\"1\"><tr>");
        for (String h : header) b.append("<td>").append(h).append("</td>");
        b.append("</tr>");
        for (String[] row : rows) {
            b.append("<tr>");
            for (String v : row) b.append("<td>").append(v).append("</td>");
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }

    private static CatalogDocument page(Path dir, String body) throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>", StandardCharsets.UTF_8);
        return read(file);
    }

    private static CatalogDocument read(Path file) throws Exception {
        return new CatalogReader(Mappings.builtIn()).read(file);
    }
}
