package org.gkml.extract.ocr;

import org.gkml.extract.DisjointSets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the pieces of one ruling line that {@link RulingLines} found apart. A scanned line that drifts by a pixel
 * along its length (a page levelled to the nearest hundredth of a degree, a sheet not quite flat on the glass)
 * has its runs on two neighbouring pixel rows overlapping by less than half, so it is found as pieces lying one
 * beside the other, each overlapping the next along the line. Each piece alone may end between two lines
 * across it, where no ruling ends, and be dropped as a stray stroke; whole, the line runs from border to border.
 * Pieces are joined when they lie within {@link #ACROSS_MM} of each other across and overlap (or touch,
 * within {@link RulingLines#BRIDGE_MM}) along: two lines of a table are never so close.
 */
final class CollinearPieces {

    /** Two pieces this close across (mm) are one line: a blurred thin line is about 0.3 mm thick, two rulings are millimetres apart. */
    static final double ACROSS_MM = 0.25;

    private CollinearPieces() {
    }

    static List<RulingLines.Line> join(List<RulingLines.Line> lines, double dpi) {
        double across = ACROSS_MM * dpi / 25.4, bridge = Math.max(1, RulingLines.BRIDGE_MM * dpi / 25.4);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> lines.get(i).position()));
        for (int a = 0; a < n; a++) {
            RulingLines.Line p = lines.get(order[a]);
            for (int b = a + 1; b < n; b++) {
                RulingLines.Line q = lines.get(order[b]);
                if (q.position() - p.position() > across) break;
                if (q.horizontal() != p.horizontal()) continue;
                if (Math.min(p.to(), q.to()) - Math.max(p.from(), q.from()) >= -bridge) DisjointSets.union(parent, order[a], order[b]);
            }
        }
        List<RulingLines.Line> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (DisjointSets.find(parent, i) != i) continue;
            double weighted = 0, length = 0, low = Double.MAX_VALUE, high = -Double.MAX_VALUE;
            int from = Integer.MAX_VALUE, to = Integer.MIN_VALUE;
            RulingLines.Line first = lines.get(i);
            for (int j = i; j < n; j++) {
                if (DisjointSets.find(parent, j) != i) continue;
                RulingLines.Line l = lines.get(j);
                weighted += l.position() * l.length();
                length += l.length();
                from = Math.min(from, l.from());
                to = Math.max(to, l.to());
                low = Math.min(low, l.position() - l.thickness() / 2.0);
                high = Math.max(high, l.position() + l.thickness() / 2.0);
            }
            out.add(new RulingLines.Line(first.horizontal(), length == 0 ? first.position() : weighted / length, from, to,
                    Math.max(first.thickness(), (int) Math.round(high - low))));
        }
        return out;
    }
}
