package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelNamesTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    @ParameterizedTest
    @CsvSource({
            "政府网站, true", "两微一端, true", "村（社区）公示栏, true", "山东政务服务网, true", "电子显示屏, true",
            "微信公众号, true", "入户/现场, true", "其他, true", "获取权限可控的信息平台, true", "报刊, true",
            "公示栏（电子屏）, true", "嵩明政府网站, true", "公示栏 (电子屏 ), true",
            "政务服务, false", "村（社区）公示, false", "政府, false", "医政医管, false"})
    void tellsAWholeChannelNameFromAWrappedOne(String name, boolean whole) {
        assertEquals(whole, VOCABULARY.channelNames().isComplete(name));
    }
}
