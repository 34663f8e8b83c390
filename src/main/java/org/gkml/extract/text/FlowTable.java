package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the table model from placed PDF-flow rows: a two-row header, then one table row per sub-row, a
 * cell a sub-row leaves empty being the merged cell from the sub-row above (so shared group cells span).
 * Tick marks, whose column a text flow cannot show, get one per tick group; a time limit put out of order
 * by the PDF's text extraction is repaired ({@link ScrambledDeadline}).
 */
final class FlowTable {

    /**
     * A √ whose sub-column the text does not show is read as its group's first option only in a group of two
     * (全社会 / 特定群体, 主动公开 / 依申请公开: the first is the usual answer); in a larger one it is dropped.
     */
    private static final int MAX_GUESSED_TICK_GROUP = 2;

    private final String name;
    private final List<FlowHeader.Column> columns;
    private final List<Warning> warnings;
    private boolean tickWarned;
    private boolean unplacedWarned;
    private boolean varyingWarned;
    /** The number of marks of each row of the table ({@link MarkCounts}). */
    private MarkCounts marks = new MarkCounts(List.of());

    FlowTable(String name, List<FlowHeader.Column> columns, List<Warning> warnings) {
        this.name = name;
        this.columns = columns;
        this.warnings = warnings;
    }

    /** A cell while rows are built: mutable row span. */
    private static final class Draft {
        final int row;
        final int col;
        int rowSpan = 1;
        final String text;
        final Provenance source;

        Draft(int row, int col, String text, Provenance source) {
            this.row = row;
            this.col = col;
            this.text = text;
            this.source = source;
        }
    }

    Table build(List<FlowTextReader.PlacedRow> rows) {
        marks = markCounts(rows);
        List<Cell> cells = new ArrayList<>(headerCells());
        int r = 2;
        Draft[] group = new Draft[columns.size()];
        // The last cell of each column in the row above, for a row under cells merged down from it.
        Draft[] lastRow = new Draft[columns.size()];
        List<Draft> drafts = new ArrayList<>();
        for (FlowTextReader.PlacedRow row : rows) {
            List<Map<Integer, Draft>> subRows = subRows(row, r);
            Draft[] above = new Draft[columns.size()];
            boolean[] carried = new boolean[columns.size()];
            // A numbered row printing no 一级事项 (or 领域) sits under the merged group cell of the rows above.
            for (int c = 0; c < columns.size(); c++) {
                if (isGroupColumn(c) && group[c] != null && !subRows.get(0).containsKey(c)) {
                    group[c].rowSpan += subRows.size();
                    carried[c] = true;
                }
            }
            // A row printing only its names and marks under a row with content, basis …: those were merged down.
            if (subRows.size() == 1 && MergedDownRow.isUnderAbove(textFields(subRows.get(0).keySet()), textFields(lastRow))) {
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).isTick() || carried[c] || lastRow[c] == null || subRows.get(0).containsKey(c)) continue;
                    if (!MergedDownRow.carries(columns.get(c).field())) continue;
                    lastRow[c].rowSpan++;
                    above[c] = lastRow[c];
                    carried[c] = true;
                }
            }
            for (Map<Integer, Draft> sub : subRows) {
                for (int c = 0; c < columns.size(); c++) {
                    Draft d = sub.get(c);
                    if (d != null) above[c] = d;
                    else if (above[c] != null && !carried[c]) above[c].rowSpan++;
                }
            }
            lastRow = above;
            for (int c = 0; c < columns.size(); c++) if (isGroupColumn(c) && above[c] != null) group[c] = above[c];
            for (Map<Integer, Draft> sub : subRows) drafts.addAll(sub.values());
            r += subRows.size();
        }
        // Spans are final only now: a group cell grows while later rows sit under it.
        for (Draft d : drafts) cells.add(new Cell(d.row, d.col, d.rowSpan, 1, d.text, d.source));
        return new Table(cells, true);
    }

    /** The fields of the non-tick columns among these. */
    private java.util.Set<Field> textFields(java.util.Collection<Integer> cols) {
        java.util.Set<Field> out = java.util.EnumSet.noneOf(Field.class);
        for (int c : cols) if (!columns.get(c).isTick()) out.add(columns.get(c).field());
        return out;
    }

    private java.util.Set<Field> textFields(Draft[] row) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < row.length; c++) if (row[c] != null) cols.add(c);
        return textFields(cols);
    }

    /** The number of pieces in tick columns of each sub-row. */
    private MarkCounts markCounts(List<FlowTextReader.PlacedRow> rows) {
        List<Integer> counts = new ArrayList<>();
        for (FlowTextReader.PlacedRow row : rows) {
            int n = 0;
            for (int i = 0; i < row.pieces().size(); i++) {
                if (row.placement().move()[i] == FlowRowSolver.Move.NEW_SUB_ROW) {
                    counts.add(n);
                    n = 0;
                }
                if (columns.get(row.placement().column()[i]).isTick()) n++;
            }
            counts.add(n);
        }
        return new MarkCounts(counts);
    }

    private boolean isGroupColumn(int c) {
        Field f = columns.get(c).field();
        return !columns.get(c).isTick() && (f == Field.CATEGORY || f == Field.DOMAIN || FlowHeader.hasFinerLevelRight(columns, c));
    }

    private List<Cell> headerCells() {
        List<Cell> out = new ArrayList<>();
        Provenance p = Provenance.ofLine(name, 0);
        for (int c = 0; c < columns.size(); c++) {
            FlowHeader.Column col = columns.get(c);
            if (col.parent() == null) {
                out.add(new Cell(0, c, 2, 1, col.label(), p));
                continue;
            }
            int span = 1;
            while (c + span < columns.size() && col.parent().equals(columns.get(c + span).parent())) span++;
            out.add(new Cell(0, c, 1, span, col.parent(), p));
            for (int k = 0; k < span; k++) out.add(new Cell(1, c + k, columns.get(c + k).label(), p));
            c += span - 1;
        }
        return out;
    }

    /** The row's cells by sub-row: pieces in one column and sub-row joined (same line with a space). */
    private List<Map<Integer, Draft>> subRows(FlowTextReader.PlacedRow row, int firstRow) {
        List<Map<Integer, List<Fragment>>> pieces = new ArrayList<>();
        pieces.add(new LinkedHashMap<>());
        if (row.seq() != null) pieces.get(0).computeIfAbsent(row.seqCol(), k -> new ArrayList<>()).add(row.seq());
        int[] col = row.placement().column();
        FlowRowSolver.Move[] move = row.placement().move();
        for (int i = 0; i < row.pieces().size(); i++) {
            if (move[i] == FlowRowSolver.Move.NEW_SUB_ROW) pieces.add(new LinkedHashMap<>());
            pieces.get(pieces.size() - 1).computeIfAbsent(col[i], k -> new ArrayList<>()).add(row.pieces().get(i));
        }
        List<Map<Integer, Draft>> out = new ArrayList<>();
        for (int s = 0; s < pieces.size(); s++) {
            Map<Integer, List<Fragment>> sub = placeTicks(pieces.get(s));
            Map<Integer, Draft> drafts = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<Fragment>> e : sub.entrySet()) {
                String text = columns.get(e.getKey()).field() == Field.CHANNELS ? joinLines(e.getValue()) : join(e.getValue());
                if (columns.get(e.getKey()).field() == Field.TIME_LIMIT) text = repairDeadline(text, e.getValue().get(0));
                drafts.put(e.getKey(), new Draft(firstRow + s, e.getKey(), text, Provenance.ofLine(name, e.getValue().get(0).line())));
            }
            out.add(drafts);
        }
        return out;
    }

    private static String join(List<Fragment> pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0 && !pieces.get(i).firstOnLine() && pieces.get(i).line() == pieces.get(i - 1).line()) b.append(' ');
            b.append(pieces.get(i).text());
        }
        return b.toString();
    }

    /**
     * A channel cell keeps its line breaks: a channel typed one a line and a name wrapped by its column look
     * alike in a flow text, and the channel reading tells them apart by the names it knows.
     */
    private static String joinLines(List<Fragment> pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) b.append(pieces.get(i).line() == pieces.get(i - 1).line() ? " " : "\n");
            b.append(pieces.get(i).text());
        }
        return b.toString();
    }

    private String repairDeadline(String text, Fragment at) {
        String repaired = ScrambledDeadline.repair(text);
        if (!repaired.equals(text)) {
            warnings.add(new Warning(WarningCode.REORDERED_TIME_LIMIT, "time limit '" + text + "' put back in reading order as '"
                    + repaired + "'", Provenance.ofLine(name, at.line())));
        }
        return repaired;
    }

    /**
     * A text flow shows how many √ a row has, not under which sub-column. When there is one √ per tick group
     * (e.g. 主动公开 / 依申请公开 and 决策 … 结果), each goes to its group's first sub-column where the group
     * has two (the usual 全社会 / 主动公开 case); in a larger group the position is unknown and it is dropped.
     */
    private Map<Integer, List<Fragment>> placeTicks(Map<Integer, List<Fragment>> sub) {
        List<Integer> tickCols = sub.keySet().stream().filter(c -> columns.get(c).isTick()).toList();
        if (tickCols.isEmpty()) return sub;
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isTick()) continue;
            if (groups.isEmpty() || columns.get(c - 1).field() != columns.get(c).field() || !columns.get(c - 1).isTick()) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(c);
        }
        int tickColumns = groups.stream().mapToInt(List::size).sum();
        // A mark or a "/" in every tick column: the positions are known, nothing to guess.
        if (tickCols.size() == tickColumns) return sub;
        Map<Integer, List<Fragment>> out = new LinkedHashMap<>(sub);
        List<Fragment> marks = new ArrayList<>();
        for (Integer c : tickCols) marks.addAll(out.remove(c));
        if (tickCols.size() != groups.size()) {
            // Fewer marks than columns, and not one a group: any placement would be a guess, and a wrong tick
            // reads as a fact. The row's tick fields stay empty.
            if (!unplacedWarned) {
                unplacedWarned = true;
                warnings.add(new Warning(WarningCode.TICK_POSITION_UNKNOWN, marks.size() + " √ under " + tickColumns
                        + " tick columns: the text does not show which columns they stand in, so the tick fields of this row"
                        + " and of any other like it are left empty", Provenance.ofLine(name, marks.get(0).line())));
            }
            return out;
        }
        if (!this.marks.uniform()) {
            // One mark per group in this row, but other rows carry more or fewer: the catalog was ticked row by
            // row, and this row's mark in a group may as well be the other option.
            if (!varyingWarned) {
                varyingWarned = true;
                warnings.add(new Warning(WarningCode.TICK_POSITION_UNKNOWN, marks.size() + " √, one per tick group, but the rows carry "
                        + this.marks.min() + " to " + this.marks.max() + " marks: the catalog is ticked row by row, so a mark is not read"
                        + " as its group's first option; the tick fields of this row and of any other like it are left empty",
                        Provenance.ofLine(name, marks.get(0).line())));
            }
            return out;
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            if (group.size() <= MAX_GUESSED_TICK_GROUP) out.put(group.get(0), List.of(marks.get(g)));
        }
        if (!tickWarned) {
            tickWarned = true;
            warnings.add(new Warning(WarningCode.TICK_POSITION_GUESSED, "the text does not show which sub-column a √ is in: one √ per group was "
                    + "read as its first option (全社会, 主动公开), and left out where a group has more than two options",
                    Provenance.ofLine(name, marks.get(0).line())));
        }
        return out;
    }
}
