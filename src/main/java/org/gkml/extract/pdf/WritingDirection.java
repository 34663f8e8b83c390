package org.gkml.extract.pdf;

/**
 * Which way a glyph's advance runs on the page (display space, y downwards). Word's vertical cell text turns its
 * glyphs: {@code btLr} writes bottom to top (UPWARD), {@code tbRl} top to bottom (DOWNWARD); upright stacked
 * CJK ({@code tbRlV}) stays RIGHTWARD, one glyph a line. A slanted advance (a diagonal watermark) counts as
 * RIGHTWARD: read as before.
 */
enum WritingDirection {
    RIGHTWARD, UPWARD, DOWNWARD, LEFTWARD;

    /** The advance's minor axis may be this fraction of its major one: a turn of about 10°. */
    private static final double AXIS_SLACK = 0.18;

    /** The direction of an advance (dx, dy) in display space. */
    static WritingDirection of(double dx, double dy) {
        double ax = Math.abs(dx), ay = Math.abs(dy);
        if (ay > ax && ax <= AXIS_SLACK * ay) return dy < 0 ? UPWARD : DOWNWARD;
        if (ax > ay && ay <= AXIS_SLACK * ax && dx < 0) return LEFTWARD;
        return RIGHTWARD;
    }

    /** Written along a column (a turned line of text), top to bottom or bottom to top. */
    boolean vertical() {
        return this == UPWARD || this == DOWNWARD;
    }
}
