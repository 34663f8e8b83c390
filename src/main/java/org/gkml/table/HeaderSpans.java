package org.gkml.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rebuilds the spans of a multi-row header from a source that lost them (a Word table exported to text):
 * an upper cell above an empty lower cell is merged down into it; an upper cell above a run of labelled
 * lower cells spans them (公开事项 over 一级事项 / 二级事项). Where one run must be shared by several upper
 * cells (公开对象 and 公开方式 over 全社会 / 特定群众 / 主动 / 依申请公开) the run is cut where the labels' group
 * changes, else evenly.
 */
public final class HeaderSpans {

    /** A header cell before placement: text and where it came from. */
    public record Label(String text, Provenance source) {
        boolean blank() {
            return text.replace('\u3000', ' ').isBlank();
        }
    }

    private record Slot(int col, int colSpan, int depth, boolean blank) {
    }

    private HeaderSpans() {
    }

    /**
     * @param rows    header rows, top first; the bottom row has one label per leaf column
     * @param groupOf a label's group (e.g. the schema field of a tick option), or null when it has none
     * @return the placed cells, or null when the rows cannot be reconciled
     */
    public static List<Cell> place(List<List<Label>> rows, Function<String, String> groupOf) {
        int bottom = rows.size() - 1;
        List<Cell> out = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<Label> leaves = rows.get(bottom);
        for (int c = 0; c < leaves.size(); c++) {
            Label l = leaves.get(c);
            slots.add(new Slot(c, 1, 1, l.blank()));
            if (!l.blank()) out.add(new Cell(bottom, c, l.text(), l.source()));
        }
        for (int r = bottom - 1; r >= 0; r--) {
            List<Slot> upperSlots = placeRow(r, rows.get(r), slots, rows.get(r + 1), groupOf, out);
            if (upperSlots == null) return null;
            slots = upperSlots;
        }
        return out;
    }

    private static List<Slot> placeRow(int r, List<Label> upper, List<Slot> lower, List<Label> lowerLabels,
                                       Function<String, String> groupOf, List<Cell> out) {
        List<Slot> result = new ArrayList<>();
        int u = 0;
        int s = 0;
        while (s < lower.size()) {
            if (u >= upper.size()) return null;
            if (lower.get(s).blank()) {
                Slot below = lower.get(s);
                Label l = upper.get(u++);
                int rowSpan = 1 + below.depth();
                if (!l.blank()) out.add(new Cell(r, below.col(), rowSpan, below.colSpan(), l.text(), l.source()));
                result.add(new Slot(below.col(), below.colSpan(), rowSpan, l.blank()));
                s++;
                continue;
            }
            int end = s;
            while (end < lower.size() && !lower.get(end).blank()) end++;
            int laterBlanks = 0;
            int laterRuns = 0;
            for (int t = end; t < lower.size(); t++) {
                if (lower.get(t).blank()) laterBlanks++;
                else if (t == end || lower.get(t - 1).blank()) laterRuns++;
            }
            int available = (upper.size() - u) - laterBlanks - laterRuns;
            if (available < 1) return null;
            // The last run takes every upper cell left; an earlier one as many as its label groups ask for.
            int owners = laterRuns == 0 ? available : Math.min(available, groupCount(s, end, lowerLabels, groupOf));
            for (int[] part : split(s, end, owners, lowerLabels, groupOf)) {
                Label l = upper.get(u++);
                Slot first = lower.get(part[0]);
                Slot last = lower.get(part[1] - 1);
                int span = last.col() + last.colSpan() - first.col();
                if (!l.blank()) out.add(new Cell(r, first.col(), 1, span, l.text(), l.source()));
                result.add(new Slot(first.col(), span, 1, l.blank()));
            }
            s = end;
        }
        return u == upper.size() ? result : null;
    }

    private static int groupCount(int from, int to, List<Label> labels, Function<String, String> groupOf) {
        int n = 1;
        for (int i = from + 1; i < to; i++) {
            if (!Objects.equals(groupOf.apply(labels.get(i).text()), groupOf.apply(labels.get(i - 1).text()))) n++;
        }
        return n;
    }

    /** Cuts the run [from, to) into {@code owners} parts: where the group changes if that gives the count, else evenly. */
    private static List<int[]> split(int from, int to, int owners, List<Label> labels, Function<String, String> groupOf) {
        List<int[]> parts = new ArrayList<>();
        if (owners == 1) {
            parts.add(new int[]{from, to});
            return parts;
        }
        int start = from;
        for (int i = from + 1; i < to; i++) {
            if (!Objects.equals(groupOf.apply(labels.get(i).text()), groupOf.apply(labels.get(i - 1).text()))) {
                parts.add(new int[]{start, i});
                start = i;
            }
        }
        parts.add(new int[]{start, to});
        if (parts.size() == owners) return parts;
        parts.clear();
        int len = to - from;
        int at = from;
        for (int k = 0; k < owners; k++) {
            int size = len / owners + (k < len % owners ? 1 : 0);
            if (size == 0) return parts; // more owners than labels: caller sees the shortfall
            parts.add(new int[]{at, at + size});
            at += size;
        }
        return parts;
    }
}
