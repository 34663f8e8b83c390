package org.gkml.extract.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which cells are read again alone, and which reading is kept (confidences as Tesseract gave them on the wsjk scan). */
class DoubtfulCellsTest {

    /** Words on one line each, as a stacked label reads (序 over 号), from text and confidence pairs; "⏎" starts no word. */
    private static List<OcrWord> read(Object... textAndConfidence) {
        return words(true, textAndConfidence);
    }

    /** Words on one line. */
    private static List<OcrWord> line(Object... textAndConfidence) {
        return words(false, textAndConfidence);
    }

    private static List<OcrWord> words(boolean linePerWord, Object... textAndConfidence) {
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < textAndConfidence.length; i += 2) {
            int top = linePerWord ? 30 * i : 0;
            out.add(new OcrWord(10 * i, top, 10 * i + 10, top + 20, top, top + 20, (String) textAndConfidence[i],
                    ((Number) textAndConfidence[i + 1]).doubleValue()));
        }
        return out;
    }

    @Test
    void aCellWithAWordUnderFiftyIsDoubtful() {
        assertEquals(true, DoubtfulCells.doubtful(read("业", 0)));
        assertEquals(true, DoubtfulCells.doubtful(read("序", 92, "和", 22)));
        assertEquals(false, DoubtfulCells.doubtful(read("服务", 95, "项", 93, "目", 93)));
        assertEquals(false, DoubtfulCells.doubtful(read()), "an empty cell: the missed-lines reading looks after it");
        assertEquals(true, DoubtfulCells.doubtful(line("V", 48)), "a tick");
        assertEquals(false, DoubtfulCells.doubtful(line("招生", 91, "管", 38)), "a line of three characters is running text");
        assertEquals(false, DoubtfulCells.doubtful(line("工作", 96, "月", 69, "内", 47)));
    }

    @Test
    void aReadingThatIsAKnownWordWins() {
        java.util.function.Predicate<String> known = new OcrVocabulary(List.of("序号", "编号", "全社会"), java.util.Map.of("V", "√"))::knows;
        // the spyp clean scan's 序 over 号: stacked 订号, alone 订本, alone at 0.6 序号
        List<OcrWord> stacked = read("订", 0, "号", 97), alone = read("订", 0, "本", 15), smaller = read("序", 60, "号", 90);
        assertEquals(smaller, DoubtfulCells.better(stacked, alone, smaller, known));
        List<OcrWord> whole = read("全", 97, "社", 93, "会", 97);
        assertEquals(whole, DoubtfulCells.better(read("从", 45, "社", 93, "会", 97), whole, read(), known));
        // no known word among them: the surer of the first two
        List<OcrWord> one = read("1", 55);
        assertEquals(one, DoubtfulCells.better(read("业", 0), one, read("4", 70), known));
        assertEquals(stacked, DoubtfulCells.better(stacked, read("厅", 0, "号", 96), read("订", 10, "号", 90), known));
    }

    @Test
    void theSurerReadingIsKept() {
        Object[][] cases = {
                // stacked reading, alone reading, the alone one kept
                {read("业", 0), read("1", 55), true},
                {read("序", 92, "和", 22), read("序", 93, "号", 95), true},
                {read("从", 45, "社", 93, "会", 97), read("全", 97, "社", 93, "会", 97), true},
                // alone surer in the least, not in the mean, or the other way round: the stacked reading stays
                {read("序", 39, "号", 65), read("厅", 0, "号", 96), false},
                {read("拨", 2, "付", 92), read("挨", 12, "付", 60), false},
                // alone worse (藤寿 for 家庭): the stacked reading stays
                {read("家", 93, "尾", 24, "医", 0, "生", 93, "签", 72, "约", 93, "服务", 97), read("藤", 0, "寿", 14, "医", 0, "生", 92, "签", 74, "约", 93, "服务", 96), false},
                {read("业", 0), read(), false},
                {read("V", 48), read("V", 48), false},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked") List<OcrWord> first = (List<OcrWord>) c[0], again = (List<OcrWord>) c[1];
            assertEquals(c[2], DoubtfulCells.surer(again, first), first + " / " + again);
        }
    }
}
