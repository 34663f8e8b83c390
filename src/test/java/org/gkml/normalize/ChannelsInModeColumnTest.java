package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelsInModeColumnTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "政府网站、公示栏 | true",
            "网站、公告栏 | true",
            "政府网站；政务服务中心 | true",
            "'政府网站\n两微一端' | true",
            "政府网站 | true",
            "'政府网\n站' | true",
            "'政府网站、政务新\n媒体' | true",
            // a township's older 政务公开 list: 公开栏, 发布会 and 论坛 one a line
            "'财务公开栏\n政务发布会\n政务论坛' | true",
            "主动公开 | false",
            "依申请公开 | false",
            "主动公开（政府网站） | false",
            "经审核后公开 | false",
            "政府网站、经审核后公开 | false",
            "'' | false"})
    void aCellIsChannelsOnlyWhenEveryPieceNamesOne(String cell, boolean channels) {
        assertEquals(channels, VOCABULARY.modeColumnChannels().namesChannels(cell));
    }
}
