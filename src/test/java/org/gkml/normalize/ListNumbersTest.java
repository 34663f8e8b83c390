package org.gkml.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListNumbersTest {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("1.政府网站；2.其他", List.of("政府网站；", "其他")),
                Arguments.of("1.政府网站2.其他", List.of("政府网站", "其他")),
                Arguments.of("1、政府网站\n2、政务新媒体", List.of("政府网站", "政务新媒体")),
                Arguments.of("１．政府网站　２．公示栏", List.of("政府网站", "公示栏")),
                Arguments.of("1）办公室 2）财务股", List.of("办公室", "财务股")),
                Arguments.of("（1）政府网站（2）政务新媒体", List.of("政府网站", "政务新媒体")),
                Arguments.of("(一)政府网站(二)政务新媒体", List.of("政府网站", "政务新媒体")),
                Arguments.of("①政府网站②其他", List.of("政府网站", "其他")),
                Arguments.of("1.政府网站", List.of("政府网站")),
                // no list: a number not opening the text, not starting at 1, or part of a name or a decimal
                Arguments.of("政府网站（1）", List.of("政府网站（1）")),
                Arguments.of("2.政府网站", List.of("2.政府网站")),
                Arguments.of("12345政务服务便民热线", List.of("12345政务服务便民热线")),
                Arguments.of("1.5版公示栏", List.of("1.5版公示栏")),
                Arguments.of("政府网站", List.of("政府网站")));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void splitsANumberedList(String text, List<String> items) {
        assertEquals(items, ListNumbers.split(text));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("1.政府网站", "政府网站"),
                Arguments.of("2、其他", "其他"),
                Arguments.of("（3）办公室", "办公室"),
                Arguments.of("④公示栏", "公示栏"),
                Arguments.of("12345热线", "12345热线"),
                Arguments.of("1.", "1."),
                Arguments.of("办公室", "办公室"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void stripsALeadingNumber(String value, String expected) {
        assertEquals(expected, ListNumbers.strip(value));
    }
}
