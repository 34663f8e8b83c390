package org.gkml.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a PDF draws last on every page, after the table's text: a watermark stamped over the page (南江 ⏎ 县人 ⏎ 民政
 * ⏎ 府网 ⏎ 站) or the like. In PDF-flow text it follows the last row's marks at the end of the text and stands, line
 * for line the same, before the header every page repeats. Row text after a row's marks (a remark) is not the
 * same before every page's header.
 */
final class PageEndBlock {

    private PageEndBlock() {
    }

    /**
     * The body without such a block.
     *
     * @param body       the body's pieces, repeated headers already left out
     * @param pageStarts where a repeated header stood in {@code body} (the index of the piece after it)
     */
    static List<Fragment> without(List<Fragment> body, List<Integer> pageStarts) {
        if (pageStarts.isEmpty() || body.isEmpty()) return body;
        int lastTick = -1;
        for (int i = body.size() - 1; i >= 0 && lastTick < 0; i--) if (FlowRowSolver.isTick(body.get(i).text())) lastTick = i;
        if (lastTick < 0 || lastTick == body.size() - 1) return body;
        List<String> block = lines(body, lastTick + 1, body.size());
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[]{lastTick + 1, body.size()});
        for (int start : pageStarts) {
            int from = start;
            int seen = 0;
            int line = -1;
            // the pieces of block.size() whole lines right before the page's header
            while (from > 0) {
                int l = body.get(from - 1).line();
                if (l != line) {
                    if (seen == block.size()) break;
                    seen++;
                    line = l;
                }
                from--;
            }
            if (from <= 0 || !lines(body, from, start).equals(block)) return body;
            spans.add(new int[]{from, start});
        }
        boolean[] drop = new boolean[body.size()];
        for (int[] sp : spans) for (int i = sp[0]; i < sp[1]; i++) drop[i] = true;
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) if (!drop[i]) out.add(body.get(i));
        return out;
    }

    /** The texts of the lines of pieces {@code from} to {@code to - 1}, a line's pieces joined by a space. */
    static List<String> lines(List<Fragment> body, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Fragment f = body.get(i);
            if (i == from || f.line() != body.get(i - 1).line()) out.add(f.text());
            else out.set(out.size() - 1, out.get(out.size() - 1) + " " + f.text());
        }
        return out;
    }
}
