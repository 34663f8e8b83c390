package org.gkml.extract.office;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.TestFiles;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import org.gkml.table.WarningCode;

import static org.gkml.extract.TestFiles.assertSpan;
import static org.gkml.extract.TestFiles.p;
import static org.gkml.extract.TestFiles.texts;
import static org.gkml.extract.TestFiles.tc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxExtractorTest {

    private static final Path FILE = Path.of("/in/catalog.docx");

    private static ExtractedDocument read(String body) throws UnreadableFileException {
        return new DocxExtractor(Mappings.builtIn()).extract(FILE, TestFiles.docx(body));
    }

    private static String tbl(String... rows) {
        StringBuilder s = new StringBuilder("<w:tbl>");
        for (String r : rows) s.append("<w:tr>").append(r).append("</w:tr>");
        return s.append("</w:tbl>").toString();
    }

    /** The text of the one cell in the first table that a one-cell table holds. */
    private static String onlyCellText(String paragraphXml) throws UnreadableFileException {
        return read(tbl(tc("", paragraphXml) + tc("", p("x")))).tables().get(0).grid()[0][0].text();
    }

    /** A list level of a numbering part: its format and label pattern, counting from 1. */
    private static String level(int ilvl, String numFmt, String lvlText) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + numFmt + "\"/><w:lvlText w:val=\""
                + lvlText + "\"/></w:lvl>";
    }

    /** A paragraph in list numId at level ilvl, with text (maybe none: an automatically numbered 序号 cell). */
    private static String numbered(String numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + (text.isEmpty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p>";
    }

    @Test
    void automaticListNumbersAreReadAsWordShowsThem() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1") + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "chineseCounting", "%1、") + level(1, "decimal", "%2.") + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "\uF06C") + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
                + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        // 序号 numbered by Word's list button (the cells hold no digits), 一级事项 in a 一、 list, a bulleted content cell
        String body = tbl(
                tc("", p("序号")) + tc("", p("一级事项")) + tc("", p("二级事项")) + tc("", p("公开内容")),
                tc("", numbered("1", 0, "")) + tc("", numbered("2", 0, "机构信息")) + tc("", numbered("2", 1, "机构职能")) + tc("", numbered("3", 0, "职能")),
                tc("", numbered("1", 0, "")) + tc("", p("")) + tc("", numbered("2", 1, "领导信息")) + tc("", p("姓名")),
                tc("", numbered("1", 0, "")) + tc("", numbered("2", 0, "政策文件")) + tc("", numbered("2", 1, "规范性文件")) + tc("", p("文件")))
                // a second table restarts its 序号 list (a new list instance with a start override)
                + tbl(tc("", p("序号")) + tc("", p("二级事项")), tc("", numbered("4", 0, "")) + tc("", p("依申请公开")));
        ExtractedDocument d = new DocxExtractor(Mappings.builtIn()).extract(FILE, TestFiles.docx(body, numbering));
        Cell[][] g = d.tables().get(0).grid();
        assertEquals(List.of("1", "2", "3"), List.of(g[1][0].text(), g[2][0].text(), g[3][0].text()));
        assertEquals(List.of("一、机构信息", "二、政策文件"), List.of(g[1][1].text(), g[3][1].text()));
        assertEquals(List.of("1.机构职能", "2.领导信息", "1.规范性文件"), List.of(g[1][2].text(), g[2][2].text(), g[3][2].text()));
        assertEquals("职能", g[1][3].text());
        assertEquals("1", d.tables().get(1).grid()[1][0].text());
    }

    @ParameterizedTest
    @CsvSource({"1, decimal, 1", "12, decimal, 12", "3, decimalZero, 03", "1, chineseCounting, 一", "10, chineseCounting, 十",
            "12, chineseCountingThousand, 十二", "20, chineseCounting, 二十", "35, chineseCounting, 三十五",
            "105, chineseCounting, 一〇五", "12, ideographDigital, 一二", "3, decimalEnclosedCircle, ③", "2, upperLetter, B",
            "28, lowerLetter, bb", "4, upperRoman, IV", "9, lowerRoman, ix", "7, someFormatNotKnown, 7"})
    void listNumberFormats(int n, String numFmt, String expected) {
        assertEquals(expected, WordListNumbering.format(n, numFmt));
    }

    @Test
    void gridSpanAndVerticalMergesBecomeSpans() throws Exception {
        ExtractedDocument d = read(p("政府信息公开目录") + tbl(
                tc("<w:gridSpan w:val=\"2\"/>", p("公开事项")) + tc("<w:vMerge w:val=\"restart\"/>", p("公开内容")),
                tc("", p("一级事项")) + tc("", p("二级事项")) + tc("<w:vMerge/>", p("")),
                tc("<w:vMerge w:val=\"restart\"/>", p("机构信息")) + tc("", p("机构概况")) + tc("", p("名称")),
                tc("<w:vMerge/>") + tc("", p("领导信息")) + tc("", p("姓名"))) + p("备注：动态更新"));
        Table t = d.tables().get(0);
        Cell[][] g = t.grid();
        assertEquals(4, t.rowCount());
        assertEquals(3, t.columnCount());
        assertSpan(g[0][0], 0, 0, 1, 2, "公开事项");
        assertSpan(g[1][2], 0, 2, 2, 1, "公开内容");
        assertSpan(g[3][0], 2, 0, 2, 1, "机构信息");
        assertEquals("姓名", g[3][2].text());
        assertEquals("table 1 r4c3", g[3][2].source().cellRef());
        assertEquals(1, g[3][2].source().page());
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
        assertEquals(List.of("备注：动态更新"), texts(d.trailer()));
    }

    @Test
    void gridBeforeShiftsTheRowsCells() throws Exception {
        Table t = read(tbl(tc("", p("a")) + tc("", p("b")),
                "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", p("c")))).tables().get(0);
        assertEquals("c", t.grid()[1][1].text());
        assertEquals(null, t.grid()[1][0]);
    }

    @Test
    void cellParagraphsAndBreaksAreLines() throws Exception {
        String cell = "<w:p><w:r><w:t>机构名称</w:t><w:br/><w:t>办公地址</w:t></w:r></w:p>" + p("") + p("领导信息");
        assertEquals("机构名称\n办公地址\n\n领导信息", onlyCellText(cell));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "Wingdings,   F0FE, ☑",
            "Wingdings,   F06E, ■",
            "Wingdings,   F06F, □",
            "Wingdings,   F0A8, □",
            "Wingdings,   00FE, ☑",
            "wingdings,   F0FD, ☒",
            "Wingdings 2, F052, ☑",
            "Wingdings 2, F0A3, □",
            "Wingdings 2, F050, ✓",
            "Symbol,      F0D6, √",
    })
    void symbolRunsBecomeGlyphs(String font, String code, String glyph) throws Exception {
        String para = "<w:p><w:r><w:sym w:font=\"" + font + "\" w:char=\"" + code + "\"/></w:r><w:r><w:t>政府网站</w:t></w:r></w:p>";
        assertEquals(glyph + "政府网站", onlyCellText(para));
    }

    @ParameterizedTest(name = "{0} text {1} → {2}")
    @CsvSource({
            "Wingdings,   n,       ■",
            "Wingdings,   o,       □",
            "Wingdings,   \uF06E,  ■",
            "Wingdings 2, R,       ☑",
            "Wingdings 2, \uF0A3,  □",
    })
    void symbolFontRunsWrittenAsPlainCharactersBecomeGlyphs(String font, String text, String glyph) throws Exception {
        String para = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/></w:rPr><w:t>" + text
                + "</w:t></w:r><w:r><w:t>报刊</w:t></w:r></w:p>";
        assertEquals(glyph + "报刊", onlyCellText(para));
    }

    @Test
    void unknownSymbolIsKeptAndWarnedAbout() throws Exception {
        ExtractedDocument d = read(tbl(tc("", "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F041\"/></w:r></w:p>") + tc("", p("x"))));
        assertEquals("\uF041", d.tables().get(0).grid()[0][0].text());
        assertEquals(WarningCode.UNKNOWN_SYMBOL, d.warnings().get(0).code());
        assertTrue(d.warnings().get(0).message().contains("Wingdings U+F041"));
    }

    @ParameterizedTest(name = "content control checked={0}")
    @CsvSource({"1, ☑", "0, □", "true, ☑"})
    void contentControlCheckboxes(String val, String glyph) throws Exception {
        String sdt = "<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + val + "\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/>"
                + "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\"/></w:rPr><w:t>☐</w:t></w:r>"
                + "</w:sdtContent></w:sdt><w:r><w:t>政府网站</w:t></w:r></w:p>";
        assertEquals(glyph + "政府网站", onlyCellText(sdt));
    }

    @ParameterizedTest(name = "form checkbox {0}")
    @CsvSource({
            "'<w:checked/>',                               ☑",
            "'<w:checked w:val=\"0\"/>',                   □",
            "'<w:default w:val=\"1\"/>',                   ☑",
            "'<w:default w:val=\"0\"/>',                   □",
            "'<w:default w:val=\"1\"/><w:checked w:val=\"false\"/>', □",
    })
    void legacyFormCheckboxes(String state, String glyph) throws Exception {
        String para = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:enabled/>"
                + "<w:checkBox><w:sizeAuto/>" + state + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>报刊</w:t></w:r></w:p>";
        assertEquals(glyph + "报刊", onlyCellText(para));
    }

    @Test
    void everyTableIsKeptIncludingOnesInsideContentControls() throws Exception {
        ExtractedDocument d = read(p("标题") + tbl(tc("", p("a")) + tc("", p("b"))) + p("中间")
                + "<w:sdt><w:sdtContent>" + tbl(tc("", p("c")) + tc("", p("d"))) + "</w:sdtContent></w:sdt>");
        assertEquals(2, d.tables().size());
        assertEquals("d", d.tables().get(1).grid()[0][1].text());
        assertEquals("table 2 r1c2", d.tables().get(1).grid()[0][1].source().cellRef());
        assertEquals(List.of("中间"), texts(d.trailer()));
    }

    @Test
    void aOneColumnFrameTableAroundTheCatalogIsLookedThrough() throws Exception {
        String inner = tbl(tc("", p("序号")) + tc("", p("公开事项")), tc("", p("1")) + tc("", p("机构信息")));
        ExtractedDocument d = read(tbl(tc("", p("政府信息公开目录"), inner, p("备注：无"))));
        assertEquals(1, d.tables().size());
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
        assertEquals(List.of("备注：无"), texts(d.trailer()));
    }

    @Test
    void aTableNestedInADataCellStaysTextOfThatCell() throws Exception {
        String inner = tbl(tc("", p("甲")) + tc("", p("乙")), tc("", p("丙")) + tc("", p("丁")));
        Table t = read(tbl(tc("", p("序号")) + tc("", p("内容")), tc("", p("1")) + tc("", p("说明"), inner))).tables().get(0);
        assertEquals("说明\n甲 乙\n丙 丁", t.grid()[1][1].text());
    }

    @Test
    void aTitleInATextBoxIsReadOnce() throws Exception {
        String box = "<w:txbxContent>" + p("政府信息公开目录") + "</w:txbxContent>";
        String para = "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"urn:wp\"><wp:txbx>" + box + "</wp:txbx></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:textbox xmlns:v=\"urn:v\">" + box + "</v:textbox></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        ExtractedDocument d = read(para + p("填表人：张三") + tbl(tc("", p("a")) + tc("", p("b"))));
        assertEquals(List.of("政府信息公开目录", "填表人：张三"), texts(d.preamble()));
    }

    @Test
    void deletedTextAndFieldInstructionsAreNotShown() throws Exception {
        String para = "<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        assertEquals("新3", onlyCellText(para));
    }

    @Test
    void aDocxWrittenByPoiIsRead() throws Exception {
        ExtractedDocument d = new DocxExtractor(Mappings.builtIn()).extract(FILE, TestFiles.poiDocx());
        assertEquals(List.of("政府信息公开目录"), texts(d.preamble()));
        assertEquals("公开事项", d.tables().get(0).grid()[0][1].text());
        assertEquals("catalog.docx", d.source());
    }
}
