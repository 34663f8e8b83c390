package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A horizontal or vertical line segment on a page, in display coordinates (points, origin top-left,
 * y growing downwards): what {@link PageLayout} takes of a page's drawing, whichever format drew it.
 *
 * @param horizontal true for a horizontal line at y = {@code position} from x = {@code from} to {@code to}
 */
public record Ruling(boolean horizontal, double position, double from, double to) {

    /**
     * Line positions closer than this (points) are one line, and lines this close to meeting meet: a double
     * border's strokes, a ruling drawn twice, coordinates rounded differently by the producer.
     */
    static final double SNAP = 2.0;
    /** Segments this close to axis-parallel (points) count as horizontal or vertical. */
    static final double SLANT = 1.0;
    /** A filled rectangle at most this thick (points) is drawn as a line. */
    private static final double THIN_FILL = 3.0;

    public Ruling {
        if (to < from) throw new IllegalArgumentException("ruling ends before it starts: " + from + ".." + to);
    }

    /** The ruling a straight segment (display coordinates) draws, or null when it is slanted. */
    public static Ruling ofSegment(double x0, double y0, double x1, double y1) {
        if (Math.abs(y0 - y1) <= SLANT) return new Ruling(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1));
        if (Math.abs(x0 - x1) <= SLANT) return new Ruling(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1));
        return null;
    }

    /** Whether a filled rectangle this wide and high (points) is a line: thin one way, longer the other. */
    public static boolean thinFill(double width, double height) {
        return Math.min(width, height) <= THIN_FILL && Math.max(width, height) > THIN_FILL;
    }

    /** The ruling a thin filled rectangle draws (see {@link #thinFill}), along its middle; null when it is no line. */
    public static Ruling ofThinFill(double minX, double minY, double maxX, double maxY) {
        double w = maxX - minX, h = maxY - minY;
        if (!thinFill(w, h)) return null;
        return h <= w ? new Ruling(true, (minY + maxY) / 2, minX, maxX) : new Ruling(false, (minX + maxX) / 2, minY, maxY);
    }

    double length() {
        return to - from;
    }

    /** How much of [a, b] this ruling covers. */
    double overlap(double a, double b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }

    /** Whether this ruling lies on the line at {@code p} (within {@link #SNAP}). */
    boolean isAt(double p) {
        return Math.abs(position - p) <= SNAP;
    }

    /** Whether a ruling across this one crosses it or stops within {@link #SNAP} of it; parallel ones never touch. */
    boolean touches(Ruling other) {
        if (horizontal == other.horizontal) return false;
        Ruling h = horizontal ? this : other, v = horizontal ? other : this;
        return v.position >= h.from - SNAP && v.position <= h.to + SNAP
                && h.position >= v.from - SNAP && h.position <= v.to + SNAP;
    }

    /**
     * Whether {@code later} (sorted after this one: not above or left of it) continues this ruling: same
     * direction, on the same line, overlapping or with a gap of at most {@link #SNAP} between them.
     */
    boolean joins(Ruling later) {
        return horizontal == later.horizontal && later.position - position <= SNAP
                && later.from <= to + SNAP && later.to >= from - SNAP;
    }

    /** This ruling run on over the extent of {@code other}, at this one's position. */
    Ruling joinedWith(Ruling other) {
        return new Ruling(horizontal, position, Math.min(from, other.from), Math.max(to, other.to));
    }

    /** Rulings on the same line (within {@link #SNAP}) that overlap or nearly touch become one. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && !joined; i--) {
                Ruling o = out.get(i);
                if (o.horizontal() != r.horizontal() || r.position() - o.position() > SNAP) break;
                if (o.joins(r)) {
                    out.set(i, o.joinedWith(r));
                    joined = true;
                }
            }
            if (!joined) out.add(r);
        }
        return out;
    }

    /**
     * The distinct positions of the rulings, ascending: a position within {@link #SNAP} of the one before it
     * is the same line, and a line's position is the mean of its rulings'.
     */
    static List<Double> snap(List<Ruling> rulings) {
        double[] ps = rulings.stream().mapToDouble(Ruling::position).sorted().toArray();
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int count = 0;
        for (int i = 0; i < ps.length; i++) {
            if (count > 0 && ps[i] - ps[i - 1] > SNAP) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += ps[i];
            count++;
        }
        if (count > 0) out.add(sum / count);
        return out;
    }
}
