package org.gkml.extract.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * The rows a merged cell covers in a table drawn without lines (一级事项 merged down over its items): the
 * print shows its text once, at the top, the middle or the bottom of the merged block. At the top, the rows
 * below simply continue the group; at the bottom, the text's row ends the block that starts after the block
 * before; in the middle, the block runs from the end of the one before as far down as puts the text at its
 * centre. Rows are known by their anchor lines (序号), a row reaching halfway to its neighbours' anchors.
 */
final class MergedCellSpans {

    private MergedCellSpans() {
    }

    /**
     * For each row, the row whose text its merged cell shows, or -1.
     *
     * @param textY     per row, the height of the text the column shows in it, or NaN where it shows none
     * @param anchors   the rows' anchor heights, top to bottom (as many as rows)
     * @param alignment how the cells sit in their rows
     */
    static int[] owners(double[] textY, List<Double> anchors, CellAlignment alignment) {
        int n = textY.length;
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        for (int r = 0; r < n; r++) if (!Double.isNaN(textY[r])) owner[r] = r;
        if (n < 2 || alignment == CellAlignment.TOP) return owner;
        int start = 0;
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(textY[t])) continue;
            int next = t + 1;
            while (next < n && Double.isNaN(textY[next])) next++;
            int end = t;
            if (alignment == CellAlignment.MIDDLE) {
                double best = Double.MAX_VALUE;
                for (int e = t; e < next; e++) {
                    double off = Math.abs((top(anchors, start) + bottom(anchors, e)) / 2 - textY[t]);
                    if (off < best) {
                        best = off;
                        end = e;
                    }
                }
            }
            for (int r = start; r <= end; r++) owner[r] = t;
            start = end + 1;
        }
        return owner;
    }

    private static double top(List<Double> a, int k) {
        return k == 0 ? a.get(0) - (a.get(1) - a.get(0)) / 2 : (a.get(k - 1) + a.get(k)) / 2;
    }

    private static double bottom(List<Double> a, int k) {
        int last = a.size() - 1;
        return k == last ? a.get(last) + (a.get(last) - a.get(last - 1)) / 2 : (a.get(k) + a.get(k + 1)) / 2;
    }
}
