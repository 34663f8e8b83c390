package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rows a merged first-level cell covers, from where its text is printed; rows' anchors 30 pt apart from 100. */
class MergedCellSpansTest {

    /**
     * @param textY  per row, the height of the column's text in it, "-" where it has none
     * @param owners per row, the row whose text it takes ("-" for none)
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // centred over rows 0–3 (its middle halfway between rows 1 and 2, read into row 2), then over rows 4–5
            "MIDDLE | - - 145 - - 235 | 2 2 2 2 5 5",
            // centred over rows 0–2, then alone in row 3, then over 4–5
            "MIDDLE | - 130 - 190 - 235 | 1 1 1 3 5 5",
            // at the bottom: a text ends its block, which starts after the block above
            "BOTTOM | - 130 - - 220 - | 1 1 4 4 4 -",
            // at the top, the rows below continue the group (the mapping fills them down): nothing to do
            "TOP    | 100 - - 190 - - | 0 - - 3 - -",
    })
    void aMergedCellCoversTheRowsItsTextIsCentredOrEndsIn(CellAlignment alignment, String textY, String owners) {
        String[] ys = textY.split(" ");
        double[] y = new double[ys.length];
        List<Double> anchors = new ArrayList<>();
        for (int r = 0; r < ys.length; r++) {
            y[r] = ys[r].equals("-") ? Double.NaN : Double.parseDouble(ys[r]);
            anchors.add(100.0 + 30 * r);
        }
        String[] expected = owners.split(" ");
        int[] got = MergedCellSpans.owners(y, anchors, alignment);
        String[] actual = Arrays.stream(got).mapToObj(o -> o < 0 ? "-" : Integer.toString(o)).toArray(String[]::new);
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }
}
