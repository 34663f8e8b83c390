package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An old CMS prints a catalog's header as a table of its own, one row, above the table of rows (the header stays
 * put while the rows scroll). The rows are that header's, even where a row holds words that read as labels.
 */
class HeaderTableApartTest {

    @Test
    void aOneRowHeaderTableHeadsTheTableOfRowsBelowIt(@TempDir Path dir) throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>某县民政局社会救助领域基层政务公开标准目录</title></head><body>
                <table><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/xxgk/">信息公开</a></td></tr></table>
                <h2>某县民政局社会救助领域基层政务公开标准目录</h2>
                <table border="1"><tr><td><b>序号</b></td><td><b>一级事项</b></td><td><b>二级事项</b></td><td><b>公开时限</b></td><td><b>公开渠道和载体</b></td></tr></table>
                <table border="1">
                <tr><td>1</td><td>最低生活保障</td><td>政策文件</td><td>信息形成之日起20个工作日内</td><td>政府网站、公开查阅点</td></tr>
                <tr><td>2</td><td>特困人员救助供养</td><td>办事服务</td><td>信息形成之日起20个工作日内</td><td>政府网站</td></tr>
                </table>
                <table><tr><td>填报单位：某县民政局</td><td>填报人：张三</td><td>填报日期：2024年3月1日</td></tr></table></body></html>""";
        Path f = Files.writeString(dir.resolve("page.html"), page);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(List.of("政策文件", "办事服务"), doc.entries().stream().map(Entry::item).toList());
        assertEquals(List.of(1, 2), doc.entries().stream().map(Entry::seq).toList());
        assertEquals(List.of(List.of("政府网站", "公开查阅点"), List.of("政府网站")), doc.entries().stream().map(Entry::channels).toList());
        assertEquals("某县民政局社会救助领域基层政务公开标准目录", doc.title());
        // a one-row table under the catalog that heads nothing is text set in cells: its facts are the document's
        assertEquals("张三", doc.meta().get("填报人"));
    }
}
