package org.gkml.extract.text;

import java.util.List;

/**
 * Whether a flow table's 序号 numbers groups rather than rows: most numbered rows hold sub-rows that open a
 * 二级事项 of their own (several items under one number, 序号 merged over them like the 一级事项). Then each number opens a group of its own,
 * and the group's 一级事项 is printed in its first sub-row: a numbered row that leaves it empty ran it into the
 * 二级事项 (PDFBox writes a 一级事项 on the 序号's line and the 二级事项 on the next with no blank between:
 * {@code 1 机构信息} ⏎ {@code 机构职能}). Where 序号 numbers each row, a 一级事项 merged over several numbers is printed
 * once and the rows under it leave it empty.
 */
final class SeqNumbersGroups {

    private SeqNumbersGroups() {
    }

    /** Whether more than half of the numbered rows hold a sub-row starting in {@code itemColumn} (the 二级事项's). */
    static boolean numbersGroups(List<FlowTextReader.PlacedRow> rows, int itemColumn) {
        int numbered = 0, grouped = 0;
        for (FlowTextReader.PlacedRow row : rows) {
            if (row.seq() == null) continue;
            numbered++;
            FlowRowSolver.Placement p = row.placement();
            for (int i = 0; i < p.move().length; i++) {
                if (p.move()[i] == FlowRowSolver.Move.NEW_SUB_ROW && p.column()[i] == itemColumn) {
                    grouped++;
                    break;
                }
            }
        }
        return numbered > 0 && 2 * grouped > numbered;
    }
}
