package org.gkml.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether a catalog's rows carry the same number of √: each case is the marks of each row, and the answer. */
class MarkCountsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "1 1 1 1 1 1 1 1 1 1; true",       // seed 000: one √ a row under 全社会 / 特定群体
            "2 0 0 0 2 2 0 2; true",           // seed 001: one √ a group, sub-rows under merged tick cells have none
            "3 3 3 4 4 4 3 4 4 4 4 3; false",  // tz_tuiyijunren: some rows tick two levels
            "2 2 2 2 3; false",                // spyp_sanmen: one row ticks 全社会 and 特定群体
            "1 2 2 1; false",                  // b1: one level or two
            "0 0; true",                       // no marks at all: nothing to tell
            "5; true",
    })
    void rowsCarryingTheSameNumberOfMarksAreUniform(String counts, boolean uniform) {
        List<Integer> perRow = Arrays.stream(counts.split(" ")).map(Integer::valueOf).toList();
        assertEquals(uniform, new MarkCounts(perRow).uniform());
    }
}
