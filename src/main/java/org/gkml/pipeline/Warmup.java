package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one tiny catalog of every format once, untimed, before the first timed read. A library class that
 * fails while initialising (PDFBox's parser, Tika's detector, POI's and the mapping tables' statics) stays
 * broken for the life of the JVM; initialised here, on a thread nobody cancels, the first timed read of
 * each format no longer carries that risk, nor the one-off start-up cost against its time limit.
 */
public final class Warmup {

    private static final String[][] ROWS = {{"序号", "信息名称", "公开时限"}, {"1", "机构职能", "20个工作日内"}};

    private Warmup() {
    }

    private static final class Once {
        static {
            run();
        }

        static void touch() {
        }
    }

    /** Runs the warm-up the first time it is called in this JVM; later calls return at once. */
    public static void ensure() {
        Once.touch();
    }

    private static void run() {
        // the classes are what is warmed, not the layouts: the built-in mappings serve every run
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        for (Sample sample : samples()) {
            try {
                reader.read(Path.of("gkml-warmup." + sample.extension), sample.bytes.get());
            } catch (Exception | LinkageError e) {
                // a sample that reads as "no catalog" has still loaded the classes it went through
            }
        }
        try {
            Class.forName("org.apache.poi.hwpf.HWPFDocument", true, Warmup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the DOC reader then fails on its own files, with its own message
        }
    }

    private record Sample(String extension, IoBytes bytes) {
    }

    @FunctionalInterface
    private interface IoBytes {
        byte[] get() throws IOException;
    }

    private static List<Sample> samples() {
        return List.of(
                new Sample("txt", () -> table("\t").getBytes(StandardCharsets.UTF_8)),
                new Sample("txt", () -> table("    ").getBytes(StandardCharsets.UTF_8)),
                new Sample("html", Warmup::html),
                new Sample("docx", Warmup::docx),
                new Sample("xlsx", () -> workbook(new XSSFWorkbook())),
                new Sample("xls", () -> workbook(new HSSFWorkbook())),
                new Sample("pdf", Warmup::pdf));
    }

    private static String table(String separator) {
        StringBuilder s = new StringBuilder("政府信息公开目录\n");
        for (String[] row : ROWS) s.append(String.join(separator, row)).append('\n');
        return s.toString();
    }

    private static byte[] html() {
        StringBuilder s = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        for (String[] row : ROWS) {
            s.append("<tr>");
            for (String c : row) s.append("<td>").append(c).append("</td>");
            s.append("</tr>");
        }
        return s.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("政府信息公开目录");
            XWPFTable t = doc.createTable(ROWS.length, ROWS[0].length);
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) t.getRow(r).getCell(c).setText(ROWS[r][c]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("目录");
            for (int r = 0; r < ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ROWS[r].length; c++) row.createCell(c).setCellValue(ROWS[r][c]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Latin text only: the standard fonts have no Chinese, and the parser, font and text classes are what count. */
    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                float y = 700;
                for (String[] row : new String[][]{{"No", "Name", "Limit"}, {"1", "Duties", "20 days"}}) {
                    cs.beginText();
                    cs.newLineAtOffset(72, y);
                    cs.showText(String.join("    ", row));
                    cs.endText();
                    cs.moveTo(70, y - 4);
                    cs.lineTo(400, y - 4);
                    cs.stroke();
                    y -= 20;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
