package org.gkml.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellTextTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // 000 seq 1 time limit, wrapped with blank lines between
                Arguments.of("信息产生或者变更之\n\n日起20个工作日内公\n开，保持长期公开\n\n（相关法律法规另有\n\n规定的，从其规定）\n\n。",
                        "信息产生或者变更之日起20个工作日内公开，保持长期公开（相关法律法规另有规定的，从其规定）。"),
                // 001 time limit: the count on its own line
                Arguments.of("信息形成\n\n或变更\n\n5\n\n个工作日\n\n内", "信息形成或变更5个工作日内"),
                // 002: 一级事项 split over lines
                Arguments.of("五、公共\n服务", "五、公共服务"),
                // 004 seq 1: trailing space before the break dropped, inner spaces kept
                Arguments.of("1.机关职能：工作职责； \n\n2.办公地址：具体地址", "1.机关职能：工作职责；2.办公地址：具体地址"),
                Arguments.of("行政执法 ", "行政执法"),
                Arguments.of("统计公报信息。      2.其他", "统计公报信息。      2.其他"),
                // Latin on both sides of a break: one space
                Arguments.of("Government\nWebsite", "Government Website"),
                Arguments.of("www.dwk.\ngov.cn", "www.dwk.gov.cn"),
                Arguments.of("之日起20\n个工作日", "之日起20个工作日"),
                Arguments.of("a\r\nb", "a b"),
                Arguments.of("\u3000", null),
                Arguments.of(" \n \t\n", null),
                Arguments.of("", null),
                Arguments.of(null, null),
                Arguments.of("\u3000√\u3000", "√"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void joinsLayoutLines(String raw, String expected) {
        assertEquals(expected, CellText.join(raw));
    }
}
