package org.gkml.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScrambledDeadlineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // the 001 case: "之日起 5 / 内予以公 / 开个工作 / 日"
            "信息生成或者变更之日起 5内予以公开个工作日|信息生成或者变更之日起5个工作日内予以公开",
            "信息生成或者变更之日起20内予以公开个工作日|信息生成或者变更之日起20个工作日内予以公开",
            // already in order: untouched, spacing kept
            "信息形成或变更5个工作日内|信息形成或变更5个工作日内",
            "形成或变更之日起 20 个工作日内|形成或变更之日起 20 个工作日内",
            // no number, or no unit anywhere: nothing to repair
            "定期公开|定期公开",
            "每年1月份公开|每年1月份公开",
    })
    void putsTheUnitBackAfterTheNumber(String scrambled, String expected) {
        assertEquals(expected, ScrambledDeadline.repair(scrambled));
    }
}
