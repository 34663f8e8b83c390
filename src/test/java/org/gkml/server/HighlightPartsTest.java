package org.gkml.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which brackets of a highlight snippet are marks: those the source text does not hold at that place. */
class HighlightPartsTest {

    /** Parts joined by '|': plain|match|plain…; "null" when the snippet does not fit the source. */
    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = ';', value = {
            // no bracket in the source: every bracket is a mark
            "纳入【低保】、特困;纳入低保、特困;纳入|低保|、特困",
            "【低保】对象;低保对象;|低保|对象",
            // the source's own brackets stay text
            "【法律依据】《【条例】》;【法律依据】《条例》;【法律依据】《|条例|》",
            "【【法律】】依据;【法律】依据;【|法律|】依据",
            "【责任主体】【民政局】;【责任主体】民政局;【责任主体】|民政局|",
            "a】【b】;a】b;a】|b|",
            // passages joined by a gap
            "【甲】乙…丙【丁】;甲乙。【x】。丙丁;|甲|乙…丙|丁|",
            "【x】甲…【y】【丁】;【x】甲。【y】丁;【x】甲…【y】|丁|",
            // a snippet that is not of this text
            "【低保】;【别的】;null",
    })
    void bracketsTheSourceHoldsAreText(String snippet, String source, String expected) {
        List<String> parts = HighlightParts.of(snippet, source);
        assertEquals(expected, parts == null ? "null" : String.join("|", parts));
    }

    @org.junit.jupiter.api.Test
    void withoutTheSourceEveryBracketIsAMark() {
        assertEquals(Arrays.asList("", "三公", "”经费"), HighlightParts.of("【三公】”经费", null));
    }
}
