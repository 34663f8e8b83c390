package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A catalog as a county portal serves it: GBK-encoded, the site's name appended to &lt;title&gt;, navigation,
 * breadcrumb and footer around the heading and table. Only the heading and the table are catalog facts.
 */
class PortalPageFactsTest {

    private static final String PAGE = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
            <title>%s_香山街道_厦门市翔安区人民政府</title></head><body>
            <div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/zwfw/">政务服务</a></div>
            <div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jcml/">基层政务公开标准目录</a></div>
            <div class="tools">发布时间：2024-03-01 【字号：<a>大</a> <a>中</a> <a>小</a>】 浏览次数：1234</div>
            <h1>%s</h1>
            <table border="1" cellspacing="0">
            <tr><th>序号</th><th>公开事项</th><th>公开内容（要素）</th><th>公开时限</th><th>公开主体</th><th>公开渠道和载体</th></tr>
            <tr><td>1</td><td>招生入学</td><td>招生计划、划片范围</td><td>信息形成之日起20个工作日内</td><td>%s</td><td>政府网站</td></tr>
            <tr><td>2</td><td>学生资助</td><td>资助政策、申请条件</td><td>信息形成之日起20个工作日内</td><td>%s</td><td>政府网站</td></tr>
            </table>
            <p>备注：本目录每年更新一次。</p>
            <div class="foot">网站地图 | 联系我们 | 隐私声明<br>
            主办单位：厦门市翔安区人民政府　承办单位：翔安区香山街道办事处<br>
            闽ICP备05012345号　网站标识码：3502130001　闽公网安备 35021302000123号<br>
            访问量：123456　<a>打印本页</a>　<a>关闭窗口</a></div>
            </body></html>
            """;

    private static CatalogDocument read(Path dir, String heading, String subject) throws Exception {
        Path file = dir.resolve("portal.html");
        Files.write(file, PAGE.formatted(heading, heading, subject, subject).getBytes(Charset.forName("GBK")));
        return new CatalogReader(Mappings.builtIn()).read(file);
    }

    @Test
    void headingNamesTheAgencyBeforeItsDomain(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, "香山街道教育办义务教育领域基层政务公开标准目录（试行）", "香山街道教育办");
        assertEquals(2, doc.entries().size());
        assertEquals("香山街道教育办义务教育领域基层政务公开标准目录（试行）", doc.title());
        assertEquals("香山街道教育办", doc.agency());
        // the page-tools line (发布时间 beside 字号 and 浏览次数) is chrome as a whole
        assertEquals(Map.of("备注", "本目录每年更新一次。", "领域", "义务教育"), doc.meta());
    }

    @Test
    void titleNamingNoAgencyTakesTheUnitEveryRowNames(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, "社会救助领域基层政务公开标准目录", "香山街道办事处");
        assertEquals("社会救助领域基层政务公开标准目录", doc.title());
        assertEquals("香山街道办事处", doc.agency());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.GUESSED_AGENCY), () -> doc.warnings().toString());
        for (String key : doc.meta().keySet()) {
            assertTrue(List.of("备注", "领域").contains(key), () -> "chrome in meta: " + doc.meta());
        }
    }

    @Test
    void aKindOfBodyInEveryRowIsNoAgency(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, "户籍管理领域基层政务公开标准目录", "公安机关");
        assertEquals("户籍管理领域基层政务公开标准目录", doc.title());
        assertNull(doc.agency());
    }
}
