package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitNamesTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    @ParameterizedTest
    @CsvSource({
            "医政医管股, true", "办公室, true", "县卫生健康局, true", "稽核中心, true", "机关党委（人事处）, true",
            "医政医管, false", "省医保局基, false", "大武口, false", "设区市级医保, false"})
    void tellsAWholeUnitNameFromAWrappedOne(String name, boolean whole) {
        assertEquals(whole, VOCABULARY.units().isComplete(name));
    }
}
