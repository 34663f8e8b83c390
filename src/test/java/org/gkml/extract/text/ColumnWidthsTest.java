package org.gkml.extract.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnWidthsTest {

    private static final FlowRowSolver.Move NEW = FlowRowSolver.Move.NEW_CELL, ON = FlowRowSolver.Move.CONTINUE;

    /** A piece starting its line; CJK characters count one each, so "一二三" is 3 wide. */
    private static Fragment line(String text) {
        return new Fragment(text, 1, true);
    }

    private static Fragment sameLine(String text) {
        return new Fragment(text, 1, false);
    }

    /** One placed row: pieces, their columns and moves given side by side. */
    private static final class Row {
        final List<Fragment> pieces = new ArrayList<>();
        final List<Integer> columns = new ArrayList<>();
        final List<FlowRowSolver.Move> moves = new ArrayList<>();

        Row piece(Fragment f, int column, FlowRowSolver.Move move) {
            pieces.add(f);
            columns.add(column);
            moves.add(move);
            return this;
        }

        FlowTextReader.PlacedRow placed() {
            int[] col = columns.stream().mapToInt(Integer::intValue).toArray();
            return new FlowTextReader.PlacedRow(null, pieces, new FlowRowSolver.Placement(col, moves.toArray(FlowRowSolver.Move[]::new)), -1);
        }
    }

    private static double[] learn(double[] previous, Row... rows) {
        List<FlowTextReader.PlacedRow> placed = new ArrayList<>();
        for (Row r : rows) placed.add(r.placed());
        return ColumnWidths.learn(TextVocabulary.of(org.gkml.vocabulary.Mappings.builtIn()).breaks(), placed, previous.length, previous);
    }

    @Test
    void aLabelWrappedOverLinesShowsItsColumnsWidth() {
        List<Fragment> fragments = List.of(line("公开依"), line("据"), line("序号"), line("公开内容"), line("（要素）"));
        List<FlowHeader.Label> labels = List.of(new FlowHeader.Label("公开依据", 0, 2), new FlowHeader.Label("序号", 2, 3),
                new FlowHeader.Label("公开内容（要素）", 3, 5));
        // 序号 in one piece was not wrapped; before a bracket the writer broke the line, not the column
        assertEquals(Map.of("公开依据", 3.0), ColumnWidths.fromHeader(labels, fragments));
    }

    @Test
    void aLabelBrokenOnlyBetweenWholeWordsSaysNothingOfTheWidth() {
        // 一级 ⏎ 事项 and 公开 ⏎ 时限 may be broken by hand (the cells below run 4 and 7 wide); 公开依 ⏎ 据 splits 依据
        List<Fragment> fragments = List.of(line("一级"), line("事项"), line("公开"), line("时限"), line("公开依"), line("据"));
        List<FlowHeader.Label> labels = List.of(new FlowHeader.Label("一级事项", 0, 2), new FlowHeader.Label("公开时限", 2, 4),
                new FlowHeader.Label("公开依据", 4, 6));
        assertEquals(Map.of("公开依据", 3.0), ColumnWidths.fromHeader(labels, fragments));
    }

    @Test
    void theWidthIsThatOfTheFullLinesOfWrappedCells() {
        Row a = new Row().piece(line("一二三四五六七八九十"), 1, NEW).piece(line("一二三四五六七八九十"), 1, ON).piece(line("尾"), 1, ON);
        Row b = new Row().piece(line("一二三四五六七"), 1, NEW).piece(line("两字"), 1, ON);
        // column 1: 10 twice, 7 once; the last line of a cell (尾, 两字) is never measured
        assertArrayEquals(new double[]{Double.NaN, 10}, learn(new double[]{Double.NaN, Double.NaN}, a, b));
    }

    @Test
    void aWidthThatLeftItsColumnEmptyInEveryRowIsDropped() {
        // the header's 一级 ⏎ 事项 (broken by hand, or set in a larger font) said 2 wide; no row put a piece in
        // column 1 under it, its text (养老服务 ⏎ 通用政策) pushed right: the width is not known, not 2
        Row a = new Row().piece(line("养老服务"), 2, NEW).piece(line("通用政策"), 2, ON).piece(line("信息公开规定"), 3, NEW);
        Row b = new Row().piece(line("养老服务扶持政"), 2, NEW).piece(line("策措施清单"), 2, ON);
        double[] w = learn(new double[]{Double.NaN, 2, 5, 6}, a, b);
        assertEquals(Double.NaN, w[1]);
        assertEquals(7, w[2]);   // the commonest full line, widest on a tie
        assertEquals(6, w[3]);   // a column with pieces but no wrapped line keeps what it had
    }

    @Test
    void theCommonestWidthWinsOverAWiderOne() {
        // a piece put in the wrong column is wider than the column, but rarer than its full lines
        Row a = new Row().piece(line("一二三四五六七八九"), 0, NEW).piece(line("一二三四五六七八九"), 0, ON).piece(line("尾"), 0, ON);
        Row b = new Row().piece(line("一二三四五六七八九十"), 0, NEW).piece(line("尾"), 0, ON);
        assertArrayEquals(new double[]{9}, learn(new double[]{Double.NaN}, a, b));
    }

    @Test
    void onATieTheWiderWidthWins() {
        Row a = new Row().piece(line("一二三四五六七八"), 0, NEW).piece(line("尾"), 0, ON);
        Row b = new Row().piece(line("一二三四五六七八九十"), 0, NEW).piece(line("尾"), 0, ON);
        assertArrayEquals(new double[]{10}, learn(new double[]{Double.NaN}, a, b));
    }

    @Test
    void onlyALineWrappedOntoTheNextLineIsMeasured() {
        Row sideBySide = new Row().piece(line("一二三四五六"), 0, NEW).piece(sameLine("二二"), 0, ON);
        Row newCell = new Row().piece(line("一二三四五六"), 0, NEW).piece(line("二二"), 1, NEW);
        Row listItem = new Row().piece(line("（1）一二三四五"), 0, NEW).piece(line("（2）二二"), 0, ON);
        assertArrayEquals(new double[]{4, 7}, learn(new double[]{4, 7}, sideBySide, newCell, listItem));
    }

    @Test
    void channelsTypedOneALineDoNotMeasureTheColumn() {
        // 政府网站 ⏎ 两微一端 ⏎ 入户/现场 ⏎ 社区/企事业单位/村公示 ⏎ 栏（电子屏）: only the wrapped name shows the width
        Row a = new Row().piece(line("政府网站"), 0, NEW).piece(line("两微一端"), 0, ON).piece(line("入户/现场"), 0, ON)
                .piece(line("社区/企事业单位/村公示"), 0, ON).piece(line("栏（电子屏）"), 0, ON);
        Row b = new Row().piece(line("政府网站"), 0, NEW).piece(line("政务服务中心"), 0, ON).piece(line("社区/企事业单位/村公示"), 0, ON)
                .piece(line("栏（电子屏）"), 0, ON);
        assertArrayEquals(new double[]{new Fragment("社区/企事业单位/村公示", 1, true).width()}, learn(new double[]{Double.NaN}, a, b));
    }
}
