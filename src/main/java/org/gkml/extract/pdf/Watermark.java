package org.gkml.extract.pdf;

/**
 * Text a page draws over its content as a watermark (a site's or a unit's name set diagonally or see-through
 * across every page). Its characters fall inside table cells and would be read into them (南江县乡村站振兴局), so
 * they are not read. A watermark is told by how it is drawn, not by what it says: a baseline slanted away from
 * the page's axes (a turned column label runs along an axis), or a fill so translucent that the page's own text
 * shows through it.
 */
final class Watermark {

    /** Baselines within this many degrees of an axis run along it (a scan's text layer may lean a little). */
    static final double AXIS_DEGREES = 10;
    /** Text filled at most this opaque is laid over the page, not part of it. */
    static final double SEE_THROUGH = 0.5;

    private Watermark() {
    }

    /** Whether a glyph with this baseline direction (display space) and fill opacity is a watermark's. */
    static boolean is(double dx, double dy, double fillAlpha) {
        return fillAlpha <= SEE_THROUGH || slanted(dx, dy);
    }

    static boolean slanted(double dx, double dy) {
        if (dx == 0 && dy == 0) return false;
        double degrees = Math.toDegrees(Math.atan2(Math.abs(dy), Math.abs(dx)));
        return degrees > AXIS_DEGREES && degrees < 90 - AXIS_DEGREES;
    }
}
