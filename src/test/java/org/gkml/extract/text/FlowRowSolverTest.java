package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FlowRowSolver on one numbered row of a few pieces, its 序号 already placed in column 0. */
class FlowRowSolverTest {

    private static final TextVocabulary VOCABULARY = TextVocabulary.of(Mappings.builtIn());
    private static final FlowRowSolver.Move NEW = FlowRowSolver.Move.NEW_CELL, ON = FlowRowSolver.Move.CONTINUE,
            SUB = FlowRowSolver.Move.NEW_SUB_ROW;

    private static FlowHeader.Column text(String label, Field field) {
        return new FlowHeader.Column(label, null, field, null);
    }

    private static FlowHeader.Column tick(String label, Field field, String option) {
        return new FlowHeader.Column(label, "公开方式", field, option);
    }

    /** A piece that starts its line (CJK characters are one wide each). */
    private static Fragment line(String text) {
        return new Fragment(text, 1, true);
    }

    private static FlowRowSolver.Placement solve(List<FlowHeader.Column> columns, double[] widths, Fragment... pieces) {
        return new FlowRowSolver(VOCABULARY, columns, widths, 1).solve(List.of(pieces), 0);
    }

    private static final List<FlowHeader.Column> TICKS = List.of(text("序号", Field.SEQ), text("二级事项", Field.ITEM),
            text("公开内容", Field.CONTENT), tick("主动", Field.DISCLOSURE_MODE, "主动公开"),
            tick("依申请", Field.DISCLOSURE_MODE, "依申请公开"));

    private static final List<FlowHeader.Column> FOUR = List.of(text("序号", Field.SEQ), text("二级事项", Field.ITEM),
            text("公开内容", Field.CONTENT), text("责任科室", Field.RESPONSIBLE));

    @Test
    void aTickGoesInATickColumnAndTextDoesNot() {
        FlowRowSolver.Placement p = solve(TICKS, new double[]{Double.NaN, 4, 8, 1, 1},
                line("机构职能"), line("主要职责"), line("√"));
        assertArrayEquals(new int[]{1, 2, 3}, p.column());
        assertArrayEquals(new FlowRowSolver.Move[]{NEW, NEW, NEW}, p.move());
    }

    @Test
    void twoTicksInARowFillTwoTickColumns() {
        // a tick column holds one mark: the second cannot go on the first's cell
        FlowRowSolver.Placement p = solve(TICKS, new double[]{Double.NaN, 4, 8, 1, 1},
                line("机构职能"), line("主要职责"), line("√"), line("√"));
        assertEquals(3, p.column()[2]);
        assertEquals(4, p.column()[3]);
    }

    @Test
    void aPieceWiderThanAColumnDoesNotGoInIt() {
        // eleven wide: the item column (four) cannot hold it, the content column (ten, and a character's slack) can
        FlowRowSolver.Placement p = solve(FOUR, new double[]{Double.NaN, 4, 10, 4},
                line("机构职能和机构设置情况"), line("主要职责"), line("办公室"));
        assertArrayEquals(new int[]{2, 2, 3}, p.column());
    }

    @Test
    void aFullLineWhoseWordRunsOnIsContinuedByTheNextLine() {
        // 办|公室: the line fills its column and a word spans the break, so 公室 is not the 责任科室 it could fit
        FlowRowSolver.Placement p = solve(FOUR, new double[]{Double.NaN, 4, 10, 3},
                line("机构职能"), line("主要职责内设机构和办"), line("公室"));
        assertArrayEquals(new int[]{1, 2, 2}, p.column());
        assertEquals(ON, p.move()[2]);
    }

    @Test
    void anItemAfterTheRowsLastColumnStartsASubRow() {
        FlowRowSolver.Placement p = solve(FOUR, new double[]{Double.NaN, 4, 10, 4},
                line("机构职能"), line("主要职责和内设机构"), line("办公室"), line("领导信息"), line("领导姓名及分工"), line("办公室"));
        assertArrayEquals(new int[]{1, 2, 3, 1, 2, 3}, p.column());
        assertEquals(SUB, p.move()[3]);
    }

    @Test
    void nothingGoesIntoTheSeqColumnEvenWithoutAnAnchor() {
        // rows without 序号 anchors may start anywhere, yet a new row of a word with no signal (其他) starts at the item
        FlowRowSolver.Placement p = new FlowRowSolver(VOCABULARY, FOUR, new double[]{Double.NaN, 4, 10, 4}, 0)
                .solve(List.of(line("机构职能"), line("主要职责和内设机构"), line("办公室"), line("其他")), -1);
        assertArrayEquals(new int[]{1, 2, 3, 1}, p.column());
        assertEquals(SUB, p.move()[3]);
    }

    @Test
    void checkAndNoTickMarksAreKnown() {
        assertTrue(FlowRowSolver.isTick("√"));
        assertTrue(FlowRowSolver.isNoTick("/"));
        assertTrue(FlowRowSolver.isNoTick("无"));
        assertFalse(FlowRowSolver.isTick("主动"));
        assertFalse(FlowRowSolver.isNoTick("无偿"));
    }

    /** Line numbers of a body's line starts (one piece a line): blank lines are the gaps. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1 2 4 5 6 8 9 10 12|true",      // a blank line after every few lines: paragraph ends, cell ends
            "1 3 5 7 9 11 13|false",         // a blank line after every line: says nothing
            "1 2 3 4 5 6 7|false",           // none
            "1 2 4 6 7 9|false",             // as many after a blank line as not
    })
    void blankLinesMarkCellsOnlyWhereTheyAreTheExceptionButPresent(String lines, boolean marks) {
        List<Fragment> body = new java.util.ArrayList<>();
        for (String l : lines.split(" ")) body.add(new Fragment("文字", Integer.parseInt(l), true));
        assertEquals(marks, FlowRowSolver.paragraphsMarkCells(body));
    }
}
