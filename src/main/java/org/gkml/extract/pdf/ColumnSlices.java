package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet printed wider than its paper: Excel and Calc print the columns that fit, page after page down the
 * rows, then the next columns for the same rows ("down, then over"; or, where set so, across the columns first,
 * "over, then down"). Each slice of columns is printed on pages with the same columns; the pages of one stretch of
 * rows show their row lines at the same heights. Put side by side, they are one page of the whole table.
 */
final class ColumnSlices {

    /** Row lines closer than this (points) are the same line on two pages. */
    private static final double SAME_ROW = 1.5;
    /** Fewer rows than this on a page say too little to match pages by their rows. */
    private static final int MIN_ROW_LINES = 3;

    private ColumnSlices() {
    }

    /**
     * The fragments of a printed sheet's pages put side by side.
     *
     * @param pages        one fragment per page of the whole table, each the slices of its rows side by side
     * @param slices       how many slices of columns the sheet was printed in
     * @param downThenOver the printer went down the rows before the next columns (Excel's and Calc's default);
     *                     otherwise across the columns before the next rows
     */
    record Stitched(List<Fragment> pages, int slices, boolean downThenOver) {

        /** Pages between one stitched page and the next: a whole group of slices when printed over, then down. */
        int pageStep() {
            return downThenOver ? 1 : slices;
        }

        /** The index, among the fragments before stitching, of the first page of the second slice of columns. */
        int secondSliceStart() {
            return downThenOver ? pages.size() : 1;
        }
    }

    /**
     * The document's fragments put side by side, or nothing when they are not slices of one printed sheet. Each
     * fragment must be the only one on its page, pages following each other. Down, then over: runs of equal length
     * whose columns differ, page j of every run with rows at the same heights. Over, then down: groups of pages
     * of equal size, in each the slices of columns in the same order, rows at the same heights.
     */
    static Optional<Stitched> stitch(List<Fragment> fragments) {
        int n = fragments.size();
        if (n < 2) return Optional.empty();
        for (int i = 1; i < n; i++) if (fragments.get(i).page() != fragments.get(i - 1).page() + 1) return Optional.empty();
        Optional<Stitched> down = downThenOver(fragments);
        return down.isPresent() ? down : overThenDown(fragments);
    }

    private static Optional<Stitched> downThenOver(List<Fragment> fragments) {
        int n = fragments.size();
        List<Integer> runStarts = new ArrayList<>(List.of(0));
        for (int i = 1; i < n; i++) if (!TableAssembler.continues(fragments.get(i - 1), fragments.get(i))) runStarts.add(i);
        int slices = runStarts.size();
        int runLength = n / slices;
        if (slices < 2 || n % slices != 0) return Optional.empty();
        for (int s = 0; s < slices; s++) if (runStarts.get(s) != s * runLength) return Optional.empty();
        for (int s = 1; s < slices; s++) {
            for (int j = 0; j < runLength; j++) if (!sameRows(fragments.get(j), fragments.get(s * runLength + j))) return Optional.empty();
        }
        List<Fragment> out = new ArrayList<>();
        for (int j = 0; j < runLength; j++) {
            List<Fragment> row = new ArrayList<>();
            for (int s = 0; s < slices; s++) row.add(fragments.get(s * runLength + j));
            out.add(sideBySide(row));
        }
        return Optional.of(new Stitched(out, slices, true));
    }

    /** The smallest group size that repeats the same slices of columns over the same rows in every group. */
    private static Optional<Stitched> overThenDown(List<Fragment> fragments) {
        int n = fragments.size();
        for (int slices = 2; slices <= n / 2; slices++) {
            if (n % slices != 0 || !slicedEvery(fragments, slices)) continue;
            List<Fragment> out = new ArrayList<>();
            for (int g = 0; g < n; g += slices) out.add(sideBySide(fragments.subList(g, g + slices)));
            return Optional.of(new Stitched(out, slices, false));
        }
        return Optional.empty();
    }

    private static boolean slicedEvery(List<Fragment> fragments, int slices) {
        for (int i = 0; i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            int inGroup = i % slices;
            if (inGroup > 0 && (TableAssembler.continues(fragments.get(i - 1), f) || !sameRows(fragments.get(i - inGroup), f))) return false;
            if (i >= slices && !TableAssembler.continues(fragments.get(i - slices), f)) return false;
        }
        return true;
    }

    static boolean sameRows(Fragment a, Fragment b) {
        double[] ya = a.table().ys(), yb = b.table().ys();
        if (ya.length != yb.length || ya.length < MIN_ROW_LINES) return false;
        for (int i = 0; i < ya.length; i++) if (Math.abs(ya[i] - yb[i]) > SAME_ROW) return false;
        return true;
    }

    /** The fragments laid left to right: each one's columns moved to start where the one before ends. */
    private static Fragment sideBySide(List<Fragment> parts) {
        Fragment first = parts.get(0);
        List<Double> xs = new ArrayList<>();
        for (double x : first.table().xs()) xs.add(x);
        List<RulingGrid.Box> boxes = new ArrayList<>(first.table().boxes());
        List<Fragment.CellText> cells = new ArrayList<>(first.cells());
        for (Fragment part : parts.subList(1, parts.size())) {
            double[] pxs = part.table().xs();
            double shift = xs.get(xs.size() - 1) - pxs[0];
            int colShift = xs.size() - 1;
            for (int i = 1; i < pxs.length; i++) xs.add(pxs[i] + shift);
            for (Fragment.CellText ct : part.cells()) {
                RulingGrid.Box b = ct.box();
                RulingGrid.Box moved = new RulingGrid.Box(b.x0() + shift, b.y0(), b.x1() + shift, b.y1(), b.row(), b.col() + colShift,
                        b.rowSpan(), b.colSpan());
                boxes.add(moved);
                cells.add(new Fragment.CellText(moved, ct.text(), ct.bottomGap(), ct.fontSize(), ct.linePitch(), ct.confidence()));
            }
        }
        double[] joined = xs.stream().mapToDouble(Double::doubleValue).toArray();
        RulingGrid.PageTable t = new RulingGrid.PageTable(joined, first.table().ys(), boxes, first.table().openTop(), first.table().openBottom());
        return new Fragment(first.page(), t, cells);
    }
}
