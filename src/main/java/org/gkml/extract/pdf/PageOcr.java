package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gkml.extract.ocr.GrayImage;
import org.gkml.extract.ocr.OcrException;
import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.extract.ocr.Tesseract;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * OCR for the pages of one PDF that have no readable text layer: each is rendered at {@link ScannedPage#DPI}
 * in grey and read by {@link ScannedPage}. Every page read so says so in a warning (with its turn, skew, the
 * OCR's mean confidence and time), and every reading snapped to the vocabulary names the raw reading beside
 * the corrected one.
 */
final class PageOcr {

    private final PDDocument doc;
    private final OcrVocabulary vocabulary;
    private final Tesseract.Availability tesseract;
    private final String file;
    private PDFRenderer renderer;
    private int pages;
    private int pagesWithTables;

    PageOcr(PDDocument doc, OcrVocabulary vocabulary, Tesseract.Availability tesseract, String file) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.tesseract = tesseract;
        this.file = file;
    }

    /** Why OCR cannot run here (the program or its Chinese data missing, with what to install), or null. */
    String unavailable() {
        return tesseract.ok() ? null : tesseract.problem();
    }

    /** Pages read by OCR so far, and how many of them showed a ruled table. */
    int pages() {
        return pages;
    }

    int pagesWithTables() {
        return pagesWithTables;
    }

    /** Page {@code p} (1-based) read from its picture; the warnings say how. */
    PageReader read(int p, List<Warning> warnings) throws OcrException, IOException {
        long start = System.nanoTime();
        if (renderer == null) renderer = new PDFRenderer(doc);
        GrayImage picture = GrayImage.of(renderer.renderImageWithDPI(p - 1, (float) ScannedPage.DPI, ImageType.GRAY));
        ScannedPage.Result r = ScannedPage.read(doc.getPage(p - 1), picture, tesseract.tesseract(), vocabulary);
        double seconds = (System.nanoTime() - start) / 1e9;
        pages++;
        if (!RulingGrid.tables(r.page().rulings).isEmpty()) pagesWithTables++;
        StringBuilder how = new StringBuilder("page " + p + " has no readable text layer; read by OCR (tesseract " + tesseract.tesseract().version()
                + ", " + (int) ScannedPage.DPI + " dpi");
        if (r.quarterTurns() != 0) how.append(", turned ").append(r.quarterTurns() * 90).append("° clockwise");
        if (r.skew() != 0) how.append(String.format(Locale.ROOT, ", levelled by %.2f°", r.skew()));
        how.append(String.format(Locale.ROOT, ", %d words, mean confidence %.0f, %.1f s)", r.words(), Double.isNaN(r.confidence()) ? 0 : r.confidence(), seconds));
        warnings.add(new Warning(WarningCode.OCR_PAGE, how.toString(), new Provenance(file, p, 0, null)));
        for (ScannedPage.Correction c : r.corrections()) {
            warnings.add(new Warning(WarningCode.OCR_CORRECTED, "OCR read \"" + c.raw() + "\", taken as \"" + c.corrected() + "\" (a known word)",
                    Provenance.ofCell(file, p, "page table row " + c.row() + " col " + c.col())));
        }
        return r.page();
    }
}
