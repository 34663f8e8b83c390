package org.gkml.extract.office;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.FileFormat;
import org.gkml.extract.TableExtractor;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.gkml.extract.TestFiles.assertSpan;
import static org.gkml.extract.TestFiles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The same small Word table as DOCX and as DOC (LibreOffice's conversion): merges, symbol checkboxes, form checkboxes. */
class DocExtractorTest {

    @ParameterizedTest
    @CsvSource({"symbols.docx, DOCX", "symbols.doc, DOC"})
    void mergesSymbolsAndFormCheckboxes(String resource, FileFormat format) throws Exception {
        ExtractedDocument d = read(resource, format);
        assertEquals(format.id(), d.format());
        assertEquals(List.of("符号测试目录"), texts(d.preamble()));
        assertEquals(List.of("备注：测试"), texts(d.trailer()));
        Cell[][] g = d.tables().get(0).grid();
        assertEquals(4, g.length);
        assertEquals(3, g[0].length);
        assertSpan(g[0][0], 0, 0, 1, 2, "公开事项");
        assertSpan(g[1][2], 0, 2, 2, 1, "公开渠道");
        assertSpan(g[3][0], 2, 0, 2, 1, "机构信息");
        assertEquals("☑政府网站\n□报刊\n☑公告栏", g[2][2].text(), "w:sym Wingdings F0FE / F06F, Wingdings 2 F052");
        assertEquals("■政府网站\n□报刊\n☑公开查阅点\n□广播电视", g[3][2].text(), "Wingdings n / o, form checkboxes on / off");
        assertEquals("table 1 r4c3", g[3][2].source().cellRef());
        assertEquals(List.of(), d.warnings());
    }

    /** Word's list button numbers the 序号 cells (they hold no digits) and the 一级事项 (一、 二、): read as Word shows them. */
    @ParameterizedTest
    @CsvSource({"numbered.docx, DOCX", "numbered.doc, DOC"})
    void automaticListNumbersAreShown(String resource, FileFormat format) throws Exception {
        Cell[][] g = read(resource, format).tables().get(0).grid();
        assertEquals(List.of("1", "2", "3"), List.of(g[1][0].text(), g[2][0].text(), g[3][0].text()));
        assertEquals(List.of("一、机构信息", "二、机构信息", "三、政策文件"), List.of(g[1][1].text(), g[2][1].text(), g[3][1].text()));
        assertEquals("领导信息", g[2][2].text());
    }

    /** Saved with revisions not accepted and with hidden text: read as Word shows and prints it (no deleted or hidden text). */
    @ParameterizedTest
    @CsvSource({"revised.docx, DOCX", "revised.doc, DOC"})
    void deletedAndHiddenTextIsNotRead(String resource, FileFormat format) throws Exception {
        ExtractedDocument d = read(resource, format);
        assertEquals(List.of("修订测试目录"), texts(d.preamble()));
        Cell[][] g = d.tables().get(0).grid();
        assertEquals(List.of("领导信息", "政府网站"), List.of(g[1][0].text(), g[1][1].text()));
        assertEquals(List.of("备注：测试"), texts(d.trailer()));
    }

    /** A committed test file read by the extractor of its format. */
    private ExtractedDocument read(String resource, FileFormat format) throws Exception {
        TableExtractor extractor = format == FileFormat.DOC ? new DocExtractor(Mappings.builtIn()) : new DocxExtractor(Mappings.builtIn());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return extractor.extract(Path.of(resource), in.readAllBytes());
        }
    }
}
