package org.gkml.extract.pdf;

import org.gkml.extract.DisjointSets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the ruled tables of one page: rulings that touch form one table; the distinct line positions
 * give its grid; two neighbouring grid cells belong to one (merged) cell where no ruling separates them.
 */
final class RulingGrid {

    /**
     * An edge counts as drawn when rulings cover at least this share of it: a border drawn in pieces still
     * separates two cells, a stub reaching in from a crossing line does not.
     */
    private static final double COVERED = 0.5;
    /**
     * Vertical rulings running on this far past the last horizontal one mean the table goes on (and horizontal
     * ones this far past the outer verticals, a table without side borders): more than a line's overshoot.
     */
    private static final double OPEN_END = 6.0;
    /** Grid lines closer than this (points) are one boundary drawn twice (double borders): no row is so thin. */
    private static final double MIN_CELL = 4.0;
    /**
     * Two parallel lines up to this far apart (points) may be one double border: Word's and Writer's double
     * borders of 1.5 to 3 pt draw their lines 3 to 6 pt apart, and thicker ones up to 9 pt.
     */
    static final double DOUBLE_GAP = 10.0;
    /** Share of the shorter of two parallel lines the other must run beside for them to be a double border. */
    private static final double DOUBLE_OVERLAP = 0.8;

    private RulingGrid() {
    }

    /** A cell's rectangle and its grid position within its page table. */
    record Box(double x0, double y0, double x1, double y1, int row, int col, int rowSpan, int colSpan) {
        boolean contains(double x, double y) {
            return x >= x0 && x < x1 && y >= y0 && y < y1;
        }
    }

    /**
     * One table on one page.
     *
     * @param xs        column boundaries, left to right
     * @param ys        row boundaries, top to bottom
     * @param openTop   the top boundary is not drawn (a row carried over from the previous page)
     * @param openBottom the bottom boundary is not drawn (the last row goes on on the next page)
     */
    record PageTable(double[] xs, double[] ys, List<Box> boxes, boolean openTop, boolean openBottom) {
        double top() {
            return ys[0];
        }

        double bottom() {
            return ys[ys.length - 1];
        }

        boolean contains(double x, double y) {
            return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
        }

        /** The index in {@link #boxes()} of the cell holding the point, or -1 when it lies outside. */
        int boxAt(double x, double y) {
            if (!contains(x, y)) return -1;
            int col = interval(xs, x), row = interval(ys, y);
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                if (row >= b.row() && row < b.row() + b.rowSpan() && col >= b.col() && col < b.col() + b.colSpan()) return i;
            }
            return -1;
        }

        private static int interval(double[] bounds, double v) {
            int i = java.util.Arrays.binarySearch(bounds, v);
            int at = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(bounds.length - 2, at));
        }
    }

    static List<PageTable> tables(List<Ruling> rulings) {
        List<Ruling> merged = Ruling.merge(rulings);
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Ruling a = merged.get(i), b = merged.get(j);
                if (a.touches(b)) {
                    DisjointSets.union(parent, i, j);
                }
            }
        }
        List<PageTable> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) continue;
            List<Ruling> group = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (DisjointSets.find(parent, j) == DisjointSets.find(parent, i)) {
                    group.add(merged.get(j));
                    done[j] = true;
                }
            }
            PageTable t = table(group);
            if (t != null) out.add(t);
        }
        out.sort(Comparator.comparingDouble(PageTable::top));
        return out;
    }

    private static PageTable table(List<Ruling> group) {
        List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        if (hs.isEmpty() || vs.size() < 2) return null;
        double[] xs = columnBounds(hs, vs);
        RowBounds rowBounds = rowBounds(hs, vs);
        double[] ys = rowBounds.ys();
        boolean openTop = rowBounds.openTop(), openBottom = rowBounds.openBottom();
        int rows = ys.length - 1, cols = xs.length - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) return null;
        int[] parent = cellsNotSeparated(hs, vs, xs, ys);
        int[] inner = FrameMargin.inside(parent, rows, cols);
        if (inner != null) {
            // a frame drawn around the table and touching it (the table set in a bordered box with its title): the
            // margin between them is no cell; the table is what the frame holds
            openTop &= inner[0] == 0;
            openBottom &= inner[2] == rows - 1;
            xs = Arrays.copyOfRange(xs, inner[1], inner[3] + 2);
            ys = Arrays.copyOfRange(ys, inner[0], inner[2] + 2);
            rows = ys.length - 1;
            cols = xs.length - 1;
            if (rows * cols < 2) return null;
            parent = cellsNotSeparated(hs, vs, xs, ys);
        }
        foldIntoRectangles(parent, rows, cols);
        List<Box> boxes = new ArrayList<>();
        for (int[] b : bounds(parent, rows, cols)) {
            if (b == null) continue;
            boxes.add(new Box(xs[b[1]], ys[b[0]], xs[b[3] + 1], ys[b[2] + 1], b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1));
        }
        if (boxes.size() < 2) return null;
        boxes.sort(Comparator.comparingInt(Box::row).thenComparingInt(Box::col));
        return new PageTable(xs, ys, boxes, openTop, openBottom);
    }

    /** The column boundaries; a table without side borders has horizontal lines reaching past its outer verticals. */
    private static double[] columnBounds(List<Ruling> hs, List<Ruling> vs) {
        List<Double> xList = new ArrayList<>();
        for (double x : positions(vs, hs)) xList.add(x);
        double hLeft = hs.stream().mapToDouble(Ruling::from).min().orElseThrow();
        double hRight = hs.stream().mapToDouble(Ruling::to).max().orElseThrow();
        if (hLeft < xList.get(0) - OPEN_END) xList.add(0, hLeft);
        if (hRight > xList.get(xList.size() - 1) + OPEN_END) xList.add(hRight);
        return xList.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Row boundaries, and whether the first or last row runs on past the page's edge of the table. */
    private record RowBounds(double[] ys, boolean openTop, boolean openBottom) {
    }

    /** The row boundaries; verticals running on above the top line or below the bottom one are an open row. */
    private static RowBounds rowBounds(List<Ruling> hs, List<Ruling> vs) {
        List<Double> yList = new ArrayList<>();
        for (double y : positions(hs, vs)) yList.add(y);
        double vTop = vs.stream().mapToDouble(Ruling::from).min().orElseThrow();
        double vBottom = vs.stream().mapToDouble(Ruling::to).max().orElseThrow();
        boolean openTop = vTop < yList.get(0) - OPEN_END;
        boolean openBottom = vBottom > yList.get(yList.size() - 1) + OPEN_END;
        if (openTop) yList.add(0, vTop);
        if (openBottom) yList.add(vBottom);
        return new RowBounds(yList.stream().mapToDouble(Double::doubleValue).toArray(), openTop, openBottom);
    }

    /** Union-find over the grid cells (row-major), neighbours joined where no drawn edge separates them. */
    private static int[] cellsNotSeparated(List<Ruling> hs, List<Ruling> vs, double[] xs, double[] ys) {
        int rows = ys.length - 1, cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !drawn(vs, xs, c + 1, ys[r], ys[r + 1])) DisjointSets.union(parent, r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !drawn(hs, ys, r + 1, xs[c], xs[c + 1])) DisjointSets.union(parent, r * cols + c, (r + 1) * cols + c);
            }
        }
        return parent;
    }

    /** A merged cell is a rectangle: fold everything inside each group's bounding box into it, until stable. */
    private static void foldIntoRectangles(int[] parent, int rows, int cols) {
        boolean changed = true;
        while (changed) {
            changed = false;
            int[][] bounds = bounds(parent, rows, cols);
            for (int g = 0; g < parent.length; g++) {
                int[] b = bounds[g];
                if (b == null) continue;
                for (int r = b[0]; r <= b[2]; r++) {
                    for (int c = b[1]; c <= b[3]; c++) {
                        if (DisjointSets.find(parent, r * cols + c) != g) {
                            DisjointSets.union(parent, g, r * cols + c);
                            changed = true;
                        }
                    }
                }
                if (changed) break;
            }
        }
    }

    /** For each group root: {minRow, minCol, maxRow, maxCol}; null for non-roots. */
    private static int[][] bounds(int[] parent, int rows, int cols) {
        int[][] b = new int[parent.length][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int g = DisjointSets.find(parent, r * cols + c);
                if (b[g] == null) b[g] = new int[]{r, c, r, c};
                else {
                    b[g][0] = Math.min(b[g][0], r);
                    b[g][1] = Math.min(b[g][1], c);
                    b[g][2] = Math.max(b[g][2], r);
                    b[g][3] = Math.max(b[g][3], c);
                }
            }
        }
        return b;
    }

    /**
     * Whether rulings at grid line {@code i} of {@code bounds} cover most of the edge from {@code a} to
     * {@code b}. A ruling belongs to its nearest grid line (the two lines of a double border both belong
     * to the one boundary they were read as).
     */
    private static boolean drawn(List<Ruling> lines, double[] bounds, int i, double a, double b) {
        double position = bounds[i];
        double covered = 0;
        for (Ruling r : lines) {
            double d = Math.abs(r.position() - position);
            if (d > Ruling.SNAP + DOUBLE_GAP / 2) continue;
            if (i > 0 && Math.abs(r.position() - bounds[i - 1]) < d) continue;
            if (i + 1 < bounds.length && Math.abs(r.position() - bounds[i + 1]) < d) continue;
            covered += r.overlap(a, b);
        }
        return covered >= COVERED * (b - a);
    }

    /**
     * Distinct positions of the rulings, snapped together; two positions are one boundary when they are
     * closer than {@link #MIN_CELL}, or when they are a double border (see {@link #doubleBorder}).
     */
    static double[] positions(List<Ruling> lines, List<Ruling> across) {
        List<Double> out = Ruling.snap(lines);
        for (int i = out.size() - 1; i > 0; i--) {
            double gap = out.get(i) - out.get(i - 1);
            if (gap < MIN_CELL || gap <= DOUBLE_GAP && doubleBorder(lines, across, out.get(i - 1), out.get(i))) {
                out.set(i - 1, (out.get(i) + out.get(i - 1)) / 2);
                out.remove(i);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Whether the lines at {@code a} and {@code b} (a few points apart) are the two strokes of one double
     * border rather than the edges of a thin row or column: they run beside each other, and no line across
     * them passes through the band between them, except at their ends (the corners of a double frame).
     * A real row, however thin, has its column boundaries crossing it; Word and Writer stop every line
     * that meets a double border at its inner stroke.
     */
    static boolean doubleBorder(List<Ruling> lines, List<Ruling> across, double a, double b) {
        double lengthA = 0, lengthB = 0, beside = 0, from = Double.MAX_VALUE, to = -Double.MAX_VALUE;
        List<Ruling> atA = new ArrayList<>(), atB = new ArrayList<>();
        for (Ruling r : lines) {
            if (r.isAt(a)) atA.add(r);
            else if (r.isAt(b)) atB.add(r);
            else continue;
            from = Math.min(from, r.from());
            to = Math.max(to, r.to());
        }
        for (Ruling r : atA) lengthA += r.length();
        for (Ruling r : atB) lengthB += r.length();
        for (Ruling x : atA) for (Ruling y : atB) beside += x.overlap(y.from(), y.to());
        if (lengthA == 0 || lengthB == 0 || beside < DOUBLE_OVERLAP * Math.min(lengthA, lengthB)) return false;
        double corner = (b - a) + Ruling.SNAP;
        for (Ruling r : across) {
            boolean through = r.from() <= a + Ruling.SNAP / 2 && r.to() >= b - Ruling.SNAP / 2;
            if (through && r.position() > from + corner && r.position() < to - corner) return false;
        }
        return true;
    }

    static String describe(PageTable t) {
        return "table " + Arrays.toString(t.xs()) + " x " + t.ys().length + " rows, open top " + t.openTop() + ", open bottom " + t.openBottom();
    }
}

