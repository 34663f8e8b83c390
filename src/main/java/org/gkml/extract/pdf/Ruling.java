package org.gkml.extract.pdf;

/**
 * A horizontal or vertical line segment on a page, in display coordinates (points, origin top-left,
 * y growing downwards).
 *
 * @param horizontal true for a horizontal line at y = {@code position} from x = {@code from} to {@code to}
 */
record Ruling(boolean horizontal, double position, double from, double to) {

    Ruling {
        if (to < from) throw new IllegalArgumentException("ruling ends before it starts: " + from + ".." + to);
    }

    double length() {
        return to - from;
    }

    /** How much of [a, b] this ruling covers. */
    double overlap(double a, double b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }
}
