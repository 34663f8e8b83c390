package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextAlignmentTableTest {

    /** Glyphs placed by hand: 10 pt text, each character 10 pt wide, set without gaps. */
    private static final class Page {
        final List<Glyph> glyphs = new ArrayList<>();

        /** A chunk of text with its top-left corner at (x, y). */
        Page text(double x, double y, String s) {
            for (int i = 0; i < s.length(); i++) {
                glyphs.add(new Glyph(x + 10 * i, y, x + 10 * (i + 1), y + 10, 10, s.substring(i, i + 1)));
            }
            return this;
        }

        /** Chunks on one line, at the columns' left edges x = 50, 150, 250. */
        Page line(double y, String... chunks) {
            for (int c = 0; c < chunks.length; c++) if (!chunks[c].isEmpty()) text(50 + 100 * c, y, chunks[c]);
            return this;
        }

        TextAlignmentTable.Result read() {
            return TextAlignmentTable.read("t.pdf", 1, glyphs);
        }

        /** Read knowing the header labels No, Item, Unit, Public. */
        TextAlignmentTable.Result readWithLabels() {
            return TextAlignmentTable.read("t.pdf", 1, glyphs, s -> List.of("No", "Item", "Unit", "Public").contains(s));
        }
    }

    /** The table's rows, cells separated by " | ", line breaks shown as "/". */
    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (Cell[] row : t.grid()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) cells.add(c == null ? "∅" : c.text().replace('\n', '/'));
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).collect(Collectors.toList());
    }

    @Test
    void columnsAreTheWhiteStripsNoLineCrosses() {
        TextAlignmentTable.Result r = new Page()
                .line(50, "Title")
                .line(100, "1", "alpha", "office")
                .line(130, "2", "beta", "bureau")
                .line(200, "Note")
                .read();
        assertEquals(List.of("1 | alpha | office", "2 | beta | bureau"), rows(r.table()));
        assertEquals(List.of("Title"), texts(r.before()));
        assertEquals(List.of("Note"), texts(r.after()));
    }

    @Test
    void aGapOfAWordSpaceIsNoColumn() {
        // "al pha" has a 5 pt gap inside (half the font size): one chunk, so only two columns remain
        TextAlignmentTable.Result r = new Page().line(100, "1").text(150, 100, "al").text(175, 100, "pha").read();
        assertNull(r.table());
    }

    @Test
    void twoColumnsAreNoTable() {
        TextAlignmentTable.Result r = new Page().line(100, "Name", "value").line(130, "Other", "value").read();
        assertNull(r.table());
    }

    @Test
    void aColumnsTextIsCutWhereItLeavesItsWidestGapNotHalfwayBetweenAnchors() {
        // the item's five lines run past the middle between the two 序号 lines; the gap before "beta" is wider
        TextAlignmentTable.Result r = new Page()
                .line(100, "1", "a1", "office")
                .line(112, "", "a2").line(124, "", "a3").line(136, "", "a4").line(148, "", "a5")
                .line(172, "2", "beta", "bureau")
                .read();
        assertEquals(List.of("1 | a1/a2/a3/a4/a5 | office", "2 | beta | bureau"), rows(r.table()));
    }

    @Test
    void aCellCentredInItsRowBelongsToIt() {
        // the second row's 序号 is centred beside its seven lines; the first of them lies nearer the first
        // row's 序号 than its own, yet the gap above it is the widest
        TextAlignmentTable.Result r = new Page()
                .line(100, "1", "alpha", "office")
                .line(124, "", "b1").line(136, "", "b2").line(148, "", "b3")
                .line(160, "2", "b4", "bureau")
                .line(172, "", "b5").line(184, "", "b6").line(196, "", "b7")
                .read();
        assertEquals(List.of("1 | alpha | office", "2 | b1/b2/b3/b4/b5/b6/b7 | bureau"), rows(r.table()));
    }

    @Test
    void theLastCellRunsOnBelowTheLastLineOfSeveralColumns() {
        TextAlignmentTable.Result r = new Page()
                .line(100, "1", "alpha", "office")
                .line(130, "2", "beta", "bureau")
                .line(142, "", "more")
                .line(200, "Note")
                .read();
        assertEquals("2 | beta/more | bureau", rows(r.table()).get(1));
        assertEquals(List.of("Note"), texts(r.after()));
    }

    @Test
    void aHeadersTopLineJustAboveBelongsToTheTable() {
        TextAlignmentTable.Result r = new Page()
                .line(40, "Title")
                .line(88, "", "Public", "matters")
                .line(100, "No", "Item", "Unit")
                .line(130, "1", "alpha", "office")
                .read();
        assertEquals(List.of("No | Public/Item | matters/Unit", "1 | alpha | office"), rows(r.table()));
        assertEquals(List.of("Title"), texts(r.before()));
    }

    @Test
    void theNextPagesTableGoesOnWithoutItsRepeatedHeader() {
        Table first = table(new String[][]{{"No", "Item", "Unit"}, {"1", "alpha", "office"}});
        Table next = table(new String[][]{{"No", "Item\nends", "Unit"}, {"2", "beta", "bureau"}});
        Table joined = TextAlignmentTable.append(first, next);
        // the text printed under the repeated header is the end of the last row of the page before
        assertEquals(List.of("No | Item | Unit", "1 | alpha/ends | office", "2 | beta | bureau"), rows(joined));
    }

    @Test
    void aNextPageWithoutTheHeaderIsAppendedWhole() {
        Table first = table(new String[][]{{"No", "Item", "Unit"}, {"1", "alpha", "office"}});
        Table next = table(new String[][]{{"2", "beta", "bureau"}});
        assertEquals(List.of("No | Item | Unit", "1 | alpha | office", "2 | beta | bureau"), rows(TextAlignmentTable.append(first, next)));
    }

    @Test
    void cellsAlignedToTheTopRunDownToTheNextRow() {
        // a Word table: every cell starts on its 序号's line; the last line of row 1's item lies nearer row 2
        Page page = new Page()
                .line(88, "No", "Item", "Unit")
                .line(100, "1", "a1", "office")
                .line(112, "", "a2").line(124, "", "a3")
                .line(136, "2", "beta", "bureau");
        assertEquals(List.of("No | Item | Unit", "1 | a1/a2/a3 | office", "2 | beta | bureau"), rows(page.readWithLabels().table()));
        // read as centred cells (the widest gap), a3 would go to row 2; a blank line inside a cell is no top alignment
        assertEquals(List.of("No | Item | Unit", "1 | a1/a2 | office", "2 | a3/beta | bureau"),
                rows(new Page().line(88, "No", "Item", "Unit").line(100, "1", "a1", "office").line(112, "", "a2")
                        .line(136, "", "a3").line(160, "2", "beta", "bureau").readWithLabels().table()));
    }

    @Test
    void textAboveThePagesFirstRowEndsTheRowThePageBreakCut() {
        Table first = table(new String[][]{{"No", "Item", "Unit", "Law"}, {"1", "alpha", "office", "act"}});
        // the page's first lines hold no 序号: the rest of row 1, then row 2 (cells aligned to the top)
        TextAlignmentTable.Result next = new Page()
                .line(40, "", "ends", "desk", "ii")
                .line(70, "2", "beta", "bureau", "code")
                .line(82, "", "more")
                .readWithLabels();
        assertEquals(List.of(" | ends | desk | ii", "2 | beta/more | bureau | code"), rows(next.table()));
        assertEquals(List.of("No | Item | Unit | Law", "1 | alpha/ends | office/desk | act/ii", "2 | beta/more | bureau | code"),
                rows(TextAlignmentTable.append(first, next.table())));
        // the top line of a header (a known label) is the header's, not a row's end
        TextAlignmentTable.Result headed = new Page().line(88, "", "Public", "matters").line(100, "No", "Item", "Unit")
                .line(130, "1", "alpha", "office").readWithLabels();
        assertEquals(List.of("No | Public/Item | matters/Unit", "1 | alpha | office"), rows(headed.table()));
    }

    @Test
    void aRowAcrossTheTableOpenedByAnEnumerationIsOneCell() {
        TextAlignmentTable.Result r = new Page()
                .line(88, "No", "Item", "Unit")
                .text(50, 100, "一、机构信息")
                .line(112, "1", "alpha", "office")
                .readWithLabels();
        Cell[][] g = r.table().grid();
        assertEquals("一、机构信息", g[1][0].text());
        assertEquals(3, g[1][0].colSpan());
    }

    private static Table table(String[][] rows) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) cells.add(new Cell(r, c, rows[r][c], null));
        }
        return new Table(cells);
    }
}
