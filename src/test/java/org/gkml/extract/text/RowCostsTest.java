package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What RowCosts keeps equals what is worked out afresh, and it is worked out once. */
class RowCostsTest {

    private static final TextVocabulary VOCABULARY = TextVocabulary.of(Mappings.builtIn());
    private static final CellBreaks BREAKS = VOCABULARY.breaks();
    private static final double[] WIDTHS = {Double.NaN, 3, 5, 6.5, 8, 9.5, 10, 12, 20};

    @Test
    void keptBreakReadingsAddUpToTheWholeEvidenceOverTheSeedsPieces() throws Exception {
        List<Fragment> pieces = SeedPieces.all().subList(0, 600);
        RowCosts row = new RowCosts(pieces, BREAKS);
        for (int next = 1; next < pieces.size(); next++) {
            Fragment prev = pieces.get(next - 1);
            Fragment f = pieces.get(next);
            assertEquals(CellBreaks.wordSpansBreak(prev.text(), f.text()), row.spans(next), prev.text() + "|" + f.text());
            for (int start = Math.max(0, next - 4); start < next; start++) {
                RowCosts.Run run = row.run(start, next);
                assertEquals(text(pieces, start, next), run.text());
                for (double w : WIDTHS) {
                    double whole = BREAKS.evidence(prev, f, run.text(), w);
                    assertEquals(whole, run.evidence() + BREAKS.lineEvidence(prev, f, w, row.spans(next), row.widthSaysNothing(next)),
                            run.text() + "|" + f.text() + " width " + w);
                }
            }
        }
    }

    @Test
    void aCellIsCostedOnceAndItsRunReadOnceForEveryColumn() {
        List<Fragment> pieces = List.of(line("信息产生或者变更之"), line("日起20个工作日内"), line("政府网站"));
        RowCosts row = new RowCosts(pieces, BREAKS);
        AtomicInteger costed = new AtomicInteger();
        RowCosts.CellCoster coster = (run, next, column) -> {
            costed.incrementAndGet();
            return new RowCosts.Cell(run.text(), run.evidence() + column, 0);
        };
        RowCosts.Cell first = row.cell(0, 2, 3, coster);
        assertSame(first, row.cell(0, 2, 3, coster));
        assertEquals(1, costed.get());
        RowCosts.Cell other = row.cell(0, 2, 4, coster);
        assertEquals(2, costed.get());
        assertEquals(first.evidence() + 1, other.evidence());
        assertSame(row.run(0, 2), row.run(0, 2));
        assertEquals("信息产生或者变更之日起20个工作日内", first.text());
    }

    @Test
    void solvingAgainWithKeptCostsPlacesAsSolvingAfresh() throws Exception {
        List<FlowHeader.Column> columns = List.of(new FlowHeader.Column("序号", null, Field.SEQ, null),
                new FlowHeader.Column("二级事项", null, Field.ITEM, null), new FlowHeader.Column("公开内容", null, Field.CONTENT, null),
                new FlowHeader.Column("公开依据", null, Field.BASIS, null), new FlowHeader.Column("公开时限", null, Field.TIME_LIMIT, null),
                new FlowHeader.Column("公开渠道", null, Field.CHANNELS, null), new FlowHeader.Column("责任科室", null, Field.RESPONSIBLE, null));
        List<Fragment> pieces = SeedPieces.all().subList(40, 75);
        RowCosts kept = new RowCosts(pieces, BREAKS);
        SignalCache signals = new SignalCache(VOCABULARY.signals());
        double[][] passes = {{Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN},
                {Double.NaN, 9, 10, 12, 10, 12, 5}, {Double.NaN, 8, 11, 13, 9.5, 12, 4}};
        for (double[] widths : passes) {
            FlowRowSolver.Placement fresh = new FlowRowSolver(VOCABULARY, columns, widths, 1).solve(pieces, 0);
            FlowRowSolver.Placement again = new FlowRowSolver(VOCABULARY, signals, columns, widths, 1).solve(kept, 0);
            assertArrayEquals(fresh.column(), again.column());
            assertArrayEquals(fresh.move(), again.move());
        }
    }

    @Test
    void aBreakBetweenPiecesNotNextToEachOtherInTheTextIsOutOfOrder() {
        // 其他法律服务网 (line 3) ⏎ √ √ (line 5) ⏎ 注：… (line 7), the note put back before the marks
        List<Fragment> pieces = List.of(new Fragment("政府网站", 1, true), new Fragment("其他法律服务网", 3, true),
                new Fragment("注：有关公开信息可推送", 7, true), new Fragment("网。", 8, true),
                new Fragment("√", 5, true), new Fragment("√", 5, false));
        RowCosts row = new RowCosts(pieces, BREAKS);
        assertFalse(row.outOfOrder(1));   // after a blank line, nothing of the row between
        assertTrue(row.outOfOrder(2));    // the marks' line lies between
        assertFalse(row.outOfOrder(3));   // the next line
        assertTrue(row.outOfOrder(4));    // back to an earlier line
        assertFalse(row.outOfOrder(5));   // side by side
    }

    private static String text(List<Fragment> pieces, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(pieces.get(i).text());
        return b.toString();
    }

    private static Fragment line(String text) {
        return new Fragment(text, 1, true);
    }
}
