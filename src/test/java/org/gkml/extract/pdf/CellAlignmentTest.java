package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a table's cells sit in their rows, from their lines' heights around the rows' anchor lines (at 100 and 150). */
class CellAlignmentTest {

    /**
     * @param lines per column, the heights of its lines, "/" between columns, " " between lines (the anchor
     *              column itself is not listed)
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Word's default: each cell starts on its row's anchor line, wrapped lines run on below it
            "TOP    | 100 112 124 150 162 / 100 150",
            "TOP    | 100 150 162 174 / 100",
            // a spreadsheet's default: each cell ends on its row's anchor line, nothing below the last
            "BOTTOM | 88 100 138 150 / 100 150",
            // centred: a cell's lines around its anchor
            "MIDDLE | 94 106 144 156 / 100 150",
            "MIDDLE | 94 106 150 / 100 150",
    })
    void readsTheAlignmentFromTheLinesAroundTheAnchors(CellAlignment expected, String lines) {
        List<TextAlignmentTable.Piece> pieces = new ArrayList<>();
        List<Double> anchors = List.of(100.0, 150.0);
        for (double a : anchors) pieces.add(new TextAlignmentTable.Piece(0, a, "1"));
        String[] columns = lines.split("/");
        for (int c = 0; c < columns.length; c++) {
            for (String y : columns[c].strip().split(" ")) pieces.add(new TextAlignmentTable.Piece(c + 1, Double.parseDouble(y), "字"));
        }
        assertEquals(expected, CellAlignment.of(pieces, anchors), Arrays.toString(columns));
    }
}
