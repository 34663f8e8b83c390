package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs drawn again over themselves. Printing to PDF, a font without a bold face is made bold by drawing each
 * character a second time a fraction of a point to the side ("fake bold"), and some producers draw a whole
 * line twice; a reader of the page sees each character once, so each is read once. A glyph repeats another when
 * it is the same text and its centre lies within {@value #NEAR} of its extent of the other's (its smaller side: a
 * narrow Latin l is a fifth of its size wide, and "ll" is no repeat).
 */
final class OverprintedGlyphs {

    /** A repeat lies this close (a share of the glyph's extent); the next character of a line lies a whole extent away. */
    static final double NEAR = 0.25;

    /** Glyphs seen, by text and a cell of the page as wide as {@link #NEAR} of their extent. */
    private final Map<String, List<Glyph>> seen = new HashMap<>();

    /** Whether the glyph repeats one already seen; if not, it is remembered. */
    boolean repeats(Glyph g) {
        if (g.text() == null || g.text().isBlank()) return false;
        double cell = Math.max(Math.min(g.x1() - g.x0(), g.y1() - g.y0()), 0.1) * NEAR;
        long cx = (long) Math.floor(g.centreX() / cell), cy = (long) Math.floor(g.centreY() / cell);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (Glyph o : seen.getOrDefault(key(g.text(), cx + dx, cy + dy), List.of())) {
                    if (Math.abs(o.centreX() - g.centreX()) <= cell && Math.abs(o.centreY() - g.centreY()) <= cell
                            && Math.abs(o.size() - g.size()) <= cell) return true;
                }
            }
        }
        seen.computeIfAbsent(key(g.text(), cx, cy), k -> new ArrayList<>()).add(g);
        return false;
    }

    private static String key(String text, long cx, long cy) {
        return text + '\u0000' + cx + ',' + cy;
    }
}
