package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.ocr.GrayImage;
import org.gkml.extract.ocr.RulingLines;
import org.gkml.extract.ocr.TableImages;
import org.gkml.extract.ocr.Tesseract;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanned pages without the OCR program, and the grid a picture's lines give (no OCR program needed). */
class ScannedPdfTest {

    private static byte[] imageOnlyPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, TableImages.table(1200, 900, 3, 3, 0)), 0, 0, 612, 459);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void withoutTheOcrProgramAScanSaysWhatToInstall() throws Exception {
        PdfExtractor extractor = new PdfExtractor(Mappings.builtIn(), () -> Tesseract.locate("/nonexistent/gkml-test/tesseract"));
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> extractor.extract(Path.of("scan.pdf"), imageOnlyPdf()));
        assertTrue(e.getMessage().contains("needs OCR: page 1"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void linesFoundInAPictureGiveTheGridWithItsMergedCell() {
        GrayImage image = GrayImage.of(TableImages.table(2480, 1600, 4, 5, 0));
        List<RulingLines.Line> lines = ScannedPage.tableLines(RulingLines.find(image, image.otsuThreshold(), ScannedPage.DPI));
        List<Ruling> rulings = new ArrayList<>();
        double k = 72 / ScannedPage.DPI;
        for (RulingLines.Line l : lines) rulings.add(new Ruling(l.horizontal(), l.position() * k, l.from() * k, l.to() * k));
        List<RulingGrid.PageTable> tables = RulingGrid.tables(rulings);
        assertEquals(1, tables.size());
        RulingGrid.PageTable t = tables.get(0);
        assertEquals(6, t.xs().length, "5 columns");
        assertEquals(5, t.ys().length, "4 rows");
        assertEquals(19, t.boxes().size(), "20 cells, two of them merged into one");
        assertTrue(t.boxes().stream().anyMatch(b -> b.row() == 1 && b.col() == 1 && b.colSpan() == 2), t.boxes().toString());
    }

    @Test
    void strokesStackedInACellAreNoTableLine() {
        double mm = ScannedPage.DPI / 25.4;
        List<RulingLines.Line> lines = new ArrayList<>(List.of(
                new RulingLines.Line(true, 100, 100, 1000, 3), new RulingLines.Line(true, 400, 100, 1000, 3),
                new RulingLines.Line(false, 100, 100, 400, 3), new RulingLines.Line(false, 1000, 100, 400, 3),
                // a column of characters inside the cell, joined into a run 8 mm long: it meets no line
                new RulingLines.Line(false, 500, (int) (150), (int) (150 + 8 * mm), 4)));
        List<RulingLines.Line> kept = ScannedPage.tableLines(lines);
        assertEquals(4, kept.size(), kept.toString());
        assertTrue(kept.stream().noneMatch(l -> l.position() == 500));
    }
}
