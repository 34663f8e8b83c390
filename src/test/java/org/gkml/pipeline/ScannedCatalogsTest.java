package org.gkml.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.ocr.Tesseract;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scans of corpus catalogs (corpus/scans/, made by scripts/make-scans.py: rendered, degraded, wrapped in image-only
 * PDFs or kept as images), read by OCR and scored against their source's gold in published-gold, as
 * ../shared/eval/score.py scores. Needs the tesseract program with Chinese data: without it the tests are
 * skipped, except when GKML_OCR_TESTS=required (set by .ci/run), where that is a failure.
 */
class ScannedCatalogsTest {

    static final Path SCANS = Path.of("corpus", "scans");
    private static final Path GOLD = Path.of("src", "test", "resources", "published-gold");
    /** Field accuracy a clean 300 dpi scan must reach, and a degraded one (lower resolution, skew, noise, blur, JPEG). */
    static final double CLEAN_BAR = 0.90, DEGRADED_BAR = 0.80;
    /** Share of the gold entries that must be found. */
    static final double RECALL_BAR = 0.95;

    @BeforeAll
    static void needsTesseract() {
        Tesseract.Availability a = Tesseract.locate();
        if (a.ok()) return;
        if ("required".equals(System.getenv("GKML_OCR_TESTS"))) fail(a.problem());
        assumeTrue(false, a.problem() + "; OCR tests skipped");
    }

    /** One row of corpus/scans/SOURCES.tsv: the scan, its source under corpus/published, how it was made, whether the tests read it. */
    record Scan(String file, String source, String variant, boolean tested) {
        boolean clean() {
            return variant.startsWith("clean");
        }
    }

    static List<Scan> scans() throws IOException {
        return Files.readAllLines(SCANS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> new Scan(f[0], f[1], f[2], f.length < 4 || !f[3].strip().equals("benchmark")))
                .toList();
    }

    @TestFactory
    Stream<DynamicTest> scansReadAsTheirSource() throws IOException {
        return scans().stream().filter(Scan::tested).map(s -> DynamicTest.dynamicTest(s.file(), () -> score(s)));
    }

    private static void score(Scan s) throws Exception {
        long start = System.nanoTime();
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(SCANS.resolve(s.file()));
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode gold = CatalogJson.MAPPER.readTree(GOLD.resolve(s.source() + ".json").toFile());
        GoldComparison.Result r = GoldComparison.compare(gold, CatalogJson.toJson(doc));
        long missing = r.misses().stream().filter(m -> m.endsWith("(entry missing)")).map(m -> m.substring(0, m.indexOf(' '))).distinct().count();
        double recall = r.goldEntries() == 0 ? 1 : 1 - (double) missing / r.goldEntries();
        long pages = doc.warnings().stream().filter(w -> w.code() == WarningCode.OCR_PAGE).count();
        System.out.printf("SCAN %s (%s): %d of %d fields right (%.3f), entry recall %.3f, %d page(s) by OCR in %.1f s%n",
                s.file(), s.variant(), r.right(), r.fields(), r.accuracy(), recall, pages, seconds);
        r.misses().forEach(m -> System.out.println("  miss " + m));
        assertTrue(pages > 0, "read by OCR: " + doc.warnings());
        for (Warning w : doc.warnings()) {
            if (w.code() != WarningCode.OCR_LOW_CONFIDENCE) continue;
            // a low-confidence field names its field, page and cell
            assertTrue(w.where().page() > 0 && w.where().cellRef() != null && w.where().ocrConfidence() != null, w.toString());
            assertTrue(w.message().contains("confidence") && w.message().contains("page " + w.where().page()), w.toString());
        }
        assertTrue(recall >= RECALL_BAR, s.file() + ": entry recall " + recall);
        double bar = s.clean() ? CLEAN_BAR : DEGRADED_BAR;
        assertTrue(r.accuracy() >= bar, s.file() + ": field accuracy " + r.accuracy() + " below " + bar);
    }

    @Test
    void aPictureWithoutATableGetsOneClearLine(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(1200, 500, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 500);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        g.drawString("Notice: office hours 9:00-17:00", 60, 200);
        g.dispose();
        Path png = dir.resolve("notice.png");
        ImageIO.write(img, "png", png.toFile());
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new CatalogReader(Mappings.builtIn()).read(png));
        assertTrue(e.getMessage().contains("no ruled table") || e.getMessage().contains("shows a ruled table") || e.getMessage().contains("found no text"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals("image", e.format());
    }
}
