package org.gkml.extract.html;

import org.gkml.table.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HiddenElementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "display:none | true", "display: none; | true", "color:red; DISPLAY : NONE | true", "visibility:hidden | true",
            "font-size:0px | true", "font-size: 0 | true", "font-size:0pt;color:#fff | true", "display:none !important | true",
            "display:block | false", "font-size:10px | false", "font-size:0.5em | false", "color:red | false"})
    void hiddenStyles(String style, boolean hidden) {
        assertEquals(hidden, HiddenElements.isHidden(style), style);
    }

    @Test
    void hiddenRowsAndHiddenTextInCellsAreNotReadButAHiddenTabIs() throws Exception {
        String html = "<html><body><table border=1><tr><td>序号</td><td>二级事项</td><td>公开渠道</td></tr>"
                + "<tr><td>1</td><td>最低生活<span style=\"display:none\">x7Kq</span>保障</td><td>政府网站<font style=\"font-size:0px\">abc</font></td></tr>"
                + "<tr style=\"display:none\"><td>2</td><td>已删除事项</td><td>政府网站</td></tr>"
                + "<tr><td>3</td><td>特困人员救助<b hidden>zz</b></td><td>政府网站</td></tr></table>"
                + "<div style=\"display:none\"><table border=1><tr><td>序号</td><td>二级事项</td></tr><tr><td>1</td><td>依申请公开</td></tr></table></div>"
                + "</body></html>";
        var doc = new HtmlExtractor().extract(Path.of("p.html"), html.getBytes(StandardCharsets.UTF_8));
        Cell[][] g = doc.tables().get(0).grid();
        assertEquals(3, g.length, "the hidden row is gone");
        assertEquals(List.of("最低生活保障", "政府网站", "特困人员救助"), List.of(g[1][1].text(), g[1][2].text(), g[2][1].text()));
        assertEquals(2, doc.tables().size(), "a table in a hidden tab is still the page's content");
    }
}
