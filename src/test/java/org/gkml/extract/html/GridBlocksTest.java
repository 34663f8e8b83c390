package org.gkml.extract.html;

import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GridBlocksTest {

    private static final String ROW = "<div class=tr><div>%d</div><div>最低生活保障</div><div>审批结果</div><div>政府网站</div></div>";

    private static String rows(String template, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(template.formatted(i));
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rows of divs, header the first row | 1 | <div class=table><div class=tr><div>序号</div><div>事项</div><div>内容</div><div>渠道</div></div>%s</div>
            li rows of spans | 1 | <ul class=list><li><span>1</span><span>低保</span><span>审批</span></li><li><span>2</span><span>特困</span><span>供养</span></li><li><span>3</span><span>临时救助</span><span>结果</span></li></ul>
            a menu: one link per item | 0 | <ul><li><a href=/a>首页</a></li><li><a href=/b>政务公开</a></li><li><a href=/c>办事</a></li></ul>
            a news list: two cells per item | 0 | <ul><li><a href=/1>通知一</a><span>2024-01-01</span></li><li><a href=/2>通知二</a><span>2024-01-02</span></li><li><a href=/3>通知三</a><span>2024-01-03</span></li></ul>
            columns of links | 0 | <div><div><a href=/1>国务院</a><a href=/2>省政府</a><a href=/3>市政府</a></div><div><a href=/4>发改委</a><a href=/5>财政厅</a><a href=/6>民政厅</a></div><div><a href=/7>人社局</a><a href=/8>卫健委</a><a href=/9>医保局</a></div></div>
            page sections holding a table | 0 | <div class=wrap><div><p>头</p><p>部</p><p>栏</p></div><div><p>正</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><p>文</p></div><div><p>页</p><p>脚</p><p>栏</p></div></div>
            too few rows | 0 | <div><div class=tr><div>1</div><div>a</div><div>b</div></div><div class=tr><div>2</div><div>c</div><div>d</div></div></div>
            """)
    void aBlockIsAGridWhenItsRowsHoldCellsAlike(String what, int grids, String body) {
        Document doc = Jsoup.parse("<html><body>" + body.formatted(rows(ROW, 3)) + "</body></html>");
        assertEquals(grids, GridBlocks.tabulate(doc), what);
        assertEquals(grids, doc.select("table:has(> tr)").size(), what);
    }

    @Test
    void onlyTheInnermostGridIsATable() {
        String inner = "<div class=grid>" + rows(ROW, 4) + "</div>";
        Document doc = Jsoup.parse("<html><body><div class=outer><section><i>1</i><i>2</i><b>" + inner
                + "</b></section><section><i>1</i><i>2</i><b>x</b></section><section><i>1</i><i>2</i><b>y</b></section></div></body></html>");
        assertEquals(1, GridBlocks.tabulate(doc));
        assertEquals(4, doc.select("table tr").size());
    }

    @Test
    void aHeaderBlockAboveTheRowsIsTheFirstRowAndTheCatalogReadsAsATable() throws Exception {
        String html = "<html><head><title>某某区民政局政务公开目录</title></head><body><h2>某某区民政局政务公开目录</h2>"
                + "<div class=thead><span>序号</span><span>二级事项</span><span>公开内容</span><span>公开渠道</span></div>"
                + "<ul class=tbody>" + rows("<li><span>%d</span><span>最低生活保障</span><span>审批结果</span><span>政府网站</span></li>", 3)
                + "<p class=pager>共3条</p></ul><p>主办单位：某某区人民政府</p></body></html>";
        ExtractedDocument d = new HtmlExtractor().extract(Path.of("/in/grid.html"), html.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("序号", "二级事项", "公开内容", "公开渠道"), List.of(t.grid()[0]).stream().map(c -> c.text()).toList());
        assertEquals("3", t.grid()[3][0].text());
        List<String> around = java.util.stream.Stream.concat(d.preamble().stream(), d.trailer().stream()).map(l -> l.text()).toList();
        assertEquals(true, around.contains("共3条") && around.contains("主办单位：某某区人民政府"), around.toString());
    }
}
