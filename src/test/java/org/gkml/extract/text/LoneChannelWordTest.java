package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A channel cell holding only 现场 (on the spot: 各医疗结构 现场, the unit and the channel side by side) shows the
 * channel column's signal (mappings/cell-signals.tsv), so it is not run into the 公开主体 before it.
 */
class LoneChannelWordTest {

    private static final CellSignals SIGNALS = TextVocabulary.of(Mappings.builtIn()).signals();

    @ParameterizedTest(name = "{0} shows a channel: {1}")
    @CsvSource(delimiter = '|', value = {
            "现场|true",
            "现场检查结果|false",       // content naming an inspection
            "各医疗结构|false",
    })
    void onlyTheWordAloneIsAChannel(String cell, boolean channel) {
        assertEquals(channel, SIGNALS.showsAny(cell, Field.CHANNELS), cell);
    }
}
