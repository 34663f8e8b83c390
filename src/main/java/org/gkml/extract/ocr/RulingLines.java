package org.gkml.extract.ocr;

import org.gkml.extract.DisjointSets;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a levelled page image: long runs of dark pixels along a row (horizontal lines) or a
 * column (vertical lines), short breaks bridged (noise and JPEG blocks break a printed line), runs on
 * neighbouring rows joined into one line while it stays thin. Strokes of characters are shorter than a
 * line's shortest run; a heavy title stroke that passes is harmless: a table needs lines that cross.
 */
public final class RulingLines {

    /** The shortest run that is a line (mm): a narrow tick column is about 8 mm wide, a CJK stroke at 12 pt under 4.5. */
    static final double MIN_RUN_MM = 5.0;
    /** A lighter gap this long (mm) inside a run does not end it: noise, blur and JPEG blocks break a scanned line. */
    static final double BRIDGE_MM = 0.35;
    /** A line is at most this thick (mm): a thick border is 0.75 mm, a blurred one a little more; a filled area is no line. */
    static final double MAX_THICKNESS_MM = 1.6;
    /** Two runs on neighbouring rows belong to one line when they overlap by this share of the shorter. */
    private static final double OVERLAP = 0.5;

    /**
     * One line, in pixels of the image it was found in.
     *
     * @param position  its middle across (y of a horizontal line, x of a vertical one)
     * @param from      where it starts along
     * @param to        where it ends along
     * @param thickness how many rows (or columns) it covers
     */
    public record Line(boolean horizontal, double position, int from, int to, int thickness) {
        public int length() {
            return to - from;
        }
    }

    private RulingLines() {
    }

    public static List<Line> find(GrayImage image, int threshold, double dpi) {
        List<Line> out = new ArrayList<>(lines(image, threshold, dpi, true));
        out.addAll(lines(image, threshold, dpi, false));
        return CollinearPieces.join(out, dpi);
    }

    private record Run(int across, int from, int to) {
    }

    private static List<Line> lines(GrayImage image, int threshold, double dpi, boolean horizontal) {
        double pxPerMm = dpi / 25.4;
        int minRun = (int) Math.round(MIN_RUN_MM * pxPerMm), bridge = Math.max(1, (int) Math.round(BRIDGE_MM * pxPerMm));
        int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_MM * pxPerMm));
        int acrossSize = horizontal ? image.height() : image.width(), alongSize = horizontal ? image.width() : image.height();
        // runs per row (column), then chained into lines row by row
        List<List<Run>> byRow = new ArrayList<>(acrossSize);
        for (int a = 0; a < acrossSize; a++) {
            List<Run> runs = new ArrayList<>();
            int start = -1, lastDark = -1;
            for (int b = 0; b <= alongSize; b++) {
                boolean dark = b < alongSize && (horizontal ? image.dark(b, a, threshold) : image.dark(a, b, threshold));
                if (dark) {
                    if (start < 0 || b - lastDark - 1 > bridge) {
                        if (start >= 0 && lastDark + 1 - start >= minRun) runs.add(new Run(a, start, lastDark + 1));
                        start = b;
                    }
                    lastDark = b;
                }
            }
            if (start >= 0 && lastDark + 1 - start >= minRun) runs.add(new Run(a, start, lastDark + 1));
            byRow.add(runs);
        }
        // union-find over runs: a run joins the overlapping run of the row before
        List<Run> all = new ArrayList<>();
        int[] firstOfRow = new int[acrossSize + 1];
        for (int a = 0; a < acrossSize; a++) {
            firstOfRow[a] = all.size();
            all.addAll(byRow.get(a));
        }
        firstOfRow[acrossSize] = all.size();
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int a = 1; a < acrossSize; a++) {
            for (int i = firstOfRow[a]; i < firstOfRow[a + 1]; i++) {
                Run r = all.get(i);
                for (int j = firstOfRow[a - 1]; j < firstOfRow[a]; j++) {
                    Run p = all.get(j);
                    int overlap = Math.min(r.to, p.to) - Math.max(r.from, p.from);
                    if (overlap >= OVERLAP * Math.min(r.to - r.from, p.to - p.from)) DisjointSets.union(parent, i, j);
                }
            }
        }
        // each group: its extent and its weighted middle
        java.util.Map<Integer, int[]> extent = new java.util.LinkedHashMap<>(); // minAcross, maxAcross, from, to
        java.util.Map<Integer, double[]> weight = new java.util.HashMap<>();     // sum across*len, sum len
        for (int i = 0; i < all.size(); i++) {
            Run r = all.get(i);
            int g = DisjointSets.find(parent, i);
            int[] e = extent.get(g);
            if (e == null) extent.put(g, new int[]{r.across, r.across, r.from, r.to});
            else {
                e[0] = Math.min(e[0], r.across);
                e[1] = Math.max(e[1], r.across);
                e[2] = Math.min(e[2], r.from);
                e[3] = Math.max(e[3], r.to);
            }
            double[] w = weight.computeIfAbsent(g, k -> new double[2]);
            w[0] += (double) r.across * (r.to - r.from);
            w[1] += r.to - r.from;
        }
        List<Line> out = new ArrayList<>();
        extent.forEach((g, e) -> {
            int thickness = e[1] - e[0] + 1;
            if (thickness > maxThickness) return;
            double[] w = weight.get(g);
            out.add(new Line(horizontal, w[0] / w[1], e[2], e[3], thickness));
        });
        return out;
    }
}
