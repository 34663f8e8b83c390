package org.gkml.extract.text;

import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.Options;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TabCellReader on a few lines of a Word table exported to text: one cell per tab-led line. */
class TabCellReaderTest {

    private static final Mappings MAPPINGS = Mappings.builtIn();
    private static final Path FILE = Path.of("export.txt");

    private static ExtractedDocument read(String text) throws UnreadableFileException {
        Options options = MAPPINGS.options();
        return new TabCellReader(MAPPINGS.headers(), FILE, label -> options.fieldOf(label).map(f -> f.key()).orElse(null))
                .read(lines(text));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static String at(Table t, int row, int col) {
        Cell c = t.grid()[row][col];
        return c == null ? null : c.text();
    }

    private static final String SIMPLE = """
            某县司法局政府信息公开目录
            \t序号
            \t二级事项
            \t公开内容
            \t责任科室

            \t1
            \t机构职能
            \t主要职责
            内设机构
            \t办公室

            \t2
            \t领导信息
            \t领导姓名
            \t办公室

            备注：本目录每年更新一次。
            """;

    @Test
    void eachTabLedLineStartsACell() throws Exception {
        Table t = read(SIMPLE).tables().get(0);
        assertEquals(List.of("序号", "二级事项", "公开内容", "责任科室"), t.rowCells(0).stream().map(Cell::text).toList());
        assertEquals(List.of("2", "领导信息", "领导姓名", "办公室"), t.rowCells(2).stream().map(Cell::text).toList());
    }

    @Test
    void aLineWithoutATabContinuesTheCellAboveIt() throws Exception {
        Table t = read(SIMPLE).tables().get(0);
        assertEquals("主要职责\n内设机构", at(t, 1, 2));
        assertEquals("办公室", at(t, 1, 3));
    }

    @Test
    void textBeforeTheHeaderIsPreambleAndANoteAfterTheTableIsTrailer() throws Exception {
        ExtractedDocument doc = read(SIMPLE);
        assertEquals(List.of("某县司法局政府信息公开目录"), doc.preamble().stream().map(TextLine::text).toList());
        assertEquals(List.of("备注：本目录每年更新一次。"), doc.trailer().stream().map(TextLine::text).toList());
        assertEquals(3, doc.tables().get(0).rowCount());
    }

    @Test
    void aTwoRowHeaderGetsItsMergedCellsBack() throws Exception {
        // the export shows a merged header cell as an empty cell in the row below
        Table t = read("""
                \t序号
                \t公开对象
                \t公开内容

                \t
                \t全社会
                \t特定群体
                \t

                \t1
                \t√
                \t
                \t主要职责
                """).tables().get(0);
        Cell[][] g = t.grid();
        assertEquals("公开对象", g[0][1].text());
        assertEquals(2, g[0][1].colSpan());
        assertEquals("序号", g[1][0].text());
        assertEquals(2, g[0][0].rowSpan());
        assertEquals("公开内容", g[1][3].text());
        assertEquals("全社会", at(t, 1, 1));
        assertEquals("特定群体", at(t, 1, 2));
        assertEquals("√", at(t, 2, 1));
        assertEquals("主要职责", at(t, 2, 3));
    }

    @Test
    void aNumberAfterABlankLineStartsARowEvenWhenTheRowAboveIsShort() throws Exception {
        ExtractedDocument doc = read("""
                \t序号
                \t二级事项
                \t公开内容
                \t责任科室

                \t1
                \t机构职能
                \t主要职责

                \t2
                \t领导信息
                \t领导姓名
                \t办公室
                """);
        Table t = doc.tables().get(0);
        assertEquals("2", at(t, 2, 0));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.ROW_WIDTH));
    }

    @Test
    void withoutAHeaderTheFileIsUnreadableAndNamed() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read("""
                \t张三
                \t李四

                \t1
                """));
        assertEquals(FILE, e.file());
    }

    @Test
    void aFewIndentedLinesDoNotMakeATabCellExport() {
        assertFalse(TabCellReader.looksLikeTabCells(lines("一段文字\n\t缩进的一行\n另一段\n\t又一行\n")));
        assertTrue(TabCellReader.looksLikeTabCells(lines(SIMPLE)));
    }
}
