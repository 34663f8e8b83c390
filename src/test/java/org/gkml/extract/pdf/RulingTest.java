package org.gkml.extract.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulingTest {

    private static Ruling h(double y, double x0, double x1) {
        return new Ruling(true, y, x0, x1);
    }

    private static Ruling v(double x, double y0, double y1) {
        return new Ruling(false, x, y0, y1);
    }

    @Test
    void aRulingCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> h(10, 50, 40));
    }

    @Test
    void lengthAndOverlap() {
        Ruling r = h(10, 50, 150);
        assertEquals(100, r.length());
        assertEquals(50, r.overlap(100, 300));
        assertEquals(0, r.overlap(150, 200));
        assertEquals(100, r.overlap(0, 1000));
    }

    @Test
    void crossingRulingsTouchWhicheverIsAsked() {
        Ruling top = h(100, 50, 350), left = v(50, 100, 200), middle = v(200, 100, 200);
        assertTrue(top.touches(left));
        assertTrue(left.touches(top));
        assertTrue(top.touches(middle));
    }

    @Test
    void rulingsThatStopShortTouchWithinTheSnap() {
        Ruling top = h(100, 50, 350);
        assertTrue(top.touches(v(351.5, 100, 200)));     // past the end of the horizontal by 1.5 pt
        assertFalse(top.touches(v(353, 100, 200)));      // by 3 pt
        assertTrue(top.touches(v(200, 102, 200)));       // the vertical starts 2 pt below
        assertFalse(top.touches(v(200, 102.5, 200)));
        assertFalse(top.touches(v(200, 0, 97.5)));       // ends above it
    }

    @Test
    void parallelRulingsNeverTouch() {
        assertFalse(h(100, 50, 350).touches(h(100, 50, 350)));
        assertFalse(v(50, 0, 100).touches(v(51, 0, 100)));
    }

    @Test
    void collinearPiecesWithASmallGapMergeIntoOne() {
        List<Ruling> merged = Ruling.merge(List.of(h(100, 150, 350), h(100, 50, 148.5)));
        assertEquals(List.of(h(100, 50, 350)), merged);
    }

    @Test
    void aWiderGapKeepsTwoRulings() {
        List<Ruling> merged = Ruling.merge(List.of(h(100, 50, 147), h(100, 150, 350)));
        assertEquals(2, merged.size());
    }

    @Test
    void rulingsOnNearbyLinesMergeAtTheFirstOnesPosition() {
        List<Ruling> merged = Ruling.merge(List.of(h(101.5, 100, 300), h(100, 50, 200)));
        assertEquals(List.of(h(100, 50, 300)), merged);
        assertEquals(2, Ruling.merge(List.of(h(100, 50, 200), h(102.5, 50, 200))).size());
    }

    @Test
    void aHorizontalAndAVerticalAtTheSamePositionStayApart() {
        List<Ruling> merged = Ruling.merge(List.of(h(100, 50, 200), v(100, 50, 200)));
        assertEquals(2, merged.size());
    }

    @Test
    void pieceByPieceARulingGrowsOverAllItsPieces() {
        List<Ruling> merged = Ruling.merge(List.of(h(100, 200, 300), h(100, 0, 100), h(100, 101, 199), v(10, 0, 50)));
        assertEquals(List.of(v(10, 0, 50), h(100, 0, 300)), merged);
    }

    @Test
    void snapTakesNearbyPositionsAsOneLineAtTheirMean() {
        List<Double> lines = Ruling.snap(List.of(h(200, 0, 1), h(100, 0, 1), h(101.5, 0, 1), h(50, 0, 1)));
        assertEquals(List.of(50.0, 100.75, 200.0), lines);
    }

    @Test
    void snapChainsPositionsEachCloseToTheOneBefore() {
        List<Double> lines = Ruling.snap(List.of(v(100, 0, 1), v(102, 0, 1), v(104, 0, 1), v(106.5, 0, 1)));
        assertEquals(List.of(102.0, 106.5), lines);
    }

    @Test
    void isAtAllowsTheSnapEitherSide() {
        Ruling r = h(100, 0, 10);
        assertTrue(r.isAt(102));
        assertTrue(r.isAt(98));
        assertFalse(r.isAt(102.1));
    }
}
