package org.gkml.extract.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A block drawn last on every page (a watermark) stands after the last marks and before every repeated header. */
class PageEndBlockTest {

    /** Pieces one a line from the given texts, line numbers counting on from {@code line}; "|" puts two on a line. */
    private static List<Fragment> lines(int line, String... texts) {
        List<Fragment> out = new ArrayList<>();
        for (String t : texts) {
            boolean first = true;
            for (String p : t.split("\\|")) {
                out.add(new Fragment(p, line, first));
                first = false;
            }
            line++;
        }
        return out;
    }

    private static List<String> texts(List<Fragment> f) {
        return f.stream().map(Fragment::text).toList();
    }

    @Test
    void aBlockAfterTheLastMarksAndBeforeEveryPagesHeaderIsLeftOut() {
        List<Fragment> body = new ArrayList<>(lines(1, "1", "项目公示", "√|√", "南江", "县人", "民政"));
        int page2 = body.size();                      // the header repeated here was left out
        body.addAll(lines(20, "2", "资金分配", "√|√", "南江", "县人", "民政"));
        List<Fragment> out = PageEndBlock.without(body, List.of(page2));
        assertEquals(List.of("1", "项目公示", "√", "√", "2", "资金分配", "√", "√"), texts(out));
    }

    @Test
    void textAfterTheMarksThatDiffersBeforeAPagesHeaderStays() {
        // a remark drawn after its row's marks, on one page only
        List<Fragment> body = new ArrayList<>(lines(1, "1", "项目公示", "√|√", "南江", "县人"));
        int page2 = body.size();
        body.addAll(lines(20, "2", "资金分配", "√|√", "注：有关信息", "推送至省网"));
        assertEquals(body, PageEndBlock.without(body, List.of(page2)));
        // and nothing is left out without a repeated header, nor when the text ends with marks
        List<Fragment> single = lines(1, "1", "项目公示", "√|√", "南江", "县人");
        assertEquals(single, PageEndBlock.without(single, List.of()));
        List<Fragment> endsWithMarks = lines(1, "1", "项目公示", "√|√", "2", "资金分配", "√|√");
        assertEquals(endsWithMarks, PageEndBlock.without(endsWithMarks, List.of(3)));
    }
}
