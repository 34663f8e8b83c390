package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gkml.extract.ocr.DocumentReadings;
import org.gkml.extract.ocr.GrayImage;
import org.gkml.extract.ocr.OcrException;
import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.extract.ocr.Tesseract;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** What each page read by OCR read (page number → its reading), for the corrections across the document. */
    private final Map<Integer, ScannedPage.Result> read = new LinkedHashMap<>();

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
        read.put(p, r);
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

    /**
     * The pages whose cells {@link DocumentReadings} corrects from what the document (every page read by OCR, its
     * cells and the text around its tables) and the vocabulary read surely elsewhere (page number → the page
     * corrected); each corrected cell says so in an {@code ocr-corrected} warning with its raw reading and the
     * phrase that corrected it.
     */
    Map<Integer, PageReader> correctAcrossPages(List<Warning> warnings) {
        List<DocumentReadings.Reading> readings = new ArrayList<>();
        List<int[]> where = new ArrayList<>();   // per reading: page, cell index
        for (Map.Entry<Integer, ScannedPage.Result> e : read.entrySet()) {
            List<ScannedPage.Cell> cells = e.getValue().cells();
            for (int i = 0; i < cells.size(); i++) {
                ScannedPage.Cell c = cells.get(i);
                StringBuilder text = new StringBuilder();
                List<Double> confidence = new ArrayList<>();
                for (int l = 0; l < c.lines().size(); l++) {
                    String t = c.texts().get(l).replaceAll("\\s+", "");
                    double[] per = ScannedPage.confidences(c.lines().get(l), c.texts().get(l));
                    if (per.length != t.length()) { text.setLength(0); confidence.clear(); break; }
                    text.append(t);
                    for (double d : per) confidence.add(d);
                }
                double[] conf = new double[confidence.size()];
                for (int k = 0; k < conf.length; k++) conf[k] = confidence.get(k);
                readings.add(new DocumentReadings.Reading(text.toString(), conf, c.box() != null));
                where.add(new int[]{e.getKey(), i});
            }
        }
        Map<Integer, Map<Integer, List<String>>> changed = new HashMap<>();
        for (DocumentReadings.Change ch : DocumentReadings.correct(readings, vocabulary.words(), vocabulary::knows)) {
            int page = where.get(ch.reading())[0], cell = where.get(ch.reading())[1];
            ScannedPage.Cell c = read.get(page).cells().get(cell);
            List<String> texts = new ArrayList<>();
            int k = 0;
            for (String line : c.texts()) {
                StringBuilder t = new StringBuilder();
                for (int q = 0; q < line.length(); q++) {
                    char x = line.charAt(q);
                    t.append(Character.isWhitespace(x) ? String.valueOf(x) : ch.became().get(k++));
                }
                texts.add(t.toString());
            }
            changed.computeIfAbsent(page, x -> new HashMap<>()).put(cell, texts);
            StringBuilder from = new StringBuilder();
            for (DocumentReadings.Evidence ev : ch.evidence()) {
                if (!from.isEmpty()) from.append(", ");
                from.append('"').append(ev.phrase()).append("\" ").append(ev.reading() < 0 ? "(a known word)" : "at " + place(where.get(ev.reading())));
            }
            warnings.add(new Warning(WarningCode.OCR_CORRECTED, "OCR read \"" + ch.before() + "\", taken as \"" + ch.after()
                    + "\" (as read surely elsewhere in the document: " + from + ")",
                    Provenance.ofCell(file, page, "page table row " + (c.box().row() + 1) + " col " + (c.box().col() + 1))));
        }
        Map<Integer, PageReader> out = new LinkedHashMap<>();
        changed.forEach((page, texts) -> out.put(page, read.get(page).withTexts(texts).page()));
        return out;
    }

    /** Where a reading was read: a cell, or the text around the tables. */
    private String place(int[] pageAndCell) {
        ScannedPage.Cell c = read.get(pageAndCell[0]).cells().get(pageAndCell[1]);
        return "page " + pageAndCell[0] + (c.box() == null ? " outside the tables" : " row " + (c.box().row() + 1) + " col " + (c.box().col() + 1));
    }
}
