package org.gkml.extract.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnSlicesTest {

    /** A page's table: cells one square each, texts by row, columns at xs, rows 30 pt high from top. */
    private static Fragment page(int page, double top, double[] xs, String[]... rows) {
        double[] ys = new double[rows.length + 1];
        for (int r = 0; r <= rows.length; r++) ys[r] = top + 30 * r;
        List<Fragment.CellText> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                RulingGrid.Box b = new RulingGrid.Box(xs[c], ys[r], xs[c + 1], ys[r + 1], r, c, 1, 1);
                cells.add(new Fragment.CellText(b, rows[r][c], 5, 10));
            }
        }
        return new Fragment(page, new RulingGrid.PageTable(xs, ys, cells.stream().map(Fragment.CellText::box).toList(), false, false), cells);
    }

    private static final double[] LEFT = {50, 90, 200, 320};
    private static final double[] RIGHT = {50, 250, 400};

    private static String[][] rows(String prefix, int count, int width) {
        String[][] out = new String[count][width];
        for (int r = 0; r < count; r++) for (int c = 0; c < width; c++) out[r][c] = prefix + r + c;
        return out;
    }

    private static List<String> texts(Fragment f) {
        return f.cells().stream().map(ct -> ct.box().row() + "," + ct.box().col() + "=" + ct.text()).toList();
    }

    @Test
    void twoRunsOfPagesWithTheSameRowsAreOnePageEachSideBySide() {
        // pages 1-2: the left columns of rows 0-3 and 4-6; pages 3-4: the right columns of the same rows
        List<Fragment> pages = List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 60, LEFT, rows("b", 3, 3)),
                page(3, 100, RIGHT, rows("c", 4, 2)), page(4, 60, RIGHT, rows("d", 3, 2)));
        ColumnSlices.Stitched st = ColumnSlices.stitch(pages).orElseThrow();
        assertEquals(true, st.downThenOver());
        List<Fragment> stitched = st.pages();
        assertEquals(2, stitched.size());
        Fragment first = stitched.get(0);
        assertEquals(1, first.page());
        assertEquals(6, first.table().xs().length, "3 columns then 2 more");
        assertEquals(320 + 200, first.table().xs()[4], 1e-9, "the right run's columns follow on the left run's");
        assertTrue(texts(first).containsAll(List.of("0,0=a00", "0,3=c00", "3,4=c31")), texts(first).toString());
        assertTrue(texts(stitched.get(1)).containsAll(List.of("2,2=b22", "2,3=d20")), texts(stitched.get(1)).toString());
    }

    @Test
    void pagesPrintedOverThenDownAreStitchedGroupByGroup() {
        // pages 1-2: the left and right columns of rows 0-3; pages 3-4: those of rows 4-6
        List<Fragment> pages = List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 100, RIGHT, rows("c", 4, 2)),
                page(3, 60, LEFT, rows("b", 3, 3)), page(4, 60, RIGHT, rows("d", 3, 2)));
        ColumnSlices.Stitched st = ColumnSlices.stitch(pages).orElseThrow();
        assertEquals(false, st.downThenOver());
        assertEquals(2, st.slices());
        assertTrue(texts(st.pages().get(0)).containsAll(List.of("0,0=a00", "3,4=c31")), texts(st.pages().get(0)).toString());
        assertTrue(texts(st.pages().get(1)).containsAll(List.of("2,2=b22", "2,3=d20")), texts(st.pages().get(1)).toString());
    }

    @Test
    void aTableGoingOnOverPagesWithItsOwnColumnsIsLeftAlone() {
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 100, LEFT, rows("b", 4, 3)))));
    }

    @Test
    void pagesOfOtherColumnsWithOtherRowsAreTwoTables() {
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 100, RIGHT, rows("b", 5, 2)))));
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 140, RIGHT, rows("b", 4, 2)))));
    }

    @Test
    void runsOfUnequalLengthOrPagesApartAreNotSlices() {
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(2, 100, LEFT, rows("b", 4, 3)),
                page(3, 100, RIGHT, rows("c", 4, 2)))));
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 4, 3)), page(3, 100, RIGHT, rows("c", 4, 2)))));
        assertEquals(Optional.empty(), ColumnSlices.stitch(List.of(page(1, 100, LEFT, rows("a", 1, 3)), page(2, 100, RIGHT, rows("c", 1, 2)))),
                "a single row says too little");
    }
}
