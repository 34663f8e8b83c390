package org.gkml.vocabulary;

/** A tick column's cell (公开对象 全社会 / 特定群体, 主动 / 依申请, 五公开 types, levels): ticked or not. */
public final class Ticks {

    private Ticks() {
    }

    /** True when the cell holds a tick or filled box (mappings/checkboxes.tsv "selected"); blank or □ is not. */
    public static boolean isTicked(String cell) {
        if (cell == null) return false;
        return cell.codePoints().anyMatch(cp -> CheckMarks.of(cp) == CheckMarks.State.SELECTED);
    }
}
