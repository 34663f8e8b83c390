package org.gkml.extract.pdf;

import org.gkml.vocabulary.Mappings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs built here with PDFBox: span logic, page joins, symbol glyphs, the fallback and bad files. */
class PdfExtractorTest {

    private static final double[] XS = {50, 150, 250, 350};

    private static ExtractedDocument extract(byte[] pdf) throws UnreadableFileException {
        return new PdfExtractor(Mappings.builtIn()).extract(Path.of("test.pdf"), pdf);
    }

    private static Table onlyTable(ExtractedDocument doc) {
        assertEquals(1, doc.tables().size(), "tables: " + doc.tables());
        return doc.tables().get(0);
    }

    private static Cell at(Table t, int row, int col) {
        Cell c = t.grid()[row][col];
        assertNotNull(c, "no cell at " + row + "," + col);
        return c;
    }

    @Test
    void missingRulingsBecomeSpans() throws Exception {
        // 3 columns x 3 rows; row 0 has no line between columns 0 and 1; column 0 has no line between rows 1 and 2
        SyntheticPdf pdf = new SyntheticPdf()
                .line(50, 100, 50, 190).line(350, 100, 350, 190)   // outer verticals
                .line(150, 130, 150, 190)                           // col 0|1 only below row 0
                .line(250, 100, 250, 190)                           // col 1|2 everywhere
                .line(50, 100, 350, 100).line(50, 130, 350, 130).line(50, 190, 350, 190)
                .line(150, 160, 350, 160)                           // row 1|2 only right of column 0
                .text(60, 118, "Header AB").text(260, 118, "Header C")
                .text(60, 170, "Group").text(160, 148, "b1").text(260, 148, "c1").text(160, 178, "b2").text(260, 178, "c2");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(3, t.rowCount());
        assertEquals(3, t.columnCount());
        Cell header = at(t, 0, 0);
        assertEquals(2, header.colSpan());
        assertEquals("Header AB", header.text());
        Cell group = at(t, 1, 0);
        assertEquals(2, group.rowSpan());
        assertEquals("Group", group.text());
        assertEquals(group, at(t, 2, 0));
        assertEquals("b2", at(t, 2, 1).text());
        assertEquals("c1", at(t, 1, 2).text());
    }

    @Test
    void rotatedLandscapePageReadsUpright() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf().rotatedPage()
                .text(50, 60, "Landscape catalog")
                .grid(new double[]{50, 300, 550, 800}, new double[]{100, 130, 160})
                .text(60, 118, "No").text(310, 118, "Item").text(560, 118, "Unit")
                .text(60, 148, "1").text(310, 148, "alpha").text(560, 148, "office");
        ExtractedDocument doc = extract(pdf.bytes());
        Table t = onlyTable(doc);
        assertEquals(2, t.rowCount());
        assertEquals("Item", at(t, 0, 1).text());
        assertEquals("office", at(t, 1, 2).text());
        assertEquals("Landscape catalog", doc.preamble().get(0).text());
    }

    @Test
    void thinFilledRectanglesAndStrokedBoxesAreLines() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf();
        for (double x : XS) pdf.filledLine(x, 100, x + 0.6, 160);
        pdf.box(50, 100, 350, 130).box(50, 130, 350, 160);
        pdf.text(60, 118, "a").text(160, 118, "b").text(260, 118, "c").text(60, 148, "d");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(2, t.rowCount());
        assertEquals(3, t.columnCount());
        assertEquals("c", at(t, 0, 2).text());
        assertEquals("d", at(t, 1, 0).text());
    }

    @Test
    void wrappedCellTextKeepsItsLineBreaks() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf().grid(XS, new double[]{100, 160, 190})
                .text(60, 115, "first line").text(60, 128, "second line").text(160, 115, "x")
                .text(60, 175, "y").text(160, 175, "z");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals("first line\nsecond line", at(t, 0, 0).text());
    }

    @Test
    void lineRunningToTheCellEdgeWasWrappedByTheLayout() throws Exception {
        // column 0 is 100 pt wide; eight W at 10 pt (75.5 pt) from x = 60 end within a glyph of the right margin
        SyntheticPdf pdf = new SyntheticPdf().grid(XS, new double[]{100, 160, 190})
                .text(60, 115, "WWWWWWWW").text(60, 128, "end").text(60, 141, "next")
                .text(160, 115, "x").text(60, 175, "y");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals("WWWWWWWW end\nnext", at(t, 0, 0).text());
    }

    @Test
    void tableOnTwoPagesIsOneTableWithTheRepeatedHeaderDropped() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf()
                .grid(XS, new double[]{100, 130, 160, 190})
                .text(50, 80, "Catalog title")
                .text(60, 118, "No").text(160, 118, "Item").text(260, 118, "Unit")
                .text(60, 148, "1").text(160, 148, "alpha").text(260, 148, "office")
                .text(60, 178, "2").text(160, 178, "beta").text(260, 178, "office")
                .text(280, 820, "1")                                   // page number
                .page()
                .grid(XS, new double[]{60, 90, 120})
                .text(60, 78, "No").text(160, 78, "Item").text(260, 78, "Unit")
                .text(60, 108, "3").text(160, 108, "gamma").text(260, 108, "office")
                .text(280, 820, "2")
                .text(50, 200, "Note: below the table");
        ExtractedDocument doc = extract(pdf.bytes());
        Table t = onlyTable(doc);
        assertEquals(4, t.rowCount());
        assertEquals("No", at(t, 0, 0).text());
        assertEquals("3", at(t, 3, 0).text());
        assertEquals("gamma", at(t, 3, 1).text());
        assertEquals(List.of("Catalog title"), doc.preamble().stream().map(l -> l.text()).toList());
        assertEquals(List.of("Note: below the table"), doc.trailer().stream().map(l -> l.text()).toList());
    }

    @Test
    void repeatedHeaderIsFoundBelowATitleRowInsideTheTable() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf()
                .line(50, 70, 350, 70).line(50, 70, 50, 160).line(350, 70, 350, 160)
                .line(150, 100, 150, 160).line(250, 100, 250, 160)
                .line(50, 100, 350, 100).line(50, 130, 350, 130).line(50, 160, 350, 160)
                .text(60, 88, "Catalog drawn as the first row")
                .text(60, 118, "No").text(160, 118, "Item").text(260, 118, "Unit")
                .text(60, 148, "1").text(160, 148, "alpha").text(260, 148, "office")
                .page()
                .grid(XS, new double[]{60, 90, 120})
                .text(60, 78, "No").text(160, 78, "Item").text(260, 78, "Unit")
                .text(60, 108, "2").text(160, 108, "beta").text(260, 108, "office");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(4, t.rowCount());
        assertEquals(3, at(t, 0, 0).colSpan());
        assertEquals("beta", at(t, 3, 1).text());
    }

    @Test
    void rowBrokenByThePageBreakIsRejoined() throws Exception {
        // page 1 ends inside row 2: its verticals run on below the last horizontal line (no bottom line);
        // page 2 starts without a top line
        SyntheticPdf pdf = new SyntheticPdf()
                .line(50, 100, 50, 800).line(150, 100, 150, 800).line(250, 100, 250, 800).line(350, 100, 350, 800)
                .line(50, 100, 350, 100).line(50, 130, 350, 130).line(50, 160, 350, 160)
                .text(60, 118, "No").text(160, 118, "Item").text(260, 118, "Content")
                .text(60, 148, "1").text(160, 148, "alpha").text(260, 148, "one")
                .text(60, 178, "2").text(160, 178, "beta").text(260, 178, "first half")
                .page()
                .line(50, 40, 50, 120).line(150, 40, 150, 120).line(250, 40, 250, 120).line(350, 40, 350, 120)
                .line(50, 70, 350, 70).line(50, 120, 350, 120)
                .text(260, 58, "second half")
                .text(60, 88, "3").text(160, 88, "gamma").text(260, 88, "three");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(4, t.rowCount());
        assertEquals("first half\nsecond half", at(t, 2, 2).text());
        assertEquals("beta", at(t, 2, 1).text());
        assertEquals("gamma", at(t, 3, 1).text());
    }

    @Test
    void runningHeaderDoesNotStopThePageJoin() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf()
                .text(50, 40, "Annex 1")
                .grid(XS, new double[]{100, 130, 160}).text(60, 118, "No").text(60, 148, "1")
                .page()
                .text(50, 40, "Annex 1")
                .grid(XS, new double[]{60, 90}).text(60, 78, "2");
        ExtractedDocument doc = extract(pdf.bytes());
        assertEquals(3, onlyTable(doc).rowCount());
        assertEquals(List.of("Annex 1"), doc.preamble().stream().map(l -> l.text()).toList());
    }

    @Test
    void doubleBordersAndMissingSideBordersMakeNoExtraColumns() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf()
                .line(20, 100, 380, 100).line(20, 102.5, 380, 102.5)      // double top border
                .line(20, 130, 380, 130).line(20, 160, 380, 160)
                .line(150, 100, 150, 160).line(250, 100, 250, 160)         // inner verticals only
                .text(30, 118, "left").text(160, 118, "mid").text(260, 118, "right")
                .text(30, 148, "l2").text(260, 148, "r2");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(2, t.rowCount());
        assertEquals(3, t.columnCount());
        assertEquals("left", at(t, 0, 0).text());
        assertEquals("r2", at(t, 1, 2).text());
    }

    @Test
    void mergedCellCutByThePageBreakGoesOnOverTheNextPage() throws Exception {
        // column 1 is one cell over rows 1-2 on page 1 and goes on, empty, in the first row of page 2
        SyntheticPdf pdf = new SyntheticPdf()
                .line(50, 100, 50, 190).line(150, 100, 150, 190).line(250, 100, 250, 190).line(350, 100, 350, 190)
                .line(50, 100, 350, 100).line(50, 130, 350, 130).line(50, 190, 350, 190)
                .line(50, 160, 150, 160).line(250, 160, 350, 160)
                .text(60, 118, "No").text(160, 118, "Group").text(260, 118, "Item")
                .text(60, 148, "1").text(160, 163, "people").text(260, 148, "alpha")
                .text(60, 178, "2").text(260, 178, "beta")
                .page()
                .grid(XS, new double[]{60, 90, 120})
                .text(60, 78, "3").text(260, 78, "gamma")
                .text(60, 108, "4").text(160, 108, "prices").text(260, 108, "delta");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(5, t.rowCount());
        Cell group = at(t, 1, 1);
        assertEquals("people", group.text());
        assertEquals(3, group.rowSpan());
        assertEquals(group, at(t, 3, 1));
        assertEquals("prices", at(t, 4, 1).text());
        assertEquals("3", at(t, 3, 0).text());
    }

    @Test
    void wideDoubleFrameAndDoubleRowBorderAreOneBoundaryEach() throws Exception {
        // Writer's 2.25 pt double border: two strokes 5 pt apart around the table and under the header; the
        // lines meeting a double border stop at its inner stroke
        SyntheticPdf pdf = new SyntheticPdf()
                .box(45, 95, 355, 195).box(50, 100, 350, 190)
                .line(50, 127.5, 350, 127.5).line(50, 132.5, 350, 132.5).line(50, 160, 350, 160)
                .line(150, 100, 150, 127.5).line(250, 100, 250, 127.5)
                .line(150, 132.5, 150, 190).line(250, 132.5, 250, 190)
                .text(60, 118, "No").text(160, 118, "Item").text(260, 118, "Unit")
                .text(60, 148, "1").text(160, 148, "alpha").text(260, 148, "office")
                .text(60, 178, "2").text(160, 178, "beta").text(260, 178, "bureau");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(3, t.rowCount());
        assertEquals(3, t.columnCount());
        assertEquals("Unit", at(t, 0, 2).text());
        assertEquals("alpha", at(t, 1, 1).text());
        assertEquals("bureau", at(t, 2, 2).text());
    }

    @Test
    void thinRowCrossedByItsColumnLinesIsNoDoubleBorder() {
        List<Ruling> rows = List.of(new Ruling(true, 100, 50, 350), new Ruling(true, 106, 50, 350));
        List<Ruling> columns = List.of(new Ruling(false, 50, 100, 106), new Ruling(false, 150, 100, 106),
                new Ruling(false, 350, 100, 106));
        assertTrue(!RulingGrid.doubleBorder(rows, columns, 100, 106));
        // the same two lines with the column line stopping at them are one double border
        List<Ruling> stopped = List.of(new Ruling(false, 50, 90, 120), new Ruling(false, 150, 80, 100),
                new Ruling(false, 150, 106, 130), new Ruling(false, 350, 90, 120));
        assertTrue(RulingGrid.doubleBorder(rows, stopped, 100, 106));
    }

    @Test
    void groupMergedOverRowsGoesOnOverThePageBreakWhereItStartsInTheLastRow() throws Exception {
        // column 1 (the group) starts in the last row of page 1; Writer draws its rest on page 2 as one empty
        // cell merged over two rows, under the repeated header
        SyntheticPdf pdf = new SyntheticPdf()
                .grid(XS, new double[]{100, 130, 190})
                .text(60, 118, "No").text(160, 118, "Group").text(260, 118, "Item")
                .text(60, 142, "1").text(160, 142, "people").text(260, 142, "alpha")
                .page()
                .line(50, 60, 50, 150).line(150, 60, 150, 150).line(250, 60, 250, 150).line(350, 60, 350, 150)
                .line(50, 60, 350, 60).line(50, 90, 350, 90).line(50, 150, 350, 150)
                .line(50, 120, 150, 120).line(250, 120, 350, 120)
                .text(60, 78, "No").text(160, 78, "Group").text(260, 78, "Item")
                .text(60, 108, "2").text(260, 108, "beta")
                .text(60, 138, "3").text(260, 138, "gamma");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(4, t.rowCount());
        Cell group = at(t, 1, 1);
        assertEquals("people", group.text());
        assertEquals(3, group.rowSpan());
        assertEquals(group, at(t, 3, 1));
        assertEquals("gamma", at(t, 3, 2).text());
    }

    @Test
    void numberWrappedInANarrowColumnStaysOneNumber() throws Exception {
        // column 0 is 14 pt wide: 序号 20 wraps after its first digit
        SyntheticPdf pdf = new SyntheticPdf().grid(new double[]{50, 64, 250, 350}, new double[]{100, 130, 160})
                .text(55, 112, "2").text(55, 124, "0").text(70, 118, "alpha").text(260, 118, "x")
                .text(55, 148, "9").text(70, 148, "beta");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals("20", at(t, 0, 0).text());
    }

    @Test
    void tablesWithDifferentColumnsOnConsecutivePagesStaySeparate() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf()
                .grid(XS, new double[]{100, 130, 160}).text(60, 118, "a").text(60, 148, "b")
                .page()
                .grid(new double[]{50, 300, 500}, new double[]{60, 90, 120}).text(60, 78, "c").text(60, 108, "d");
        assertEquals(2, extract(pdf.bytes()).tables().size());
    }

    @ParameterizedTest(name = "{0} code {1} reads as {2}")
    @CsvSource({
            "Wingdings, n, ■",
            "Wingdings, o, □",
            "Wingdings, þ, ☑",
            "Wingdings2, R, ☑",
            "ABCDEF+Wingdings-Regular, n, ■",
            "LiberationSans, n, n",
    })
    void symbolFontGlyphsAreReadByFontAndCode(String baseFont, String shown, String expected) throws Exception {
        SyntheticPdf pdf = new SyntheticPdf();
        PDFont font = pdf.trueTypeNamed(baseFont);
        pdf.grid(XS, new double[]{100, 130, 160})
                .text(160, 118, shown, font).text(172, 118, "website")
                .text(60, 118, "1").text(60, 148, "2");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals(expected + "website", at(t, 0, 1).text().replace(" ", ""));
    }

    @Test
    void standardDingbatsAndSymbolGlyphs() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf().grid(XS, new double[]{100, 130, 160})
                .text(60, 118, "\u25A0", SyntheticPdf.ZAPF).text(160, 118, "\u221A", SyntheticPdf.SYMBOL)
                .text(60, 148, "x");
        Table t = onlyTable(extract(pdf.bytes()));
        assertEquals("■", at(t, 0, 0).text());
        assertEquals("√", at(t, 0, 1).text());
    }

    @Test
    void pageWithoutLinesIsReadByTextAlignmentWithAWarning() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf().text(50, 80, "Title of the catalog")
                .text(50, 120, "No").text(150, 120, "Item").text(300, 120, "Unit")
                .text(50, 140, "1").text(150, 140, "alpha").text(300, 140, "office")
                .text(150, 152, "continued")
                .text(50, 170, "2").text(150, 170, "beta").text(300, 170, "bureau");
        ExtractedDocument doc = extract(pdf.bytes());
        Table t = onlyTable(doc);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.columnCount());
        assertEquals("alpha\ncontinued", at(t, 1, 1).text());
        assertEquals("bureau", at(t, 2, 2).text());
        assertEquals("Title of the catalog", doc.preamble().get(0).text());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.PDF_TABLE_FROM_ALIGNMENT), doc.warnings().toString());
    }

    @Test
    void alignmentFallbackCutsCentredCellsBetweenRowsAtTheWidestGap() throws Exception {
        // row 1's content has three lines centred on its 序号; row 2's content starts a line above its 序号
        SyntheticPdf pdf = new SyntheticPdf()
                .text(50, 120, "No").text(100, 120, "Item").text(250, 120, "Unit")
                .text(100, 150, "line a").text(50, 162, "1").text(100, 162, "line b").text(250, 162, "office").text(100, 174, "line c")
                .text(100, 204, "line d").text(50, 216, "2").text(100, 216, "line e").text(250, 216, "bureau")
                .page()
                .text(50, 120, "No").text(100, 120, "Item").text(250, 120, "Unit")
                .text(100, 135, "line e2")                                  // row 2 goes on after the page break
                .text(50, 165, "3").text(100, 165, "line f").text(250, 165, "hall")
                .text(100, 177, "line g");                                  // row 3 runs on in one column
        ExtractedDocument doc = extract(pdf.bytes());
        Table t = onlyTable(doc);
        assertEquals(4, t.rowCount(), "the second page's header row is dropped");
        assertEquals("line a\nline b\nline c", at(t, 1, 1).text());
        assertEquals("line d\nline e\nline e2", at(t, 2, 1).text());
        assertEquals("hall", at(t, 3, 2).text());
        assertEquals("line f\nline g", at(t, 3, 1).text());
        assertTrue(doc.trailer().isEmpty(), doc.trailer().toString());
    }

    // ------------------------------------------------------------------ bad files

    private static String reason(byte[] pdf) {
        return assertThrows(UnreadableFileException.class, () -> extract(pdf)).reason();
    }

    @Test
    void passwordProtected() throws Exception {
        SyntheticPdf pdf = new SyntheticPdf().text(50, 80, "secret");
        byte[] plain = pdf.bytes();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            String reason = reason(out.toByteArray());
            assertTrue(reason.contains("password-protected") && reason.contains("unprotected copy"), reason);
        }
    }

    @Test
    void tooManyPagesIsRefusedWithoutReadingThem() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2000; i++) doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            String reason = reason(out.toByteArray());
            assertTrue(reason.contains("2000 pages"), reason);
        }
    }

    @Test
    void decompressionBombInThePageContentIsRefused() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(zipped, new Deflater(9))) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 100; i++) d.write(spaces); // 100 MB of white space
            }
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(zipped.toByteArray());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            String reason = reason(out.toByteArray());
            assertTrue(reason.contains("page 1 holds more than 64 MB"), reason);
        }
    }

    /** Why a PDF is refused where no OCR program is installed. */
    private static String reasonWithoutOcr(byte[] pdf) {
        PdfExtractor extractor = new PdfExtractor(Mappings.builtIn(), () -> org.gkml.extract.ocr.Tesseract.locate("/nonexistent/gkml-test/tesseract"));
        return assertThrows(UnreadableFileException.class, () -> extractor.extract(Path.of("test.pdf"), pdf)).reason();
    }

    @Test
    void unmappedGlyphsNeedOcr() throws Exception {
        String reason = reasonWithoutOcr(SyntheticPdf.unmappedTextPdf());
        assertTrue(reason.startsWith("needs OCR") && reason.contains("page 1") && reason.contains("apt-get install tesseract-ocr"), reason);
    }

    @Test
    void imageOnlyPagesNeedOcr() throws Exception {
        String reason = reasonWithoutOcr(new SyntheticPdf().image().page().image().bytes());
        assertTrue(reason.startsWith("needs OCR") && reason.contains("pages 1–2") && reason.contains("apt-get install tesseract-ocr"), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "empty, ''",
            "not a PDF, 'hello world'",
            "header then junk, '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj garbage'",
    })
    void brokenFilesGiveAClearReason(String name, String content) {
        String reason = reason(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(!reason.isBlank(), name);
    }

    @Test
    void truncatedFileIsReadOrRefusedButNeverThrowsOtherwise() throws Exception {
        byte[] full = new SyntheticPdf().grid(XS, new double[]{100, 130, 160}).text(60, 118, "a").text(60, 148, "b").bytes();
        for (int cut : new int[]{full.length / 4, full.length / 2, full.length - 40}) {
            byte[] part = Arrays.copyOf(full, cut);
            try {
                extract(part);
            } catch (UnreadableFileException e) {
                assertTrue(!e.reason().isBlank());
            }
        }
    }

    @Test
    void truncatedRenditionIsRefusedAsDamaged() throws Exception {
        byte[] full = java.nio.file.Files.readAllBytes(Path.of("corpus/renditions/004_43e84b5de54c8a3d.pdf"));
        String reason = reason(Arrays.copyOf(full, full.length / 2));
        assertTrue(reason.contains("damaged or truncated"), reason);
    }

    @Test
    void missingEndOfFileMarkerIsWarned() throws Exception {
        byte[] full = new SyntheticPdf().grid(XS, new double[]{100, 130, 160}).text(60, 118, "a").text(60, 148, "b").bytes();
        String text = new String(full, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] cut = Arrays.copyOf(full, text.lastIndexOf("%%EOF"));
        ExtractedDocument doc = extract(cut);
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.PDF_TRUNCATED), doc.warnings().toString());
    }

    @Test
    void pageListNamesRanges() {
        assertEquals("pages 1–3, 5", PdfExtractor.pageList(List.of(1, 2, 3, 5)));
        assertEquals("page 7", PdfExtractor.pageList(List.of(7)));
    }

    static byte[] bytes(SyntheticPdf pdf) throws IOException {
        return pdf.bytes();
    }
}
