package org.gkml.extract.pdf;

import org.gkml.vocabulary.Mappings;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus renditions (LibreOffice PDFs of the seed catalogs): cells, spans and rows as drawn. */
class PdfRenditionsTest {

    private static final Path DIR = Path.of("corpus/renditions");

    private static ExtractedDocument read(String name) throws Exception {
        Path file = DIR.resolve(name);
        return new PdfExtractor(Mappings.builtIn()).extract(file, Files.readAllBytes(file));
    }

    private static String flat(Cell c) {
        return c == null ? null : c.text().replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0}: {1} rows x {2} columns")
    @CsvSource({
            "000_81a0a872453b3846.pdf, 12, 10",  // 2 header rows + 10 entries
            "001_d1b07a4c651a3051.pdf, 22, 17",  // 2 header rows + 20 content rows
            "002_10e874960aa90f81.pdf, 21, 10",
            "003_0c93a4fb907a582b.pdf, 22, 12",
            "004_43e84b5de54c8a3d.pdf, 23, 9",   // 17 pages, header repeated on each
    })
    void eachRenditionIsOneTableWithTheSeedsRows(String name, int rows, int cols) throws Exception {
        ExtractedDocument doc = read(name);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(rows, t.rowCount());
        assertEquals(cols, t.columnCount());
        long headerCells = t.cells().stream().filter(c -> flat(c).equals("序号")).count();
        assertEquals(1, headerCells, "the repeated header rows are dropped");
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
    }

    @Test
    void merged001GroupCellsKeepTheirSpans() throws Exception {
        Table t = read("001_d1b07a4c651a3051.pdf").tables().get(0);
        Cell[][] g = t.grid();
        assertEquals("公开事项", flat(g[0][1]));
        assertEquals(2, g[0][1].colSpan());
        Cell seq1 = g[2][0];
        assertEquals("1", flat(seq1));
        assertEquals(4, seq1.rowSpan());
        assertEquals("机构信息", flat(g[5][1]));
        // group 6 runs over 9 rows; 医疗费用结算 and 城乡居民基本医疗保险 over 3 content rows each
        assertEquals("6", flat(g[13][0]));
        assertEquals(9, g[13][0].rowSpan());
        assertEquals("医疗费用结算", flat(g[13][2]));
        assertEquals(3, g[13][2].rowSpan());
        assertEquals("城乡居民基本医疗保险", flat(g[16][2]));
        assertEquals("统筹基金不予支付的医疗费用", flat(g[18][3]));
        // 动态信息 has its own basis and time limit; 部门预算整体支出绩效评价 shares the basis above
        assertEquals("信息生成或者变更之日起5个工作日内予以公开", flat(g[10][5]));
        assertEquals(g[7][4], g[8][4]);
        assertTrue(g[7][7].text().startsWith("■银川市金凤"));
    }

    @Test
    void rowBrokenAcrossThePageIn000IsOneRow() throws Exception {
        ExtractedDocument doc = read("000_81a0a872453b3846.pdf");
        Cell[][] g = doc.tables().get(0).grid();
        assertEquals("7", flat(g[8][0]));
        assertEquals("（1）部门预决算；（2）“三公”经费（3）重大事项", flat(g[8][3]));
        assertEquals("政府网站“区级财政预决算”栏目", flat(g[8][6]));
        assertEquals("8", flat(g[9][0]));
        assertEquals("特定事项", flat(g[10][1]));
        assertEquals(2, g[10][1].rowSpan());
        assertEquals("", flat(g[11][0]));
        assertEquals("昆明市西山区医疗保障局政府信息公开基本目录", doc.preamble().get(0).text());
        assertTrue(doc.trailer().get(0).text().startsWith("备注："));
    }

    @Test
    void anotherProducersPdfOf001GivesTheSameRows() throws Exception {
        Path file = Path.of("src/test/resources/pdf/001-wkhtmltopdf.pdf");
        ExtractedDocument doc = new PdfExtractor(Mappings.builtIn()).extract(file, Files.readAllBytes(file));
        Table t = doc.tables().get(0);
        assertEquals(1, doc.tables().size());
        assertEquals(22, t.rowCount());
        Cell[][] g = t.grid();
        assertEquals("一级事项", flat(g[1][1]), "Kangxi radical ⼀ repaired");
        assertEquals("《中华人民共和国政府信息公开条例》", flat(g[2][4]), "radical ⺠ repaired");
        // the row cut by the page break: one row, the straddling line not doubled
        assertEquals("部门预算整体支出绩效评价", flat(g[8][2]));
        assertEquals("部门预算整体支出绩效评价", flat(g[8][3]));
        assertEquals("4", flat(g[9][0]));
    }

    @Test
    void checkboxesAndPreambleOf002() throws Exception {
        ExtractedDocument doc = read("002_10e874960aa90f81.pdf");
        Cell[][] g = doc.tables().get(0).grid();
        assertTrue(flat(g[2][7]).startsWith("■政府网站□两微一端"), g[2][7].text());
        assertEquals("√", flat(g[2][8]));
        assertEquals(3, g[2][1].rowSpan(), "一级事项 over seq 1-3");
        assertEquals("", flat(g[19][4]), "seq 18 has its own empty basis cell");
        assertTrue(doc.preamble().stream().anyMatch(l -> l.text().startsWith("【联系方式】")));
    }
}
