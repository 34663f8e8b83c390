package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows without 序号: blocks of 10 pt lines that blank space parts. */
class RowBandsTest {

    /** @param tops the lines' top edges; @param anchors the rows' first lines' text heights (top + 5) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a cell's lines 2 pt apart, rows 20 pt and more apart
            "100 112 124 154 166 200 | 105 159 205",
            // one line per row, packed: every line is a row
            "100 125 150 | 105 130 155",
            // a single block
            "100 112 | 105",
    })
    void blankSpaceWiderThanALinePartsRows(String tops, String anchors) {
        List<TextLines.Line> lines = new ArrayList<>();
        List<TextAlignmentTable.Piece> pieces = new ArrayList<>();
        for (String t : tops.split(" ")) {
            double y = Double.parseDouble(t);
            lines.add(new TextLines.Line(List.of(new Glyph(50, y, 60, y + 10, 10, "字"))));
            pieces.add(new TextAlignmentTable.Piece(0, y + 5, "字"));
        }
        List<Double> expected = new ArrayList<>();
        for (String a : anchors.split(" ")) expected.add(Double.parseDouble(a));
        assertEquals(expected, RowBands.tops(lines, 0, lines.size(), pieces));
    }
}
