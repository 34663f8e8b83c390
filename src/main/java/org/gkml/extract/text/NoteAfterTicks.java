package org.gkml.extract.text;

import org.gkml.catalog.Simplified;

import java.util.ArrayList;
import java.util.List;

/**
 * A remark written in a row's cell ("注：有关公开信息可推送…" under a channel list) that the PDF drew after the
 * row's √ marks, so that the flow text prints it after them, on lines of its own before the next 序号. No cell
 * begins after a row's last tick column, and no item begins with 注：, so it is put back where the row's other
 * cells end, before its marks: the remark goes on the cell beside them, as it does in the rows the PDF drew in
 * order. Markers are those of mappings/remark-markers.tsv. A remark after the last row's marks is not moved: it
 * is the note under the table.
 */
final class NoteAfterTicks {

    private final List<String> markers;

    /** @param markers remark markers with their colon (注：, 备注：), mappings/remark-markers.tsv */
    NoteAfterTicks(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /**
     * The row's pieces with a remark after its last √ moved before the run of marks it follows; the same list
     * when there is none.
     */
    List<Fragment> reorder(List<Fragment> row) {
        int lastTick = -1;
        for (int i = row.size() - 1; i >= 0 && lastTick < 0; i--) if (FlowRowSolver.isTick(row.get(i).text())) lastTick = i;
        int note = lastTick + 1;
        if (lastTick < 0 || note >= row.size() || !row.get(note).firstOnLine() || !opensRemark(row.get(note).text())) return row;
        int marks = lastTick;
        while (marks > 0 && isMark(row.get(marks - 1).text())) marks--;
        List<Fragment> out = new ArrayList<>(row.subList(0, marks));
        out.addAll(row.subList(note, row.size()));
        out.addAll(row.subList(marks, note));
        return out;
    }

    private static boolean isMark(String s) {
        return FlowRowSolver.isTick(s) || FlowRowSolver.isNoTick(s);
    }

    boolean opensRemark(String text) {
        String t = Simplified.fold(text);
        return markers.stream().anyMatch(t::startsWith);
    }
}
