package org.gkml.extract.html;

import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gkml.table.WarningCode;

import static org.gkml.extract.TestFiles.assertSpan;
import static org.gkml.extract.TestFiles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class HtmlExtractorTest {

    private static ExtractedDocument read(String html) throws UnreadableFileException {
        return new HtmlExtractor().extract(Path.of("/in/page.html"), html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowspanAndColspanAreLaidOnTheGrid() throws Exception {
        Table t = read("<table>"
                + "<tr><td rowspan=2>A</td><td colspan=2>B</td><td rowspan=3>C</td></tr>"
                + "<tr><td>D</td><td>E</td></tr>"
                + "<tr><td>F</td><td>G</td><td>H</td></tr>"
                + "<tr><td colspan=\"4\">I</td></tr></table>").tables().get(0);
        Cell[][] g = t.grid();
        assertSpan(g[1][0], 0, 0, 2, 1, "A");
        assertSpan(g[0][2], 0, 1, 1, 2, "B");
        assertSpan(g[2][3], 0, 3, 3, 1, "C");
        assertSpan(g[1][1], 1, 1, 1, 1, "D");
        assertSpan(g[1][2], 1, 2, 1, 1, "E");
        assertSpan(g[2][0], 2, 0, 1, 1, "F");
        assertSpan(g[2][2], 2, 2, 1, 1, "H");
        assertSpan(g[3][3], 3, 0, 1, 4, "I");
        assertEquals("table 1 r3c3", g[2][2].source().cellRef());
    }

    @Test
    void rowspanBeyondTheTableIsClippedAndZeroMeansToTheEnd() throws Exception {
        Table t = read("<table><tr><td rowspan=9>A</td><td>B</td></tr><tr><td>C</td></tr>"
                + "<tr><td rowspan=0>X</td><td>D</td></tr></table>").tables().get(0);
        assertEquals(3, t.rowCount());
        assertSpan(t.grid()[2][0], 0, 0, 3, 1, "A");
        assertEquals("X", t.grid()[2][1].text());
    }

    @Test
    void innermostDataTableInsideLayoutTablesWithTextAround() throws Exception {
        ExtractedDocument d = read("<html><head><title>目录 - 某某政府网</title><script>var x = '<table>';</script></head><body>"
                + "<table><tr><td><img src=logo.png></td><td>导航</td></tr><tr><td colspan=2>"
                + "<h1>政府信息公开目录</h1><p>填表人：张三</p>"
                + "<table><caption>表一</caption><thead><tr><th>序号</th><th>公开内容</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>机构名称<br>办公地址<p>领导信息</p></td></tr></tbody></table>"
                + "<div>备注：<b>动态</b>更新</div></td></tr></table></body></html>");
        assertEquals(1, d.tables().size());
        assertEquals(List.of("导航", "政府信息公开目录", "填表人：张三", "表一"), texts(d.preamble()));
        assertEquals(List.of("备注：动态更新"), texts(d.trailer()));
        assertEquals("机构名称\n办公地址\n领导信息", d.tables().get(0).grid()[1][1].text());
    }

    @Test
    void linksAroundTheCatalogAreMenusNotTextOfTheCatalog() throws Exception {
        // an old portal's side menu (one link a line) before the heading, and a link list after the table
        ExtractedDocument d = read("<table><tr><td><table><tr><td><a href=\"/zc\">政策文件</a></td></tr>"
                + "<tr><td><a href=\"/ml\">政府信息公开目录</a></td></tr></table></td>"
                + "<td><b>宁海县卫生健康局政府信息公开目录</b><p>发布机构：<a href=\"/\">宁海县卫生健康局</a></p>"
                + "<table border=1><tr><td>序号</td><td>公开内容</td></tr><tr><td>1</td><td>机构职能</td></tr></table>"
                + "<p><a href=\"/a\">上一篇</a></p><p>备注：动态更新</p></td></tr></table>");
        assertEquals(List.of("宁海县卫生健康局政府信息公开目录", "发布机构：宁海县卫生健康局"), texts(d.preamble()));
        assertEquals(List.of("备注：动态更新"), texts(d.trailer()));
    }

    @Test
    void titleRepeatedAsH1IsListedOnce() throws Exception {
        ExtractedDocument d = read("<title>政府信息公开目录</title><h1>政府信息公开目录</h1><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>");
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
    }

    @Test
    void pageHeadingIsTheTitleAndTheSiteNameIsCutFromTitleTag() throws Exception {
        String table = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>";
        ExtractedDocument headed = read("<title>香山街道义务教育领域基层政务公开标准目录（试行）_香山街道_厦门市翔安区人民政府</title>"
                + "<div>您当前的位置：首页 &gt; 香山街道义务教育领域基层政务公开标准目录（试行）</div>"
                + "<h1>香山街道义务教育领域基层政务公开标准目录（试行）</h1>" + table);
        assertEquals(List.of("您当前的位置：首页 > 香山街道义务教育领域基层政务公开标准目录（试行）",
                "香山街道义务教育领域基层政务公开标准目录（试行）"), texts(headed.preamble()));
        ExtractedDocument shortTag = read("<title>标准目录_政务公开_某某县人民政府</title><h2>某某县民政局社会救助领域基层政务公开标准目录</h2>" + table);
        assertEquals(List.of("某某县民政局社会救助领域基层政务公开标准目录"), texts(shortTag.preamble()));
        ExtractedDocument noHeading = read("<title>社会救助领域基层政务公开标准目录-某某县人民政府门户网站</title>"
                + "<div>当前位置：首页 &gt; 社会救助领域基层政务公开标准目录</div>" + table);
        assertEquals("社会救助领域基层政务公开标准目录", texts(noHeading.preamble()).get(0));
        assertEquals("2023-2024年度目录", HtmlExtractor.pageTitle("2023-2024年度目录"));
    }

    @Test
    void checkboxInputsAndEntitiesBecomeText() throws Exception {
        Table t = read("<table><tr><td><input type=checkbox checked>政府网站&nbsp;&nbsp;<input type=checkbox>报刊</td><td>x</td></tr>"
                + "<tr><td>a</td><td>b</td></tr></table>").tables().get(0);
        assertEquals("☑政府网站 □报刊", t.grid()[0][0].text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GB2312", "GBK", "GB18030", "UTF-8"})
    void charsetFromTheMetaTag(String charset) throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"></head><body>"
                + "<table><tr><td>序号</td><td>公开事项</td></tr><tr><td>1</td><td>机构信息</td></tr></table></body></html>";
        ExtractedDocument d = new HtmlExtractor().extract(Path.of("p.html"), html.getBytes(Charset.forName(charset)));
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void undeclaredGb18030AndUtf16WithBomAreDecoded() throws Exception {
        String html = "<table><tr><td>序号</td><td>公开事项</td></tr><tr><td>1</td><td>机构信息</td></tr></table>";
        assertEquals("机构信息", new HtmlExtractor().extract(Path.of("p.html"), html.getBytes(Charset.forName("GB18030")))
                .tables().get(0).grid()[1][1].text());
        byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("机构信息", new HtmlExtractor().extract(Path.of("p.html"), utf16).tables().get(0).grid()[1][1].text());
    }

    @Test
    void wrongMetaCharsetFallsBackWithAWarning() throws Exception {
        String html = "<meta charset=\"utf-8\"><table><tr><td>序号</td><td>公开事项</td></tr><tr><td>1</td><td>机构信息</td></tr></table>";
        ExtractedDocument d = new HtmlExtractor().extract(Path.of("p.html"), html.getBytes(Charset.forName("GB18030")));
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
        assertEquals(WarningCode.CHARSET_MISMATCH, d.warnings().get(0).code());
    }

    /** Word's "single file web page": MIME multipart, the page quoted-printable in GB2312, often named .doc. */
    public static byte[] mht(String transferEncoding, String charset) {
        String page = "<html><head><title>目录</title></head><body><p>政府信息公开目录</p><table><tr><td>序号</td><td>公开事项</td></tr>"
                + "<tr><td>1</td><td>机构信息</td></tr></table></body></html>";
        byte[] raw = page.getBytes(Charset.forName(charset));
        String body;
        if (transferEncoding.equals("base64")) {
            body = java.util.Base64.getMimeEncoder().encodeToString(raw);
        } else {
            StringBuilder qp = new StringBuilder();
            int col = 0;
            for (byte b : raw) {
                String piece = (b >= 33 && b <= 126 && b != '=') ? String.valueOf((char) b) : String.format("=%02X", b & 0xFF);
                if (col + piece.length() > 75) {
                    qp.append("=\r\n");
                    col = 0;
                }
                qp.append(piece);
                col += piece.length();
            }
            body = qp.toString();
        }
        String boundary = "----=_NextPart_01D9C1A2.5D7C3E40";
        String mime = "MIME-Version: 1.0\r\nX-Document-Type: Word\r\nContent-Type: multipart/related; boundary=\"" + boundary + "\"\r\n\r\n"
                + "This document is a Single File Web Page.\r\n\r\n--" + boundary + "\r\nContent-Location: file:///C:/x.htm\r\n"
                + "Content-Transfer-Encoding: " + transferEncoding + "\r\nContent-Type: text/html; charset=\"" + charset + "\"\r\n\r\n"
                + body + "\r\n\r\n--" + boundary + "\r\nContent-Location: file:///C:/x.files/filelist.xml\r\n"
                + "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml/>\r\n--" + boundary + "--\r\n";
        return mime.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"quoted-printable, gb2312", "base64, utf-8", "quoted-printable, utf-8"})
    void savedWebArchivesAreUnpacked(String transferEncoding, String charset) throws Exception {
        ExtractedDocument d = new HtmlExtractor().extract(Path.of("catalog.doc"), mht(transferEncoding, charset));
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
    }

    /** The header's boundary renamed, the parts left as they were: the delimiter in use still finds the page. */
    @Test
    void aWebArchiveWhoseHeaderNamesTheWrongBoundaryIsStillUnpacked() throws Exception {
        String mime = new String(mht("base64", "utf-8"), StandardCharsets.ISO_8859_1)
                .replaceFirst("boundary=\"----=_NextPart_01D9C1A2.5D7C3E40\"", "boundary=\"----=_NextPart_00000000.00000000\"");
        ExtractedDocument d = new HtmlExtractor().extract(Path.of("catalog.doc"), mime.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
    }

    @Test
    void aWebArchiveWithoutAPageIsUnreadable() {
        String mime = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new HtmlExtractor().extract(Path.of("a.mht"), mime.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("holds no web page"), e.getMessage());
    }

    @Test
    void aPageWithoutADataTableIsUnreadable() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read("<html><body><table><tr><td>只有一格</td></tr></table></body></html>"));
        assertTrue(e.getMessage().contains("no table"), e.getMessage());
    }

    /** A tick drawn as a picture: its alt (or title) text in a cell, or a mark when the cell holds only pictures. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alt text                         | <img src=gou.png alt="√">                          | √
            title text                       | <img src=duihao.gif title="是">                   | 是
            a picture alone, no text         | <img src=gou.png>                                  | √
            a word beside a picture          | <img src=qr.png alt="微信公众号二维码">微信公众号     | 微信公众号
            a long alt is no mark            | <img src=qr.png alt="扫码关注微信公众号">            | √
            a checkbox picture before a name | <img alt="☑">政府网站<img alt="□">两微一端          | ☑政府网站□两微一端
            """)
    void aPictureInACellReadsAsItsShortTextOrAsAMark(String what, String cell, String text) throws Exception {
        Table t = read("<table><tr><td>序号</td><td>主动</td></tr><tr><td>1</td><td>" + cell + "</td></tr></table>").tables().get(0);
        assertEquals(text, t.grid()[1][1].text(), what);
    }
}
