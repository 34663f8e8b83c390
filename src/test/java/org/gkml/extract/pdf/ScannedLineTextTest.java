package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a scanned line's words are spelt, and when the vocabulary's reading of a line is kept (readings as the ggflfw and ywjy scans gave them). */
class ScannedLineTextTest {

    @ParameterizedTest(name = "{0} then {1}: one run {2}")
    @CsvSource({
            "区, /, true",     // 社区/企事业单位: a slash between names
            "/, 企, true",
            "位, /, true",
            "政, 府, true",
            "起, 2, false",    // 起 20 个: a number stays apart
            "0, 个, false",
            "V, V, false",
            "栏, (, false",
    })
    void wordsRunTogether(char before, char after, boolean joins) {
        assertEquals(joins, ScannedPage.joins(before, after));
    }

    @ParameterizedTest(name = "{0} → {1} before {2}: wraps {3}")
    @CsvSource({
            "社区/企事业单位/村公示, 社区/企事业单位/村公示栏, 栏(电子屏), true",   // the name goes on on the next line
            "社区/企事业单位/村公示, 社区/企事业单位/村公示栏, 其他法律服务网, false", // the line lost its last character
            "公开渠道和, 公开渠道, 载体, false",                                    // a character taken away, not added
            "政府网玷, 政府网站, 两微一端, false",                                   // a near miss
            "人入户/现场, 入户/现场, 社区, false",
    })
    void aWordWrappingOntoTheNextLineIsNoNearMiss(String raw, String snapped, String next, boolean wraps) {
        assertEquals(wraps, ScannedPage.wrapsOn(raw, snapped, next));
    }
}
