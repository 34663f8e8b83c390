package org.gkml.table;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeaderSpansTest {

    private static List<HeaderSpans.Label> row(String... texts) {
        List<HeaderSpans.Label> out = new ArrayList<>();
        for (String t : texts) out.add(new HeaderSpans.Label(t, null));
        return out;
    }

    private static String layout(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        cells.stream().sorted((x, y) -> x.row() != y.row() ? x.row() - y.row() : x.col() - y.col())
                .forEach(c -> b.append(c.text()).append('@').append(c.row()).append(',').append(c.col())
                        .append(' ').append(c.rowSpan()).append('x').append(c.colSpan()).append("; "));
        return b.toString().strip();
    }

    @Test
    void groupOverTwoSubColumnsAndMergedCellsDown() {
        // 002: 8 cells above 10.
        List<Cell> cells = HeaderSpans.place(List.of(
                row("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象"),
                row("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体")), l -> null);
        assertEquals("序号@0,0 2x1; 公开事项@0,1 1x2; 公开内容@0,3 2x1; 公开依据@0,4 2x1; 公开时限@0,5 2x1; 公开主体@0,6 2x1; "
                + "公开渠道和载体@0,7 2x1; 公开对象@0,8 1x2; 一级事项@1,1 1x1; 二级事项@1,2 1x1; 全社会@1,8 1x1; 特定群体@1,9 1x1;", layout(cells));
    }

    @Test
    void oneRunSharedByTwoGroupsIsCutWhereTheLabelsChangeGroup() {
        // 003: 公开对象 and 公开方式 over 全社会 / 特定群众 / 主动 / 依申请公开.
        Map<String, String> group = Map.of("全社会", "audience", "特定群众", "audience", "主动", "mode", "依申请公开", "mode");
        List<Cell> cells = HeaderSpans.place(List.of(
                row("序号", "公开事项", "公开内容", "公开对象", "公开方式"),
                row("", "一级事项", "二级事项", "", "全社会", "特定群众", "主动", "依申请公开")), group::get);
        assertEquals("序号@0,0 2x1; 公开事项@0,1 1x2; 公开内容@0,3 2x1; 公开对象@0,4 1x2; 公开方式@0,6 1x2; "
                + "一级事项@1,1 1x1; 二级事项@1,2 1x1; 全社会@1,4 1x1; 特定群众@1,5 1x1; 主动@1,6 1x1; 依申请公开@1,7 1x1;", layout(cells));
    }

    @Test
    void rowsThatCannotBeReconciledGiveNull() {
        assertNull(HeaderSpans.place(List.of(row("a", "b", "c", "d"), row("", "x")), l -> null));
    }
}
