package org.gkml.extract.pdf;

import org.gkml.extract.DisjointSets;

/**
 * A frame drawn around a table and touching it: a catalog set in a bordered box together with its title (an outer
 * one-cell table in Word, a layout table with a border on a page), whose bottom edge is the table's own. The grid
 * cells between frame and table then form one region that is no rectangle (a ring, or a U open where the two touch);
 * a real merged cell is always a rectangle. The table is the grid inside that region's outer rows and columns.
 */
final class FrameMargin {

    private FrameMargin() {
    }

    /**
     * The grid rows and columns inside the frame as {firstRow, firstCol, lastRow, lastCol}, or null when the grid has
     * no such margin.
     *
     * @param parent union-find over the grid cells (row-major), neighbours joined where no drawn edge separates them
     */
    static int[] inside(int[] parent, int rows, int cols) {
        int margin = DisjointSets.find(parent, 0);
        int size = 0;
        for (int i = 0; i < parent.length; i++) if (DisjointSets.find(parent, i) == margin) size++;
        if (size == parent.length) return null;   // one box: nothing drawn inside it
        int r0 = 0, r1 = rows - 1, c0 = 0, c1 = cols - 1;
        while (c0 <= c1 && columnIn(parent, cols, c0, r0, r1, margin)) c0++;
        while (c1 >= c0 && columnIn(parent, cols, c1, r0, r1, margin)) c1--;
        while (r0 <= r1 && rowIn(parent, cols, r0, c0, c1, margin)) r0++;
        while (r1 >= r0 && rowIn(parent, cols, r1, c0, c1, margin)) r1--;
        boolean trimmed = c0 > 0 && c1 < cols - 1;   // a frame has two sides
        if (!trimmed || r0 > r1 || c0 > c1) return null;
        // what is left holds no margin cell: the frame's region is all outside it
        for (int r = r0; r <= r1; r++) for (int c = c0; c <= c1; c++) if (DisjointSets.find(parent, r * cols + c) == margin) return null;
        return new int[]{r0, c0, r1, c1};
    }

    private static boolean columnIn(int[] parent, int cols, int c, int r0, int r1, int margin) {
        for (int r = r0; r <= r1; r++) if (DisjointSets.find(parent, r * cols + c) != margin) return false;
        return true;
    }

    private static boolean rowIn(int[] parent, int cols, int r, int c0, int c1, int margin) {
        for (int c = c0; c <= c1; c++) if (DisjointSets.find(parent, r * cols + c) != margin) return false;
        return true;
    }
}
