package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line breaks inside a list cell (公开渠道和载体, 责任部门, 公开主体) separate names when each line is a whole name, a
 * remark written in such a cell goes to the entry's remarks, and numbered lists lose their numbers — the same in
 * a Word table and in its tab-text export.
 */
class ListCellsTest {

    private static final String[] HEADER = {"序号", "公开事项", "公开内容", "公开时限", "公开主体", "公开渠道和载体", "责任部门", "备注"};
    private static final String[][] ROWS = {
            {"1", "政策文件", "规范性文件", "信息形成之日起20个工作日内", "县司法局",
                    "政府网站\n两微一端\n村（社区）公示栏", "办公室\n法治督察股", ""},
            {"2", "法律服务", "公共法律服务事项清单", "信息形成之日起20个工作日内", "县司法局\n各乡镇司法所",
                    "政府网站\n其他法律服务网 注：有关公开信息可推送至村（社区）公示栏", "公共法律服务管理股", ""},
            {"3", "财政预决算", "部门预算、决算", "批复后20日内", "县司法局",
                    "1.政府网站；2.其他", "（1）办公室（2）财务\n股", "按县财政局统一安排公开"},
    };

    @Test
    void wordTableCellsTypedOneNameALine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lists.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("县司法局政府信息公开目录");
            XWPFTable t = doc.createTable(ROWS.length + 1, HEADER.length);
            fill(t, 0, HEADER);
            for (int r = 0; r < ROWS.length; r++) fill(t, r + 1, ROWS[r]);
            doc.write(out);
        }
        assertEntries(new CatalogReader(Mappings.builtIn()).read(file));
    }

    @Test
    void tabTextExportOfTheSameTable(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("县司法局政府信息公开目录\n\n");
        appendRow(text, HEADER);
        for (String[] row : ROWS) appendRow(text, row);
        Path file = dir.resolve("lists.txt");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        assertEntries(new CatalogReader(Mappings.builtIn()).read(file));
    }

    /**
     * The same kind of table as a Writer-made PDF with narrow columns (src/test/resources/lists/README.md): a
     * name that fills its line is no wrap, a name cut at the column's edge is.
     */
    @Test
    void writerPdfWithNarrowColumns() throws Exception {
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(Path.of("src/test/resources/lists/list-cells-writer.pdf"));
        List<Entry> e = doc.entries();
        assertEquals(3, e.size(), () -> e.toString());
        assertEquals(List.of("政府网站", "两微一端", "村（社区）公示栏"), e.get(0).channels());
        assertEquals(List.of("办公室", "法治督察股"), e.get(0).responsible());
        assertEquals(List.of("政府网站", "其他法律服务网"), e.get(1).channels());
        assertEquals(List.of("公共法律服务管理股"), e.get(1).responsible());
        assertEquals("县司法局各乡镇司法所", e.get(1).subject());
        assertEquals("注：有关公开信息可推送至村（社区）公示栏", e.get(1).remarks());
        assertEquals(List.of("政府网站", "其他"), e.get(2).channels());
        assertEquals(List.of("医政医管股", "行政审批股"), e.get(2).responsible());
        assertEquals("县卫生健康局", e.get(2).subject());
        assertEquals("按县财政局统一安排公开", e.get(2).remarks());
    }

    /** With no 备注 column, a remark written in the channels cell still reaches the output as remarks. */
    @Test
    void remarkInAListCellIsKeptWithoutARemarksColumn(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("县司法局政府信息公开目录\n\n");
        appendRow(text, java.util.Arrays.copyOf(HEADER, HEADER.length - 1));
        for (String[] row : ROWS) appendRow(text, java.util.Arrays.copyOf(row, row.length - 1));
        Path file = dir.resolve("no-remarks-column.txt");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        com.fasterxml.jackson.databind.JsonNode entries = CatalogJson.toJson(doc).get("entries");
        assertEquals("注：有关公开信息可推送至村（社区）公示栏", entries.get(1).get("remarks").asText());
        assertTrue(entries.get(0).get("remarks").isNull(), entries.get(0).toString());
    }

    private static void assertEntries(CatalogDocument doc) {
        List<Entry> e = doc.entries();
        assertEquals(3, e.size(), () -> e.toString());

        assertEquals(List.of("政府网站", "两微一端", "村（社区）公示栏"), e.get(0).channels());
        assertEquals(List.of("办公室", "法治督察股"), e.get(0).responsible());
        assertEquals("县司法局", e.get(0).subject());

        assertEquals(List.of("政府网站", "其他法律服务网"), e.get(1).channels());
        assertEquals("注：有关公开信息可推送至村（社区）公示栏", e.get(1).remarks());
        assertEquals("县司法局各乡镇司法所", e.get(1).subject());

        assertEquals(List.of("政府网站", "其他"), e.get(2).channels());
        assertEquals(List.of("办公室", "财务股"), e.get(2).responsible());
        assertEquals("按县财政局统一安排公开", e.get(2).remarks());
    }

    private static void fill(XWPFTable t, int r, String[] values) {
        for (int c = 0; c < values.length; c++) {
            XWPFTableCell cell = t.getRow(r).getCell(c);
            String[] paragraphs = values[c].split("\n");
            cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
            for (int p = 1; p < paragraphs.length; p++) cell.addParagraph().createRun().setText(paragraphs[p]);
        }
    }

    /** Word's "save as text" with cells one a line, each opened by a tab, rows parted by a blank line. */
    private static void appendRow(StringBuilder text, String[] values) {
        for (String v : values) text.append('\t').append(v).append('\n');
        text.append('\n');
    }
}
