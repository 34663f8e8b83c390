package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableAssemblerTest {

    private static final double[] XS = {50, 150, 250, 350};
    /** Rows are 30 pt high, text 10 pt: a cell's text ending 20 pt above its bottom left room for another line. */
    private static final double ROOM_LEFT = 20, TO_THE_BOTTOM = 2, SIZE = 10;

    /** One page's part of a table, cells placed by hand. */
    private static final class Page {
        final int page;
        final double[] xs;
        final List<Fragment.CellText> cells = new ArrayList<>();
        int rows;
        /** No line drawn along the fragment's top, as when a row goes on from the page before. */
        boolean openTop;

        Page(int page, double... xs) {
            this.page = page;
            this.xs = xs.length == 0 ? XS : xs;
        }

        Page openTop() {
            openTop = true;
            return this;
        }

        /** A row of one-square cells, each with room left below its text. */
        Page row(String... texts) {
            int r = rows;
            for (int c = 0; c < texts.length; c++) cell(r, c, 1, 1, texts[c], ROOM_LEFT);
            return this;
        }

        Page cell(int row, int col, int rowSpan, int colSpan, String text, double bottomGap) {
            RulingGrid.Box box = new RulingGrid.Box(xs[col], y(row), xs[col + colSpan], y(row + rowSpan), row, col, rowSpan, colSpan);
            cells.add(text.isBlank() ? new Fragment.CellText(box, "", Double.POSITIVE_INFINITY, 0)
                    : new Fragment.CellText(box, text, bottomGap, SIZE));
            rows = Math.max(rows, row + rowSpan);
            return this;
        }

        Fragment fragment() {
            double[] ys = new double[rows + 1];
            for (int r = 0; r <= rows; r++) ys[r] = y(r);
            List<RulingGrid.Box> boxes = cells.stream().map(Fragment.CellText::box).toList();
            return new Fragment(page, new RulingGrid.PageTable(xs, ys, boxes, openTop, false), cells);
        }

        private static double y(int row) {
            return 100 + 30 * row;
        }
    }

    /** The table as "row,col[ rowSpan x colSpan]=text" per cell, line breaks shown as "/". */
    private static String show(Table t) {
        return t.cells().stream().map(c -> c.row() + "," + c.col()
                + (c.rowSpan() > 1 || c.colSpan() > 1 ? " " + c.rowSpan() + "x" + c.colSpan() : "")
                + "=" + c.text().replace('\n', '/')).collect(Collectors.joining(" | "));
    }

    private static Table assemble(Page... pages) {
        List<Fragment> fragments = new ArrayList<>();
        for (Page p : pages) fragments.add(p.fragment());
        return TableAssembler.assemble("t.pdf", fragments);
    }

    @Test
    void aContinuationPagesRepeatedHeaderIsDropped() {
        Table t = assemble(new Page(1).row("No", "Item", "Unit").row("1", "alpha", "office"),
                new Page(2).row("No", "Item", "Unit").row("2", "beta", "bureau"));
        assertEquals("0,0=No | 0,1=Item | 0,2=Unit | 1,0=1 | 1,1=alpha | 1,2=office | 2,0=2 | 2,1=beta | 2,2=bureau", show(t));
    }

    @Test
    void aTitleRowInsideTheTableIsNotExpectedOnTheNextPage() {
        Page first = new Page(1);
        first.cell(0, 0, 1, 3, "Catalog", ROOM_LEFT).row("No", "Item", "Unit").row("1", "alpha", "office");
        Table t = assemble(first, new Page(2).row("No", "Item", "Unit").row("2", "beta", "bureau"));
        assertEquals(4, t.rowCount());
        assertEquals("2", t.grid()[3][0].text());
    }

    @Test
    void aRowCutByThePageBreakIsJoinedAgain() {
        Page first = new Page(1).row("No", "Item", "Unit");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 1, 1, "alpha begins", TO_THE_BOTTOM).cell(1, 2, 1, 1, "office", ROOM_LEFT);
        Table t = assemble(first, new Page(2).row("", "and ends", "").row("2", "beta", "bureau"));
        assertEquals("0,0=No | 0,1=Item | 0,2=Unit | 1,0=1 | 1,1=alpha begins/and ends | 1,2=office | 2,0=2 | 2,1=beta | 2,2=bureau", show(t));
    }

    @Test
    void textThatEndedAboveItsCellsBottomWasNotCut() {
        Page first = new Page(1).row("No", "Item", "Unit");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 1, 1, "alpha", ROOM_LEFT).cell(1, 2, 1, 1, "office", ROOM_LEFT);
        Table t = assemble(first, new Page(2).row("", "and more", "").row("2", "beta", "bureau"));
        assertEquals(4, t.rowCount());
        assertEquals("and more", t.grid()[2][1].text());
        assertEquals("alpha", t.grid()[1][1].text());
    }

    @Test
    void anOpenTopUnderRowsThatEndedWithRoomLeftStartsANewRow() {
        // a browser draws no line at the top of a continued table's page, whether or not a row goes on there
        Page first = new Page(1).row("No", "Item", "Unit").row("1", "alpha", "office");
        Table t = assemble(first, new Page(2).openTop().row("2", "beta", "bureau"));
        assertEquals("0,0=No | 0,1=Item | 0,2=Unit | 1,0=1 | 1,1=alpha | 1,2=office | 2,0=2 | 2,1=beta | 2,2=bureau", show(t));
    }

    @Test
    void anOpenTopUnderTextThatRanToTheBottomGoesOn() {
        Page first = new Page(1).row("No", "Item", "Unit");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 1, 1, "alpha begins", TO_THE_BOTTOM).cell(1, 2, 1, 1, "office", ROOM_LEFT);
        Table t = assemble(first, new Page(2).openTop().row("", "and ends", ""));
        assertEquals("0,0=No | 0,1=Item | 0,2=Unit | 1,0=1 | 1,1=alpha begins/and ends | 1,2=office", show(t));
    }

    @Test
    void twoNarrowColumnsReadAsOneOnTheNextPageStillContinue() {
        // page 2 shows the row carried over with no line across it: the grid takes the lines at 50 and 58 (a narrow
        // 序号 column) for one double border, at their middle
        Page first = new Page(1, 50, 58, 150, 250, 350).row("No", "Group", "Item", "Unit");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 1, 1, "people", ROOM_LEFT)
                .cell(1, 2, 1, 1, "alpha begins", TO_THE_BOTTOM).cell(1, 3, 1, 1, "office", ROOM_LEFT);
        Page second = new Page(2, 54, 150, 250, 350).openTop();
        second.cell(0, 0, 1, 1, "", ROOM_LEFT).cell(0, 1, 1, 1, "and ends", ROOM_LEFT).cell(0, 2, 1, 1, "", ROOM_LEFT);
        assertTrue(TableAssembler.continues(first.fragment(), second.fragment()));
        Table t = assemble(first, second);
        assertEquals("0,0=No | 0,1=Group | 0,2=Item | 0,3=Unit | 1,0=1 | 1,1=people | 1,2=alpha begins/and ends | 1,3=office", show(t));
    }

    @Test
    void aLineDrawnOnBothSidesOfTheBreakIsKeptOnce() {
        Page first = new Page(1).row("No", "Item", "Unit");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 1, 1, "alpha\nbegins", TO_THE_BOTTOM).cell(1, 2, 1, 1, "office", ROOM_LEFT);
        Table t = assemble(first, new Page(2).row("", "begins\nand ends", ""));
        assertEquals("alpha\nbegins\nand ends", t.grid()[1][1].text());
    }

    @Test
    void anEmptyCellUnderAGroupMergedDownGoesOnWithTheGroup() {
        Page first = new Page(1).row("No", "Group", "Item");
        first.cell(1, 0, 1, 1, "1", ROOM_LEFT).cell(1, 1, 2, 1, "people", ROOM_LEFT).cell(1, 2, 1, 1, "alpha", ROOM_LEFT)
                .cell(2, 0, 1, 1, "2", ROOM_LEFT).cell(2, 2, 1, 1, "beta", ROOM_LEFT);
        Table t = assemble(first, new Page(2).row("3", "", "gamma"));
        Cell group = t.grid()[3][1];
        assertEquals("people", group.text());
        assertEquals(1, group.row());
        assertEquals(3, group.rowSpan());
        assertEquals("gamma", t.grid()[3][2].text());
    }

    @Test
    void anEmptyCellUnderAOneRowCellIsACellOfItsOwn() {
        Page first = new Page(1).row("No", "Group", "Item").row("1", "people", "alpha");
        Table t = assemble(first, new Page(2).row("2", "", "beta"));
        Cell below = t.grid()[2][1];
        assertEquals(2, below.row());
        assertTrue(below.isBlank());
        assertEquals(1, t.grid()[1][1].rowSpan());
    }

    @Test
    void pagesWithDifferentColumnBoundariesArePutOnOneScale() {
        // page 1 draws no line at 250: its second column spans two of page 2's
        Table t = assemble(new Page(1, 50, 150, 350).row("No", "Item").row("1", "alpha"),
                new Page(2).row("2", "beta", "office"));
        assertEquals("0,0=No | 0,1 1x2=Item | 1,0=1 | 1,1 1x2=alpha | 2,0=2 | 2,1=beta | 2,2=office", show(t));
    }

    @Test
    void aFragmentContinuesOneWithTheSameOrAFinerSetOfColumns() {
        Fragment a = new Page(1).row("x").fragment();
        assertTrue(TableAssembler.continues(a, new Page(2, 52, 151, 249, 353).row("x").fragment()));   // within 4 pt
        assertTrue(TableAssembler.continues(a, new Page(2, 50, 150, 350).row("x").fragment()));        // a boundary fewer
        assertFalse(TableAssembler.continues(a, new Page(2, 50, 200, 350).row("x").fragment()));       // a boundary elsewhere
        assertFalse(TableAssembler.continues(a, new Page(2, 50, 150, 250, 360).row("x").fragment()));  // a wider table
    }
}
