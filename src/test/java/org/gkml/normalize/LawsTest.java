package org.gkml.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LawsTest {

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of("《中华人民共和国政府信息公开条例 》（国务院令第711号）", List.of("中华人民共和国政府信息公开条例")),
                Arguments.of("《中华人民共和国政府信息公开条例》《云南省政府信息依申请公开工作规程（修订）》",
                        List.of("中华人民共和国政府信息公开条例", "云南省政府信息依申请公开工作规程（修订）")),
                // 002: an unclosed outer title, then a title with <> inside
                Arguments.of("《中华人民共和国政府信息公开条例》《中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》《国务院办公厅印发<关于全面推进政务公开工作的意见>实施细则的通知》",
                        List.of("中华人民共和国政府信息公开条例", "中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》",
                                "国务院办公厅印发<关于全面推进政务公开工作的意见>实施细则的通知")),
                // properly nested quotation stays one title
                Arguments.of("《国务院办公厅关于印发《政务公开工作要点》的通知》", List.of("国务院办公厅关于印发《政务公开工作要点》的通知")),
                Arguments.of("《中华人民共和国社会保险法》、《社会保险费征缴暂行条例》和《中华人民共和国政府信息公开条例》及相关规定",
                        List.of("中华人民共和国社会保险法", "社会保险费征缴暂行条例", "中华人民共和国政府信息公开条例")),
                Arguments.of("《中华人民共和国社会保险法》、《中华人民共和国社会保险法》", List.of("中华人民共和国社会保险法")),
                Arguments.of("及其他有关法律、行政法规、各地相关法规、信息公开规定", List.of()),
                Arguments.of("《》", List.of()),
                // the first title's opening 《 forgotten (a 公共文化服务 page): it began where the cell did
                Arguments.of("中华人民共和国公共文化服务保障法》、《中华人民共和国政府信息公开条例》",
                        List.of("中华人民共和国公共文化服务保障法", "中华人民共和国政府信息公开条例")),
                Arguments.of("【法律】中华人民共和国人口与计划生育法》", List.of("中华人民共和国人口与计划生育法")),
                // a stray 》 after prose is no title
                Arguments.of("依照有关规定、按程序办理》", List.of()),
                Arguments.of("", List.of()),
                Arguments.of(null, List.of()));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void listsQuotedTitles(String basis, List<String> expected) {
        assertEquals(expected, Laws.titles(basis));
    }
}
