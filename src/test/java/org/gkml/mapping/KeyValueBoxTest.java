package org.gkml.mapping;

import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyValueBoxTest {

    private static Table table(String[][] rows) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) cells.add(new Cell(r, c, rows[r][c], Provenance.ofLine("box.html", r + 1)));
        }
        return new Table(cells, false);
    }

    private static final String[][] PORTAL_BOX = {
            {"索 引 号：", "11370921MB2851234X/2024-00012", "发布机构：", "宁阳县公安局", "生成日期：", "2024-03-05"},
            {"文　　号：", "无", "公开方式：", "主动公开", "公开范围：", "面向社会"}};

    @ParameterizedTest(name = "{0} is a key: {1}")
    @CsvSource({"发布机构：, true", "'文　　号：', true", "索引号:, true", "公开方式, false", "填表人：张三, false",
            "关于印发某县政府信息公开目录的通知的说明：, false"})
    void aKeyIsAShortTextEndingWithAColon(String text, boolean key) {
        assertEquals(key, KeyValueBox.isKey(text));
    }

    @Test
    void aPortalsInformationBoxIsABoxAndReadsAsKeyValueLines() {
        Table box = table(PORTAL_BOX);
        assertTrue(KeyValueBox.is(box));
        assertEquals(List.of("索引号：11370921MB2851234X/2024-00012", "发布机构：宁阳县公安局", "生成日期：2024-03-05", "文号：无",
                "公开方式：主动公开", "公开范围：面向社会"), KeyValueBox.lines(box).stream().map(TextLine::text).toList());
    }

    @Test
    void aCatalogTableIsNoBox() {
        assertFalse(KeyValueBox.is(table(new String[][]{{"序号", "二级事项", "公开内容"}, {"1", "机构职能", "主要职责："}})));
    }
}
