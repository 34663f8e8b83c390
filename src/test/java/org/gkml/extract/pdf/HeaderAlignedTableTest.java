package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Table;
import org.gkml.vocabulary.Mappings;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sheet printed without borders: text of neighbouring columns touches, so only the header shows the columns. */
class HeaderAlignedTableTest {

    private final List<Glyph> glyphs = new ArrayList<>();

    /** 10 pt text, each character 10 pt wide, set without gaps, top-left corner at (x, y). */
    private HeaderAlignedTableTest text(double x, double y, String s) {
        for (int i = 0; i < s.length(); i++) glyphs.add(new Glyph(x + 10 * i, y, x + 10 * (i + 1), y + 10, 10, s.substring(i, i + 1)));
        return this;
    }

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (Cell[] row : t.grid()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) cells.add(c == null ? "∅" : c.text().replace('\n', '/'));
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void columnsComeFromTheHeaderAndRowsFromTheSeqNumbers() {
        // header labels left-aligned at x = 50, 100, 200; 序号 numbers pushed to their column's right edge,
        // 2 pt before the next column's text; cells aligned to the bottom, wrapped over two lines
        text(50, 50, "序号").text(100, 50, "公开内容").text(200, 50, "公开时限");
        text(100, 88, "医疗保障相关法律法").text(88, 100, "1").text(100, 100, "规").text(200, 100, "即时");
        text(200, 118, "文件公布之日起").text(88, 130, "2").text(100, 130, "政策解读").text(200, 130, "三日内");
        text(50, 160, "注：本目录自发布之日起施行");

        assertEquals(1, TextAlignmentTable.read("t.pdf", 1, glyphs).table().rowCount(), "the strips find no rows here");
        TextAlignmentTable.Result r = HeaderAlignedTable.read("t.pdf", 1, glyphs, Mappings.builtIn().headers());
        assertNotNull(r);
        assertEquals(List.of(
                "序号 | 公开内容 | 公开时限",
                "1 | 医疗保障相关法律法/规 | 即时",
                "2 | 政策解读 | 文件公布之日起/三日内"), rows(r.table()));
        assertEquals(List.of("注：本目录自发布之日起施行"), r.after().stream().map(l -> l.text()).toList());
    }

    /**
     * Excel sheets without cell borders printed to PDF by LibreOffice (generators in src/test/resources/unruled):
     * a two-row header of 11 columns over 5 rows (its group labels 公开事项, 公开对象 in a row of their own), a
     * one-row header of 7 columns over 3 rows, a two-row header of 16 columns, ticks under 公开渠道和载体, 公开对象,
     * 公开方式 over 6 rows. The strips read the first as no catalog and the third with columns joined; the header
     * finds the columns and the 序号 numbers the rows.
     */
    @ParameterizedTest
    @CsvSource({"p5_ylyb_unruled.pdf, 11, 2, 5", "p6_fyjt_unruled.pdf, 7, 1, 3", "p12_szyj_unruled.pdf, 16, 2, 6"})
    void anUnruledSpreadsheetPrintReadsByItsHeader(String name, int columns, int headerRows, int rows) throws Exception {
        Path file = Path.of("src/test/resources/unruled", name);
        ExtractedDocument doc = new PdfExtractor(Mappings.builtIn()).extract(file, Files.readAllBytes(file));
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(columns, t.columnCount());
        Cell[][] g = t.grid();
        List<String> seq = new ArrayList<>(), expected = new ArrayList<>();
        for (int r = headerRows; r < g.length; r++) seq.add(g[r][0].text());
        for (int r = 1; r <= rows; r++) expected.add(Integer.toString(r));
        assertEquals(expected, seq);
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.PDF_TABLE_FROM_ALIGNMENT));
    }

    @Test
    void noHeaderOfKnownLabelsNoTable() {
        text(50, 50, "甲").text(100, 50, "乙").text(200, 50, "丙").text(88, 100, "1").text(100, 100, "文字");
        assertNull(HeaderAlignedTable.read("t.pdf", 1, glyphs, Mappings.builtIn().headers()));
    }
}
