package org.gkml.extract.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulingGridTest {

    private static Ruling h(double y, double x0, double x1) {
        return new Ruling(true, y, x0, x1);
    }

    private static Ruling v(double x, double y0, double y1) {
        return new Ruling(false, x, y0, y1);
    }

    /** Every line of a grid drawn full length. */
    private static List<Ruling> grid(double[] xs, double[] ys) {
        List<Ruling> out = new ArrayList<>();
        for (double y : ys) out.add(h(y, xs[0], xs[xs.length - 1]));
        for (double x : xs) out.add(v(x, ys[0], ys[ys.length - 1]));
        return out;
    }

    private static RulingGrid.PageTable only(List<Ruling> rulings) {
        List<RulingGrid.PageTable> tables = RulingGrid.tables(rulings);
        assertEquals(1, tables.size(), () -> tables.stream().map(RulingGrid::describe).toList().toString());
        return tables.get(0);
    }

    private static String spans(RulingGrid.PageTable t) {
        StringBuilder s = new StringBuilder();
        for (RulingGrid.Box b : t.boxes()) s.append(b.row()).append(',').append(b.col()).append(' ').append(b.rowSpan()).append('x').append(b.colSpan()).append(';');
        return s.toString();
    }

    @Test
    void aFullGridIsOneCellPerGridSquare() {
        RulingGrid.PageTable t = only(grid(new double[]{50, 150, 250}, new double[]{100, 130, 160}));
        assertArrayEquals(new double[]{50, 150, 250}, t.xs());
        assertArrayEquals(new double[]{100, 130, 160}, t.ys());
        assertEquals("0,0 1x1;0,1 1x1;1,0 1x1;1,1 1x1;", spans(t));
        assertFalse(t.openTop());
        assertFalse(t.openBottom());
    }

    @Test
    void noLineBetweenTwoSquaresMakesThemOneCell() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 350), h(130, 50, 350), h(160, 50, 350)));
        r.add(v(50, 100, 160));
        r.add(v(150, 130, 160));   // the header's first two squares are one cell (公开事项 over two columns)
        r.add(v(250, 100, 160));
        r.add(v(350, 100, 160));
        assertEquals("0,0 1x2;0,2 1x1;1,0 1x1;1,1 1x1;1,2 1x1;", spans(only(r)));
    }

    @Test
    void aCellMergedDownOverRows() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(160, 50, 250), h(130, 150, 250)));
        r.add(v(50, 100, 160));
        r.add(v(150, 100, 160));
        r.add(v(250, 100, 160));
        assertEquals("0,0 2x1;0,1 1x1;1,1 1x1;", spans(only(r)));
    }

    @Test
    void anEdgeDrawnLessThanHalfIsNoBoundary() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250), h(160, 50, 250)));
        r.add(v(50, 100, 160));
        r.add(v(250, 100, 160));
        r.add(v(150, 100, 140));   // the middle line covers the second row for 10 of its 30 pt
        assertEquals("0,0 1x1;0,1 1x1;1,0 1x2;", spans(only(r)));
    }

    @Test
    void mergedCellsAreRectangles() {
        // three squares joined in an L by undrawn edges; the fourth, inside the L's corner, is boxed in by
        // lines of its own, yet lies inside the merged cell's rectangle and is folded into it
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 350), h(160, 50, 350), h(130, 150, 350)));
        r.add(v(50, 100, 160));
        r.add(v(150, 130, 160));
        r.add(v(250, 100, 160));
        r.add(v(350, 100, 160));
        assertEquals("0,0 2x2;0,2 1x1;1,2 1x1;", spans(only(r)));
    }

    @Test
    void rulingsThatDoNotTouchAreSeparateTablesTopFirst() {
        List<Ruling> r = new ArrayList<>(grid(new double[]{50, 150, 250}, new double[]{400, 430, 460}));
        r.addAll(grid(new double[]{50, 150, 250}, new double[]{100, 130, 160}));
        List<RulingGrid.PageTable> tables = RulingGrid.tables(r);
        assertEquals(2, tables.size());
        assertEquals(100, tables.get(0).top());
        assertEquals(400, tables.get(1).top());
    }

    @Test
    void aFrameTouchingTheTableIsNoPartOfIt() {
        // a 2×2 table set in a bordered box with its title above it; the box's bottom is the table's bottom line
        List<Ruling> r = new ArrayList<>(grid(new double[]{80, 180, 280}, new double[]{100, 130, 160}));
        r.add(h(40, 40, 320));
        r.add(h(160, 40, 320));
        r.add(v(40, 40, 160));
        r.add(v(320, 40, 160));
        RulingGrid.PageTable t = only(r);
        assertArrayEquals(new double[]{80, 180, 280}, t.xs());
        assertArrayEquals(new double[]{100, 130, 160}, t.ys());
        assertEquals("0,0 1x1;0,1 1x1;1,0 1x1;1,1 1x1;", spans(t));
        // a real table with a cell merged down its whole first column keeps it
        List<Ruling> merged = new ArrayList<>(List.of(h(100, 50, 350), h(130, 150, 350), h(160, 50, 350)));
        merged.add(v(50, 100, 160));
        merged.add(v(150, 100, 160));
        merged.add(v(250, 100, 160));
        merged.add(v(350, 100, 160));
        assertEquals("0,0 2x1;0,1 1x1;0,2 1x1;1,1 1x1;1,2 1x1;", spans(only(merged)));
    }

    @Test
    void aLoneBoxOrALoneLineIsNoTable() {
        assertTrue(RulingGrid.tables(grid(new double[]{50, 250}, new double[]{100, 160})).isEmpty());
        assertTrue(RulingGrid.tables(List.of(h(100, 50, 250))).isEmpty());
        assertTrue(RulingGrid.tables(List.of(h(100, 50, 250), h(130, 50, 250), v(50, 100, 130))).isEmpty());
    }

    @Test
    void verticalsRunningOnBelowTheLastLineLeaveTheLastRowOpen() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250)));
        for (double x : new double[]{50, 150, 250}) r.add(v(x, 100, 780));
        RulingGrid.PageTable t = only(r);
        assertTrue(t.openBottom());
        assertFalse(t.openTop());
        assertArrayEquals(new double[]{100, 130, 780}, t.ys());
    }

    @Test
    void verticalsStartingAboveTheFirstLineLeaveTheFirstRowOpen() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250)));
        for (double x : new double[]{50, 150, 250}) r.add(v(x, 60, 130));
        RulingGrid.PageTable t = only(r);
        assertTrue(t.openTop());
        assertArrayEquals(new double[]{60, 100, 130}, t.ys());
    }

    @Test
    void aLineOvershootingByAFewPointsClosesTheRow() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250)));
        for (double x : new double[]{50, 150, 250}) r.add(v(x, 98, 134));
        RulingGrid.PageTable t = only(r);
        assertFalse(t.openTop());
        assertFalse(t.openBottom());
    }

    @Test
    void horizontalsReachingPastTheOuterVerticalsAreATableWithoutSideBorders() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 350), h(130, 50, 350), h(160, 50, 350)));
        r.add(v(150, 100, 160));
        r.add(v(250, 100, 160));
        RulingGrid.PageTable t = only(r);
        assertArrayEquals(new double[]{50, 150, 250, 350}, t.xs());
        assertEquals(6, t.boxes().size());
    }

    @Test
    void twoStrokesOfADoubleBorderAreOneBoundary() {
        // the table's bottom drawn twice, 3 pt apart (closer than any row), the sides running to the outer stroke
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250), h(160, 50, 250), h(163, 50, 250)));
        for (double x : new double[]{50, 150, 250}) r.add(v(x, 100, 163));
        RulingGrid.PageTable t = only(r);
        assertEquals(3, t.ys().length);
        assertEquals(161.5, t.bottom());
    }

    @Test
    void aThinRowCrossedByItsColumnLinesStaysARow() {
        // 6 pt apart: within a double border's gap, but the middle column line runs through the band
        RulingGrid.PageTable t = only(grid(new double[]{50, 150, 250}, new double[]{100, 130, 136}));
        assertArrayEquals(new double[]{100, 130, 136}, t.ys());
    }

    @Test
    void positionsWithinTheSnapAreOneGridLine() {
        // the middle line drawn in two pieces, a little apart: in the first row at 150, in the second at 151.5
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250), h(160, 50, 250)));
        r.add(v(50, 100, 160));
        r.add(v(250, 100, 160));
        r.add(v(150, 100, 125));
        r.add(v(151.5, 130, 160));
        RulingGrid.PageTable t = only(r);
        assertEquals(150.75, t.xs()[1]);
        assertEquals(4, t.boxes().size());
    }

    @Test
    void boxAtFindsTheCellHoldingAPoint() {
        List<Ruling> r = new ArrayList<>(List.of(h(100, 50, 250), h(130, 50, 250), h(160, 50, 250)));
        r.add(v(50, 100, 160));
        r.add(v(150, 130, 160));
        r.add(v(250, 100, 160));
        RulingGrid.PageTable t = only(r);
        RulingGrid.Box merged = t.boxes().get(t.boxAt(200, 110));
        assertEquals(2, merged.colSpan());
        assertEquals(t.boxAt(60, 110), t.boxAt(200, 110));
        assertEquals(1, t.boxes().get(t.boxAt(200, 150)).col());
        assertEquals(-1, t.boxAt(300, 110));
        assertEquals(-1, t.boxAt(100, 90));
    }
}
