package org.gkml.vocabulary;

import org.gkml.catalog.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OptionsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "全社会, AUDIENCE, 全社会",
            "特定群体, AUDIENCE, 特定群体",
            "全社, AUDIENCE, 全社会",
            "特定群众, AUDIENCE, 特定群体",
            "特定对象, AUDIENCE, 特定群体",
            "主动, DISCLOSURE_MODE, 主动公开",
            "'主 动', DISCLOSURE_MODE, 主动公开",
            "主动公开, DISCLOSURE_MODE, 主动公开",
            "依申请, DISCLOSURE_MODE, 依申请公开",
            "'依\n申\n请', DISCLOSURE_MODE, 依申请公开",
            "依申请公开, DISCLOSURE_MODE, 依申请公开",
            "'决\n策', PUBLICITY_TYPE, 决策",
            "结果, PUBLICITY_TYPE, 结果",
            "市级, LEVELS, 市级",
            "区级, LEVELS, 区级",
            "县级, LEVELS, 县级",
            "街镇级, LEVELS, 街镇级",
            "乡级, LEVELS, 乡级"})
    void knowsSubColumnLabels(String label, Field field, String canonical) {
        assertEquals(Optional.of(field), Mappings.builtIn().options().fieldOf(label));
        assertEquals(Optional.of(canonical), Mappings.builtIn().options().canonical(field, label));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"公开渠道和载体", "备注", "'\u3000'", "NULL", "一级事项"})
    void ignoresOtherLabels(String label) {
        assertEquals(Optional.empty(), Mappings.builtIn().options().fieldOf(label));
        assertEquals(Optional.empty(), Mappings.builtIn().options().canonical(Field.AUDIENCE, label));
    }

    @ParameterizedTest
    @CsvSource({"主动, AUDIENCE", "全社会, DISCLOSURE_MODE"})
    void canonicalNeedsTheRightField(String label, Field field) {
        assertEquals(Optional.empty(), Mappings.builtIn().options().canonical(field, label));
    }

    static Stream<Arguments> freeTexts() {
        return Stream.of(
                Arguments.of("全社会范围主动公开", List.of("全社会"), List.of("主动公开")),
                Arguments.of("在行政区域范围内主动公开", List.of(), List.of("主动公开")),
                Arguments.of("依申请公开", List.of(), List.of("依申请公开")),
                Arguments.of("主动公开、依申请公开", List.of(), List.of("主动公开", "依申请公开")),
                Arguments.of("依申请公开；主动公开", List.of(), List.of("主动公开", "依申请公开")),
                Arguments.of("面向特定群众依申请公开", List.of("特定群体"), List.of("依申请公开")),
                Arguments.of("", List.of(), List.of()),
                Arguments.of(null, List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("freeTexts")
    void findsOptionsInFreeText(String text, List<String> audience, List<String> modes) {
        assertEquals(audience, Mappings.builtIn().options().audienceIn(text));
        assertEquals(modes, Mappings.builtIn().options().disclosureModesIn(text));
    }
}
